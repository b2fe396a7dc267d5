package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own guarantee behind DUPLICATE_CLAIM_LINE: whatever stores them, two lines of one beneficiary with
 * the same key are never both paid and standing. The copies here go straight to the store, past the check.
 */
class PaidOnceTest extends AdjudicationTest {

    @Autowired AdjudicationStore results;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void a_second_paid_copy_of_a_care_line_is_refused_by_the_database() {
        String contract = newContract("CONFORT");
        Adjudication paid = adjudicated(contract);

        assertThatThrownBy(() -> store(copyOf(paid)))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("adjudication_line_paid_once");
    }

    @Test
    void a_care_line_whose_payment_was_reversed_may_be_paid_again() {
        String contract = newContract("CONFORT");
        Adjudication paid = adjudicated(contract);
        UUID reversal = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(reversal, holder(contract), specialistNonOptam(1)));
        awaitEvent(reversal, ClaimAdjudicated.class);
        Adjudication copy = copyOf(paid);

        store(copy);

        assertThat(jdbc.sql("select complementary_paid_cents from adjudication_line where claim_id = :c")
                .param("c", copy.claimId()).query(Long.class).single()).isEqualTo(1840);
    }

    private Adjudication adjudicated(String contract) {
        UUID claimId = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        awaitEvent(claimId, ClaimAdjudicated.class);
        return results.find(claimId).orElseThrow();
    }

    /** The same result under another claim id, as a second channel's claim paid past the check would be stored. */
    private static Adjudication copyOf(Adjudication paid) {
        return new Adjudication(UUID.randomUUID(), paid.contractNumber(), paid.beneficiaryId(), paid.beneficiaryRank(),
                paid.planId(), paid.planVersion(), Channel.UPLOAD, paid.source(), paid.status(), false,
                paid.rejectionCodes(), paid.totals(), paid.reimbursedCents(), paid.expectedPaymentDate(),
                UUID.randomUUID(), 1, paid.adjudicatedAt(), paid.lines());
    }

    private void store(Adjudication adjudication) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> results.insert(adjudication));
    }
}
