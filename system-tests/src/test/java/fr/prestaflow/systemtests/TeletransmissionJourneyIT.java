package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Claims.cents;
import static fr.prestaflow.systemtests.Members.CLAIRE;
import static fr.prestaflow.systemtests.Members.CLAIRE_EMAIL;
import static fr.prestaflow.systemtests.Members.KARIM;
import static fr.prestaflow.systemtests.Members.KARIM_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 2: the compulsory scheme's daily file (docs/examples/01-valid-small.nlf, with ids of its own) is acknowledged,
 * each of its décomptes becomes a claim paid to the cent, and the same file sent again changes nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeletransmissionJourneyIT {

    /** What the mutuelle pays on each décompte of the example (ids as in the example), line by line. */
    private record Expected(String member, String email, List<Long> lines) {

        long total() {
            return lines.stream().mapToLong(Long::longValue).sum();
        }
    }

    /*
     * REIMBURSEMENT_RULES.md applied to the example's lines (every line is a reported NOEMIE line, §4: amoGross =
     * amoPaid + participation + franchise; no line is outside the parcours de soins, so amoReference = amoGross):
     *
     * D25061000001, CT-000001 rank 1 (Claire), CONFORT:
     * - GP G, OPTAM: 150 % × 3000 = 4500 − amoGross (1900 + 200) 2100 = 2400, capped at billed 3000 − 2100 = 900 (§15);
     * - PHARMACY_65, 2 boxes: 100 % × 1846 − (1000 + franchise 200) = 646;
     * - PHARMACY_30: 100 % × 412 − (24 + franchise 100) = 288;                                     total 1834.
     * D25061000002, CT-000001 rank 2 (Julie), CONFORT:
     * - OPTICS_FRAME RAC0: 100 % Santé (§12), min(billed 3000, frame cap 3000) − 1800 = 1200;
     * - OPTICS_LENS FREE, RIGHT, LPP code read as SIMPLE (§13): FIXED_PER_LENS_BY_CLASS 10000 × 1 lens = 10000, under
     *   billed 18900 − 3 and the SIMPLE + SIMPLE grid 42000 (the RAC0 frame is not part of the equipment); total 11200.
     * D25061100003, CT-000002 rank 3 (Yanis), SERENITE:
     * - LABORATORY B: 100 % × 2430 − (1258 + participation 200) = 972;
     * - DENTAL_PROSTHESIS MODERATE, non-OPTAM (no effect on a single-level guarantee): 350 % × 12000 = 42000 − 7200 =
     *   34800 under billed 62000 − 7200; yearly ceiling lifted by the loyalty bonus (contract since 2023-01-01, 2 years
     *   before 2025-06-06, §17);                                                                     total 35772.
     */
    private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("D25061000001", new Expected(CLAIRE, CLAIRE_EMAIL, List.of(900L, 646L, 288L)));
        EXPECTED.put("D25061000002", new Expected(CLAIRE, CLAIRE_EMAIL, List.of(1_200L, 10_000L)));
        EXPECTED.put("D25061100003", new Expected(KARIM, KARIM_EMAIL, List.of(972L, 34_800L)));
    }

    @BeforeAll
    static void startStack() {
        RunningStack.start();
    }

    @Test
    void a_file_of_several_decomptes_is_acknowledged_every_claim_is_reimbursed_and_the_same_file_again_changes_nothing()
            throws Exception {
        Instant started = Instant.now();
        NlfFile.Built nlf = NlfFile.freshExample();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nlf.bytes()));

        UUID upload = Teletransmission.send(nlf.bytes());

        JsonNode file = Teletransmission.awaitProcessed(upload);
        assertThat(file.get("status").asString()).as("upload %s", file).isEqualTo("ACCEPTED");
        assertThat(file.get("disposition").asString()).isEqualTo("PROCESSED");
        assertThat(file.get("fileId").asString()).isEqualTo(nlf.fileId());
        assertThat(file.at("/counts/decomptesAccepted").asLong()).isEqualTo(3);
        assertThat(file.at("/counts/linesAccepted").asLong()).isEqualTo(7);
        String acknowledgment = Teletransmission.acknowledgment(upload);
        assertThat(acknowledgment).isEqualTo("000|NLA1.0|017510000|99123456|" + nlf.fileId() + "|" + sha256
                + "|ACCEPTED|3|3|0|7|7|0|0|0\n999|0\n");

        Map<String, UUID> claims = new LinkedHashMap<>();
        EXPECTED.forEach((decompte, expected) -> claims.put(decompte,
                Claims.awaitClaimOfSource(expected.member(), started, nlf.source(nlf.decompte(decompte)))));

        EXPECTED.forEach((decompte, expected) -> {
            UUID claimId = claims.get(decompte);
            JsonNode adjudicated = Claims.awaitStatus(expected.member(), claimId, "ADJUDICATED");
            assertThat(cents(adjudicated.get("reimbursed"))).as("%s reimbursed", decompte).isEqualTo(expected.total());
            assertThat(adjudicated.get("channel").asString()).isEqualTo("NOEMIE");
            assertThat(adjudicated.get("lines").valueStream().map(line -> cents(line.get("mutuelle"))).toList())
                    .as("%s, mutuelle per line", decompte).isEqualTo(expected.lines());
            assertThat(adjudicated.get("lines").valueStream().filter(line -> !line.get("rejection").isNull()))
                    .as("%s, rejected lines", decompte).isEmpty();
        });
        EXPECTED.forEach((decompte, expected) -> {
            UUID claimId = claims.get(decompte);
            assertThat(cents(Claims.awaitPaid(claimId).get("amount"))).isEqualTo(expected.total());
            JsonNode reimbursed = Claims.awaitStatus(expected.member(), claimId, "REIMBURSED");
            assertThat(cents(reimbursed.at("/payment/amount"))).as("%s paid", decompte).isEqualTo(expected.total());
            String reference = "PF-" + claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
            String amount = DentalInvoice.euros(expected.total());
            Mailbox.awaitMail(expected.email(), reference,
                    mail -> mail.subject().equals("Votre remboursement de " + amount + " a été versé"),
                    decompte + " REIMBURSED mail");
        });

        // the same bytes again: a new upload, answered with the first acknowledgment byte for byte, nothing ingested
        UUID again = Teletransmission.send(nlf.bytes());
        assertThat(again).isNotEqualTo(upload);
        JsonNode replayed = Teletransmission.awaitProcessed(again);
        assertThat(replayed.get("status").asString()).as("second upload %s", replayed).isEqualTo("ACCEPTED");
        assertThat(replayed.get("disposition").asString()).isEqualTo("REPLAYED");
        assertThat(replayed.get("priorFileId").asString()).isEqualTo(upload.toString());
        assertThat(replayed.at("/pipeline/claimsCreated").asLong()).isZero();
        assertThat(Teletransmission.acknowledgment(again)).isEqualTo(acknowledgment);
        assertThat(Claims.claimsSince(CLAIRE, started, "NOEMIE")).containsExactlyInAnyOrder(
                claims.get("D25061000001"), claims.get("D25061000002"));
        assertThat(Claims.claimsSince(KARIM, started, "NOEMIE")).containsExactly(claims.get("D25061100003"));
    }
}
