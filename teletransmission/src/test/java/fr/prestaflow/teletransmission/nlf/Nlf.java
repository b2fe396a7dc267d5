package fr.prestaflow.teletransmission.nlf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small NLF files for tests: valid records to start from, a field setter, and a trailer computed from the records. */
public final class Nlf {

    static final String RECEIVER = "99123456";
    static final String SENDER = "017510000";
    static final String FILE_ID = "F-TEST-1";
    static final String HEADER = "000|NLF1.0|017510000|99123456|F-TEST-1|2025-06-12T06:15:00+02:00|";

    private Nlf() {
    }

    /** A valid {@code 100}: beneficiary born 1985-11-03, NIR 1851175056123 key 87, paid 2025-06-10. */
    public static String decompte(String id, int lineCount, long totalAmoPaid) {
        return "100|" + id + "|CT-000001|1851175056123|87|1|1985-11-03|2025-06-10|" + totalAmoPaid + "|" + lineCount;
    }

    /** A valid GP consultation of 2025-06-02: billed = base = 3000, rate 70, AMO paid 1900, participation 200. */
    public static String line(String id, int lineNumber) {
        return "200|" + id + "|" + lineNumber + "|2025-06-02|GP_CONSULTATION|G|10003456789|1|1|3000|3000|70|1900|200|0|||";
    }

    /** {@code record} with field {@code field} (numbered from 1, as in NLF.md) set to {@code value}. */
    static String with(String record, int field, String value) {
        String[] fields = record.split("\\|", -1);
        fields[field - 1] = value;
        return String.join("|", fields);
    }

    /** The header, the records, then a correct trailer; LF line ends. */
    static String file(String... records) {
        return file(FILE_ID, Arrays.asList(records));
    }

    /** {@link #file(String...)} with another file id, for a sender's second file. */
    public static String file(String fileId, List<String> records) {
        List<String> all = new ArrayList<>();
        all.add(with(HEADER, 5, fileId));
        all.addAll(records);
        all.add(with(trailerFor(all), 2, fileId));
        return lines(all.toArray(String[]::new));
    }

    /** Exactly these lines, each ended by LF. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The one valid décompte file: D1 with one line. */
    static String validFile() {
        return file(decompte("D1", 1, 1900), line("D1", 1));
    }

    static String trailerFor(List<String> records) {
        long count100 = 0;
        long count200 = 0;
        long recordCount = 1;
        long billed = 0;
        long base = 0;
        long amo = 0;
        for (String record : records) {
            if (record.isEmpty()) {
                continue;
            }
            recordCount++;
            String[] fields = record.split("\\|", -1);
            if (fields[0].equals("100")) {
                count100++;
            } else if (fields[0].equals("200")) {
                count200++;
                billed += parse(fields, 9);
                base += parse(fields, 10);
                amo += parse(fields, 12);
            }
        }
        return String.join("|", "999", FILE_ID, Long.toString(count100), Long.toString(count200),
                Long.toString(recordCount), Long.toString(billed), Long.toString(base), Long.toString(amo));
    }

    private static long parse(String[] fields, int index) {
        try {
            return index < fields.length ? Long.parseLong(fields[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The expected {@code 500} line; the message comes from the code table, checked literally by NlfCodeTest. */
    static String entry(long line, String recordType, String decompteId, String code, String severity, String field,
                        String detail) {
        String message = NlfCode.valueOf(code.substring("NLF-".length())).message();
        return String.join("|", "500", Long.toString(line), recordType, decompteId, code, severity, field, message,
                detail);
    }

    static Ack run(String file) {
        return run(file.getBytes(StandardCharsets.UTF_8));
    }

    static Ack run(byte[] file) {
        return new Ack(new NlfProcessor(RECEIVER).acknowledge(file));
    }

    static Ack run(String file, NlfRegistry registry, DecompteSink sink) {
        try {
            return new Ack(new NlfProcessor(RECEIVER, registry)
                    .acknowledge(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), sink));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** An acknowledgment, read back. */
    record Ack(Acknowledgment acknowledgment) {

        String text() {
            return acknowledgment.text();
        }

        NlfResult result() {
            return acknowledgment.result();
        }

        List<String> lines() {
            return List.of(text().split("\n", -1)).subList(0, text().split("\n", -1).length - 1);
        }

        /** The {@code 500} lines, in order. */
        List<String> entries() {
            return lines().stream().filter(line -> line.startsWith("500|")).toList();
        }

        String[] header() {
            return lines().getFirst().split("\\|", -1);
        }

        String status() {
            return header()[6];
        }

        /** decomptesRead … warningCount, as written. */
        List<String> counts() {
            return List.of(header()).subList(7, 15);
        }

        /** The codes of the entries, in order. */
        List<String> codes() {
            return entries().stream().map(entry -> entry.split("\\|", -1)[4]).toList();
        }
    }
}
