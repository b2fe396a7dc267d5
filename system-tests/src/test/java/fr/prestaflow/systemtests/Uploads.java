package fr.prestaflow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.systemtests.Gateway.Answer;
import fr.prestaflow.systemtests.Gateway.FilePart;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A member's upload through the gateway (document-intake, POST /api/v1/claims as multipart). */
final class Uploads {

    private Uploads() {
    }

    /**
     * Sends the invoice as a "Facture dentaire" for the beneficiary, with the member's declaration of the care (date,
     * DENTAL_CARE, amount paid) that confirms what the document says. Returns the claim id, once answered 202 RECEIVED.
     */
    static UUID dentalInvoice(String member, String contract, String nir, int rank, LocalDate birthDate,
                              DentalInvoice invoice) {
        ObjectNode claim = Gateway.JSON.createObjectNode();
        claim.put("contractNumber", contract);
        ObjectNode beneficiary = claim.putObject("beneficiary");
        beneficiary.put("nir", nir);
        beneficiary.put("rank", rank);
        beneficiary.put("birthDate", birthDate.toString());
        claim.putArray("documents").addObject().put("type", "Facture dentaire");
        ObjectNode declared = claim.putArray("lines").addObject();
        declared.put("careDate", invoice.careDate().toString());
        declared.put("careCategory", "DENTAL_CARE");
        declared.put("paidCents", invoice.billedCents());

        Answer answer = Gateway.upload(member, "/api/v1/claims", Gateway.JSON.writeValueAsString(claim),
                List.of(new FilePart("facture-" + invoice.invoiceNumber() + ".pdf", "application/pdf", invoice.pdf())));

        answer.expect(202);
        JsonNode accepted = answer.json();
        assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(accepted.get("duplicates")).as("a file never sent before").isEmpty();
        UUID claimId = UUID.fromString(accepted.get("claimId").asString());
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/claims/" + claimId));
        return claimId;
    }

    /** The upload as its member sees it in document-intake (documents, analysis). */
    static JsonNode view(String member, UUID claimId) {
        return Gateway.get(member, "/api/v1/uploads/" + claimId).expect(200).json();
    }
}
