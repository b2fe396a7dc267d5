package fr.prestaflow.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NLF 1.0 files (shared/domain/NLF.md) of the compulsory scheme, with ids no earlier run used: a (sender, fileId) or a
 * décompte id already ingested is not ingested again (NLF.md §8).
 */
final class NlfFile {

    static final String SENDER = "017510000";
    static final String EXAMPLE = "docs/examples/01-valid-small.nlf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NlfFile() {
    }

    /** An NLF file and the ids it was given. */
    record Built(String fileId, Map<String, String> decompteIds, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The id given to the décompte the example calls {@code exampleId}. */
        String decompte(String exampleId) {
            return decompteIds.get(exampleId);
        }

        /** {@code source} of the claim made of a décompte: noemie:&lt;sender&gt;/&lt;fileId&gt;/&lt;decompteId&gt;. */
        String source(String decompteId) {
            return "noemie:" + SENDER + "/" + fileId + "/" + decompteId;
        }
    }

    /** A short id of this run, for file and décompte ids: base 36 of the time and a random suffix, upper case. */
    static String runId() {
        return (Long.toString(System.currentTimeMillis(), 36) + Integer.toString(100 + RANDOM.nextInt(1196), 36))
                .toUpperCase(Locale.ROOT);
    }

    /**
     * docs/examples/01-valid-small.nlf with a fresh file id and fresh décompte ids (the trailer names the file id; its
     * counts and sums do not change).
     */
    static Built freshExample() {
        String example;
        try {
            example = Files.readString(RunningStack.ROOT.resolve(EXAMPLE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String run = runId();
        String oldFileId = example.lines().findFirst().orElseThrow().split("\\|", -1)[4];
        String fileId = "ST-" + run;
        Map<String, String> decompteIds = new LinkedHashMap<>();
        for (String line : example.lines().toList()) {
            String[] fields = line.split("\\|", -1);
            if (fields[0].equals("100")) {
                decompteIds.put(fields[1], "D" + run + "-" + (decompteIds.size() + 1));
            }
        }
        StringBuilder fresh = new StringBuilder();
        for (String line : example.lines().toList()) {
            String[] fields = line.split("\\|", -1);
            switch (fields[0]) {
                case "000", "999" -> fields[fields[0].equals("000") ? 4 : 1] = fileId;
                case "100", "200" -> fields[1] = decompteIds.get(fields[1]);
                default -> throw new IllegalStateException("Unexpected record in the example: " + line);
            }
            fresh.append(String.join("|", fields)).append('\n');
        }
        if (fresh.indexOf(oldFileId) >= 0) {
            throw new IllegalStateException("The example's file id is still in the file");
        }
        return new Built(fileId, decompteIds, fresh.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One care line of a décompte: the CARE_LINE.md fields of a 200 record. */
    record Line(LocalDate careDate, String careCategory, String actCode, String practitionerId, boolean optam,
                int quantity, long billedCents, long baseCents, int amoRatePercent, long amoPaidCents,
                long participationCents, long franchiseCents, String basket, String side) {
    }

    /** One beneficiary's décompte: the 100 record's fields; the NIR is the 15 characters of the contract. */
    record Decompte(String contractNumber, String nir15, int rank, LocalDate birthDate, LocalDate amoPaymentDate,
                    List<Line> lines) {
    }

    /** A file of fresh ids with these décomptes, its trailer computed. */
    static Built of(List<Decompte> decomptes) {
        String run = runId();
        String fileId = "ST-" + run;
        List<String> records = new ArrayList<>();
        records.add(String.join("|", "000", "NLF1.0", SENDER, "99123456", fileId,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), ""));
        Map<String, String> ids = new LinkedHashMap<>();
        long billed = 0;
        long base = 0;
        long amo = 0;
        int lineCount = 0;
        for (Decompte decompte : decomptes) {
            String id = "D" + run + "-" + (ids.size() + 1);
            ids.put(id, id);
            long decompteAmo = decompte.lines().stream().mapToLong(Line::amoPaidCents).sum();
            records.add(String.join("|", "100", id, decompte.contractNumber(), decompte.nir15().substring(0, 13),
                    decompte.nir15().substring(13), Integer.toString(decompte.rank()), decompte.birthDate().toString(),
                    decompte.amoPaymentDate().toString(), Long.toString(decompteAmo),
                    Integer.toString(decompte.lines().size())));
            int number = 0;
            for (Line line : decompte.lines()) {
                records.add(String.join("|", "200", id, Integer.toString(++number), line.careDate().toString(),
                        line.careCategory(), line.actCode(), line.practitionerId(), line.optam() ? "1" : "0",
                        Integer.toString(line.quantity()), Long.toString(line.billedCents()),
                        Long.toString(line.baseCents()), Integer.toString(line.amoRatePercent()),
                        Long.toString(line.amoPaidCents()), Long.toString(line.participationCents()),
                        Long.toString(line.franchiseCents()), orEmpty(line.basket()), orEmpty(line.side()), ""));
                billed += line.billedCents();
                base += line.baseCents();
                amo += line.amoPaidCents();
                lineCount++;
            }
        }
        records.add(String.join("|", "999", fileId, Integer.toString(decomptes.size()), Integer.toString(lineCount),
                Integer.toString(records.size() + 1), Long.toString(billed), Long.toString(base), Long.toString(amo)));
        return new Built(fileId, ids, (String.join("\n", records) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
