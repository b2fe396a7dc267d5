package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.notification.timeline.TimelineStore.FirstStep;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll inserts the claims it meets first only when it writes them. Another poll (another thread, another replica) may
 * have created one of them meanwhile: the first poll decided as if it were new, so it must not commit.
 */
class TimelineStoreTest extends NotificationTest {

    @Autowired TimelineStore store;
    @Autowired ClaimTimelines timelines;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void a_poll_fails_at_its_write_when_another_poll_created_a_claim_it_met_first() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        Instant at = ago(Duration.ofHours(1));

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ClaimRow row = store.lockOrCreate(Map.of(claimId, new FirstStep(ClaimStatus.RECEIVED, at))).get(claimId);
            store.addStep(row, 0, ClaimStatus.RECEIVED, at, UUID.randomUUID());
            createdByAnotherPoll(claimId, member, ClaimStatus.ANALYSED, at.plusSeconds(60));

            store.write(List.of(row));
        })).isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining(claimId.toString());

        assertThat(claim(claimId).orElseThrow().status()).isEqualTo(ClaimStatus.ANALYSED);
    }

    @Test
    void a_claim_met_first_is_inserted_as_the_poll_left_it() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        Instant at = ago(Duration.ofHours(1));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ClaimRow row = store.lockOrCreate(Map.of(claimId, new FirstStep(ClaimStatus.RECEIVED, at))).get(claimId);
            store.addStep(row, 0, ClaimStatus.RECEIVED, at, UUID.randomUUID());
            store.identify(row, true, at, Channel.UPLOAD, member.beneficiary());
            store.moveTo(row, ClaimStatus.IN_REVIEW, at.plusSeconds(60), 0);
            store.addStep(row, 0, ClaimStatus.IN_REVIEW, at.plusSeconds(60), UUID.randomUUID());
            store.write(List.of(row));
        });

        ClaimDetail claim = claim(claimId).orElseThrow();
        assertThat(claim.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED, ClaimStatus.IN_REVIEW);
        assertThat(claim.contractNumber()).isEqualTo(member.contract());
        assertThat(jdbc.sql("select in_review_since from claim_timeline where claim_id = :id").param("id", claimId)
                .query(Timestamp.class).single().toInstant()).isEqualTo(at.plusSeconds(60));
    }

    @Test
    void the_claim_a_poll_hands_to_its_messages_is_the_claim_as_stored() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        Instant at = ago(Duration.ofHours(2));
        Instant adjudicatedAt = at.plusSeconds(3600);
        inOnePoll(() -> {
            ClaimRow row = store.lockOrCreate(Map.of(claimId, new FirstStep(ClaimStatus.ANALYSED, at))).get(claimId);
            store.addStep(row, 0, ClaimStatus.ANALYSED, at, UUID.randomUUID());
            store.identify(row, true, at, Channel.NOEMIE, member.beneficiary());
            store.replaceLines(row, at, List.of(new LineRow(1, LocalDate.parse("2026-03-09"), "GP_CONSULTATION", "G", 3000,
                    1900L, 900L, 200L, List.of("AMO_REPORTED", "PARTICIPATION_NOT_COVERED"), null)),
                    new Amounts(Money.ofCents(3000), Money.ofCents(1900), Money.ofCents(900), Money.ofCents(200)));
            store.write(List.of(row));
            return null;
        });

        // a later poll: the row is read without its lines, which the claim handed over must still show
        ClaimDetail handedOver = inOnePoll(() -> {
            ClaimRow row = store.lockOrCreate(Map.of(claimId, new FirstStep(ClaimStatus.ADJUDICATED, adjudicatedAt)))
                    .get(claimId);
            store.moveTo(row, ClaimStatus.ADJUDICATED, adjudicatedAt, 0);
            store.addStep(row, 0, ClaimStatus.ADJUDICATED, adjudicatedAt, UUID.randomUUID());
            store.adjudicated(row, Money.ofCents(900), "MEMBER", false, LocalDate.parse("2026-03-18"));
            store.write(List.of(row));
            return timelines.asWritten(row);
        });

        ClaimDetail stored = claim(claimId).orElseThrow();
        assertThat(handedOver).usingRecursiveComparison().isEqualTo(stored);
        assertThat(handedOver.lines()).singleElement().satisfies(line -> assertThat(line.mutuelle()).isEqualTo(Money.ofCents(900)));
        assertThat(handedOver.history()).extracting(Step::status).containsExactly(ClaimStatus.ANALYSED, ClaimStatus.ADJUDICATED);
        assertThat(handedOver.beneficiary().maskedNir()).isEqualTo(stored.beneficiary().maskedNir()).isNotNull();
    }

    private <T> T inOnePoll(Supplier<T> poll) {
        return new TransactionTemplate(transactionManager).execute(status -> poll.get());
    }

    private void createdByAnotherPoll(UUID claimId, Member member, ClaimStatus status, Instant at) {
        var another = new TransactionTemplate(transactionManager);
        another.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        another.executeWithoutResult(s -> jdbc.sql("""
                        insert into claim_timeline (claim_id, contract_number, status, status_at, received_at, updated_at)
                        values (:id, :contract, :status, :at, :at, :at)""")
                .param("id", claimId).param("contract", member.contract()).param("status", status.name())
                .param("at", Timestamp.from(at)).update());
    }
}
