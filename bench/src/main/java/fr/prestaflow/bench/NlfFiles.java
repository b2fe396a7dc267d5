package fr.prestaflow.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * NLF files from tools/nlf-gen.py, with their contracts moved to a block of this run: the generator always numbers them
 * CT-000001..CT-K, which are the demo members' contracts; a fresh block per run leaves the demo data alone and keeps
 * earlier runs' claims from being taken as duplicates. Only the contract field of the 100 records changes, so the
 * trailer's counts and control totals stay right.
 */
final class NlfFiles {

    /** A generated file and the contracts it refers to, as PUT /api/v1/contracts/{n} bodies. */
    record Generated(Path file, List<ObjectNode> contracts, long bytes) {
    }

    /** One décompte as an inbound message: a 100 record and its 200 lines. */
    record Decompte(String id, String contractNumber, String text) {
    }

    private final Path generator;
    private final String python;
    private final Path workDir;

    NlfFiles(Path generator, String python, Path workDir) {
        this.generator = generator;
        this.python = python;
        this.workDir = workDir;
    }

    Generated generate(String name, int decomptes, int linesPer, long seed, int contracts, String sender, String fileId,
                       int contractOffset) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path raw = workDir.resolve(name + ".raw.nlf");
        Path members = workDir.resolve(name + ".members.jsonl");
        Path file = workDir.resolve(name + ".nlf");
        List<String> command = List.of(python, generator.toString(), "--decomptes", Integer.toString(decomptes),
                "--lines-per", Integer.toString(linesPer), "--seed", Long.toString(seed), "--contracts",
                Integer.toString(contracts), "--sender", sender, "--file-id", fileId, "--out", raw.toString(),
                "--members-out", members.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("nlf-gen.py failed: " + String.join(" ", command));
        }
        try (BufferedReader in = Files.newBufferedReader(raw, StandardCharsets.US_ASCII);
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line.startsWith("100|") ? moved(line, contractOffset) : line);
                out.write('\n');
            }
        }
        List<ObjectNode> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(members, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                bodies.add(contractBody(Api.parse(line), contractOffset));
            }
        }
        Files.delete(raw);
        Files.delete(members);
        return new Generated(file, bodies, Files.size(file));
    }

    /** The 100 record with its contract CT-n moved to CT-(n + offset). */
    private static String moved(String record, int offset) {
        String[] fields = record.split("\\|", -1);
        fields[2] = contract(fields[2], offset);
        return String.join("|", fields);
    }

    static String contract(String generated, int offset) {
        int number = Integer.parseInt(generated.substring(3)) + offset;
        if (number > 999_999) {
            throw new IllegalArgumentException("Contract number out of range: " + number);
        }
        return String.format("CT-%06d", number);
    }

    /** demo-data.json's shape: the member is named after the contract; the NIR is the 13 characters and the key. */
    private static ObjectNode contractBody(JsonNode member, int offset) {
        String number = contract(member.get("contractNumber").asString(), offset);
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("contractNumber", number);
        body.put("planId", member.get("planId").asString());
        body.put("startDate", member.get("startDate").asString());
        body.putObject("member").put("name", "Bench member " + number);
        ArrayNode beneficiaries = body.putArray("beneficiaries");
        for (JsonNode b : member.get("beneficiaries")) {
            ObjectNode beneficiary = beneficiaries.addObject();
            beneficiary.put("rank", b.get("rank").asInt());
            beneficiary.put("nir", b.get("nir").asString() + b.get("nirKey").asString());
            beneficiary.put("birthDate", b.get("birthDate").asString());
            beneficiary.putArray("exemptions");
        }
        return body;
    }

    /** The décomptes of a file, each as the inbound topic takes it (LF separated, no trailing newline). */
    static List<Decompte> decomptes(Path file) throws IOException {
        List<Decompte> decomptes = new ArrayList<>();
        StringBuilder current = null;
        String id = null;
        String contract = null;
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            if (line.startsWith("100|") || line.startsWith("999|")) {
                if (current != null) {
                    decomptes.add(new Decompte(id, contract, current.toString()));
                }
                current = null;
                if (line.startsWith("100|")) {
                    String[] fields = line.split("\\|", -1);
                    id = fields[1];
                    contract = fields[2];
                    current = new StringBuilder(line);
                }
            } else if (line.startsWith("200|") && current != null) {
                current.append('\n').append(line);
            }
        }
        return decomptes;
    }
}
