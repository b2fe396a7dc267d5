package fr.prestaflow.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** A member upload as a test builds it: the {@code claim} JSON part and one file per document. */
public final class UploadRequest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String contractNumber;
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<MockMultipartFile> files = new ArrayList<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();
    private Map<String, Object> beneficiary = Map.of("nir", "180037512345692", "rank", 1, "birthDate", "1980-03-04");
    private Boolean visionChangeJustified;

    private UploadRequest(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public static UploadRequest forContract(String contractNumber) {
        return new UploadRequest(contractNumber);
    }

    /** A document and its file, sent with the content type its name suggests. */
    public UploadRequest document(String type, String fileName, byte[] content) {
        return document(type, fileName, contentTypeOf(fileName), content);
    }

    public UploadRequest document(String type, String fileName, String contentType, byte[] content) {
        documents.add(Map.of("type", type));
        files.add(new MockMultipartFile("files", fileName, contentType, content));
        return this;
    }

    /** A document described in the claim part without its file. */
    public UploadRequest declaredOnly(String type) {
        documents.add(Map.of("type", type));
        return this;
    }

    /** A file sent without a document in the claim part. */
    public UploadRequest fileOnly(String fileName, byte[] content) {
        files.add(new MockMultipartFile("files", fileName, contentTypeOf(fileName), content));
        return this;
    }

    /** A care line the member remembers. */
    public UploadRequest declares(LocalDate careDate, String careCategory, long paidCents) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("careDate", careDate.toString());
        line.put("careCategory", careCategory);
        line.put("paidCents", paidCents);
        lines.add(line);
        return this;
    }

    public UploadRequest beneficiary(Map<String, Object> beneficiary) {
        this.beneficiary = beneficiary;
        return this;
    }

    public UploadRequest visionChangeJustified(boolean justified) {
        this.visionChangeJustified = justified;
        return this;
    }

    public MockMultipartFile claimPart() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("contractNumber", contractNumber);
        claim.put("beneficiary", beneficiary);
        claim.put("documents", documents);
        claim.put("lines", lines);
        if (visionChangeJustified != null) {
            claim.put("visionChangeJustified", visionChangeJustified);
        }
        return new MockMultipartFile("claim", "", "application/json",
                JSON.writeValueAsString(claim).getBytes(StandardCharsets.UTF_8));
    }

    public List<MockMultipartFile> files() {
        return List.copyOf(files);
    }

    private static String contentTypeOf(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}
