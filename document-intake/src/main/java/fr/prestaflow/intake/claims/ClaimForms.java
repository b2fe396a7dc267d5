package fr.prestaflow.intake.claims;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.identity.Nir;
import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.intake.analysis.MemberHint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the {@code claim} part of an upload. */
@Component
class ClaimForms {

    private static final int MAX_COMMENT = 2000;
    private static final int MAX_LABEL = 100;

    private final JsonMapper json;
    private final Clock clock;

    ClaimForms(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    ClaimForm read(String claimPart) {
        if (claimPart == null || claimPart.isBlank()) {
            throw ErrorCode.MALFORMED_REQUEST.exception("The 'claim' part is empty");
        }
        try {
            ClaimForm form = json.readValue(claimPart, ClaimForm.class);
            if (form == null) {
                throw ErrorCode.MALFORMED_REQUEST.exception("The 'claim' part is not a JSON object");
            }
            return form;
        } catch (JacksonException e) {
            throw ErrorCode.MALFORMED_REQUEST.exception("The 'claim' part is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** Every problem of the form at once, as a VALIDATION_FAILED problem listing the fields. */
    void check(ClaimForm form) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (form.contractNumber() == null || form.contractNumber().isBlank()) {
            errors.add(error("contractNumber", "is required"));
        }
        checkBeneficiary(form.beneficiary(), errors);
        if (form.documents().isEmpty()) {
            errors.add(error("documents", "at least one document is required"));
        }
        for (int i = 0; i < form.documents().size(); i++) {
            ClaimForm.DocumentDeclaration document = form.documents().get(i);
            if (document == null || document.type() == null || document.type().isBlank()) {
                errors.add(error("documents[" + i + "].type", "is required"));
            } else if (document.type().length() > MAX_LABEL) {
                errors.add(error("documents[" + i + "].type", "is longer than " + MAX_LABEL + " characters"));
            }
            if (document != null && tooLong(document.comment())) {
                errors.add(error("documents[" + i + "].comment", "is longer than " + MAX_COMMENT + " characters"));
            }
        }
        if (tooLong(form.comment())) {
            errors.add(error("comment", "is longer than " + MAX_COMMENT + " characters"));
        }
        for (int i = 0; i < form.lines().size(); i++) {
            checkLine("lines[" + i + "]", form.lines().get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw ErrorCode.VALIDATION_FAILED.exception("The claim is not valid", Map.of("errors", errors));
        }
    }

    private void checkBeneficiary(ClaimForm.Beneficiary beneficiary, List<Map<String, Object>> errors) {
        if (beneficiary == null) {
            return;
        }
        if (beneficiary.nir() != null && !beneficiary.nir().isBlank()) {
            try {
                new Nir(normalisedNir(beneficiary.nir()));
            } catch (IllegalArgumentException e) {
                errors.add(error("beneficiary.nir", "is not a valid social security number (" + e.getMessage() + ")"));
            }
        }
        if (beneficiary.rank() != null && beneficiary.rank() < 1) {
            errors.add(error("beneficiary.rank", "must be at least 1"));
        }
        if (beneficiary.birthDate() != null && beneficiary.birthDate().isAfter(LocalDate.now(clock))) {
            errors.add(error("beneficiary.birthDate", "is in the future"));
        }
    }

    private void checkLine(String path, ClaimForm.DeclaredLine line, List<Map<String, Object>> errors) {
        if (line == null || (line.careDate() == null && line.careCategory() == null && line.paidCents() == null)) {
            errors.add(error(path, "a declared line gives at least a care date, a care category or an amount"));
            return;
        }
        if (line.careCategory() != null && !CareCategory.isKnown(line.careCategory())) {
            errors.add(error(path + ".careCategory", "is not a known care category"));
        }
        if (line.paidCents() != null && line.paidCents() < 0) {
            errors.add(error(path + ".paidCents", "must not be negative"));
        }
        if (line.careDate() != null && line.careDate().isAfter(LocalDate.now(clock))) {
            errors.add(error(path + ".careDate", "is in the future"));
        }
    }

    static BeneficiaryRef beneficiary(String contractNumber, ClaimForm.Beneficiary beneficiary) {
        if (beneficiary == null) {
            return new BeneficiaryRef(contractNumber, null, null, null);
        }
        String nir = beneficiary.nir() == null || beneficiary.nir().isBlank() ? null : normalisedNir(beneficiary.nir());
        return new BeneficiaryRef(contractNumber, nir, beneficiary.birthDate(), beneficiary.rank());
    }

    static List<MemberHint> hints(ClaimForm form) {
        return form.lines().stream().map(line -> new MemberHint(line.careDate(),
                line.careCategory() == null ? null : CareCategory.valueOf(line.careCategory()), line.paidCents())).toList();
    }

    /** Members type their NIR with spaces, as printed on the carte Vitale. */
    private static String normalisedNir(String nir) {
        return nir.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_COMMENT;
    }

    private static Map<String, Object> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
