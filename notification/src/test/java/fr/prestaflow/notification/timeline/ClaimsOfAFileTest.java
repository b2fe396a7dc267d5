package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.testsupport.StatementCounter;
import fr.prestaflow.notification.wording.FrenchFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims of a teletransmission file, as the consumer meets them: whole polls of many claims, applied by the listener
 * itself. Prints the statements each poll sent (a diagnostic of how set-based the consumer is, not asserted) and the
 * timeline rows it wrote.
 */
class ClaimsOfAFileTest extends NotificationTest {

    private static final int CLAIMS = 200;
    private static final List<CareCategory> CATEGORIES = List.of(CareCategory.GP_CONSULTATION, CareCategory.PHARMACY_65,
            CareCategory.LABORATORY, CareCategory.IMAGING, CareCategory.PARAMEDICAL);
    private static final LocalDate CARE_DATE = LocalDate.parse("2026-03-09");

    @Autowired ClaimEventsListener listener;
    @Autowired PlatformTransactionManager transactionManager;

    private long offset;

    @Test
    void the_claims_of_a_file_applied_poll_by_poll_end_reimbursed_with_their_lines_and_messages() {
        List<Member> members = members();
        List<Claim> claims = claims(members);

        poll("received and analysed", claims, ClaimsOfAFileTest::receivedAndAnalysed);
        poll("adjudicated", claims, ClaimsOfAFileTest::adjudicated);
        poll("paid", claims, ClaimsOfAFileTest::paid);

        assertReimbursedWithTwoMessages(claims);
    }

    @Test
    void the_claims_of_a_file_applied_in_one_poll_end_as_they_do_poll_by_poll() {
        List<Claim> claims = claims(members());

        // a poll holds its records partition by partition: the claims' events of one topic, then those of the next
        poll("all events", claims, ClaimsOfAFileTest::receivedAndAnalysed, ClaimsOfAFileTest::adjudicated,
                ClaimsOfAFileTest::paid);

        assertReimbursedWithTwoMessages(claims);
    }

    @Test
    void a_claim_of_a_file_is_one_row_inserted_by_its_first_poll_and_updated_once_by_each_later_one() {
        List<Claim> claims = claims(members());

        List<RowWrites> writes = List.of(
                rowWrites("received and analysed", claims, ClaimsOfAFileTest::receivedAndAnalysed),
                rowWrites("adjudicated", claims, ClaimsOfAFileTest::adjudicated),
                rowWrites("paid", claims, ClaimsOfAFileTest::paid));

        assertThat(writes).containsExactly(new RowWrites(CLAIMS, 0), new RowWrites(0, CLAIMS), new RowWrites(0, CLAIMS));
    }

    private record Claim(UUID id, Member member, boolean reachable) {
    }

    /** Rows of claim_timeline a poll inserted and updated. */
    private record RowWrites(long inserted, long updated) {
    }

    private static void receivedAndAnalysed(Claim claim, List<ClaimEvent> events) {
        events.add(received(claim.id(), claim.member(), Channel.NOEMIE, ago(Duration.ofHours(30))));
        events.add(analysed(claim.id(), claim.member(), ago(Duration.ofHours(29))));
    }

    private static void adjudicated(Claim claim, List<ClaimEvent> events) {
        events.add(adjudicated(claim, ago(Duration.ofHours(28))));
    }

    private static void paid(Claim claim, List<ClaimEvent> events) {
        events.add(issued(claim.id(), ago(Duration.ofHours(3))));
        events.add(reimbursed(claim.id(), ago(Duration.ofHours(2)), 4500, LocalDate.parse("2026-03-16")));
    }

    /** Twenty members, half of whom chose text messages (the SMS port only logs them: no mail server to flood). */
    private List<Member> members() {
        List<Member> members = IntStream.range(0, 20).mapToObj(i -> newMember()).toList();
        members.subList(0, 10).forEach(member -> mvc.put().uri("/api/v1/notification-preferences")
                .header("X-Member-Contract", member.contract()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"phone": "+33 6 12 34 56 78", "channels": ["SMS"], "optOut": false}""")
                .assertThat().hasStatus2xxSuccessful());
        return members;
    }

    private static List<Claim> claims(List<Member> members) {
        return IntStream.range(0, CLAIMS)
                .mapToObj(i -> new Claim(UUID.randomUUID(), members.get(i % members.size()), i % members.size() < 10))
                .toList();
    }

    private void poll(String name, List<Claim> claims, EventsOfClaim... topics) {
        List<ConsumerRecord<String, String>> records = records(claims, topics);
        StatementCounter.count(() -> {
            listener.on(records);
            return null;
        }, counts -> System.out.printf("Poll '%s' of %d claims, %d events: %d statements, %d rows in batches%n", name,
                claims.size(), records.size(), counts.statements(), counts.batchedRows()));
    }

    /**
     * Applies the poll in a transaction of the test's, to read the rows it wrote from the counters of the transaction's
     * connection (pg_stat_xact_user_tables, which also holds earlier transactions' until they are reported: hence the
     * difference) once everything it defers until commit is written; prints them, with the updates that were HOT (a
     * diagnostic: that depends on where the rows sit).
     */
    private RowWrites rowWrites(String name, List<Claim> claims, EventsOfClaim topic) {
        List<ConsumerRecord<String, String>> records = records(claims, topic);
        AtomicReference<RowWrites> written = new AtomicReference<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            long[] before = timelineCounts();
            listener.on(records);
            // registered after the poll's own: runs after them
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    long[] after = timelineCounts();
                    written.set(new RowWrites(after[0] - before[0], after[1] - before[1]));
                    System.out.printf("Poll '%s' of %d claims: claim_timeline rows inserted %d, updated %d (%d HOT)%n",
                            name, claims.size(), after[0] - before[0], after[1] - before[1], after[2] - before[2]);
                }
            });
        });
        return written.get();
    }

    private long[] timelineCounts() {
        return jdbc.sql("""
                        select n_tup_ins, n_tup_upd, n_tup_hot_upd from pg_stat_xact_user_tables
                        where relid = 'claim_timeline'::regclass""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    @FunctionalInterface
    private interface EventsOfClaim {
        void add(Claim claim, List<ClaimEvent> events);
    }

    private List<ConsumerRecord<String, String>> records(List<Claim> claims, EventsOfClaim... topics) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (EventsOfClaim topic : topics) {
            for (Claim claim : claims) {
                List<ClaimEvent> ofClaim = new ArrayList<>();
                topic.add(claim, ofClaim);
                ofClaim.forEach(event -> records.add(record(event)));
            }
        }
        return records;
    }

    private void assertReimbursedWithTwoMessages(List<Claim> claims) {
        for (Claim claim : claims) {
            ClaimDetail detail = claim(claim.id()).orElseThrow();
            assertThat(detail.status()).isEqualTo(ClaimStatus.REIMBURSED);
            assertThat(detail.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED,
                    ClaimStatus.ANALYSED, ClaimStatus.ADJUDICATED, ClaimStatus.REIMBURSED);
            assertThat(detail.contractNumber()).isEqualTo(claim.member().contract());
            assertThat(detail.lines()).extracting(Line::lineNumber).containsExactly(1, 2, 3, 4, 5);
            assertThat(detail.lines()).extracting(Line::mutuelle).containsOnly(Money.ofCents(900));
            assertThat(detail.amounts()).isEqualTo(new Amounts(Money.ofCents(15000), Money.ofCents(9500),
                    Money.ofCents(4500), Money.ofCents(1000)));
            assertThat(detail.payment().amount()).isEqualTo(Money.ofCents(4500));
            assertThat(detail.careTypes()).hasSize(5);
        }
        Map<String, Long> deliveries = jdbc.sql("""
                        select kind || ' ' || case when status = 'SKIPPED' then 'SKIPPED' else 'PLANNED' end as outcome
                        from delivery where claim_id = any(:ids)""")
                .param("ids", claims.stream().map(Claim::id).toArray(UUID[]::new))
                .query(String.class).list().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(deliveries).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ADJUDICATED PLANNED", (long) CLAIMS / 2, "ADJUDICATED SKIPPED", (long) CLAIMS / 2,
                "REIMBURSED PLANNED", (long) CLAIMS / 2, "REIMBURSED SKIPPED", (long) CLAIMS / 2));
        jdbc.sql("""
                        select claim_id, text_body from delivery
                        where claim_id = any(:ids) and kind = 'ADJUDICATED' and status <> 'SKIPPED'""")
                .param("ids", claims.stream().map(Claim::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(sms -> assertThat(sms.getValue()).isEqualTo("Votre mutuelle : remboursement de 45,00 € calculé "
                        + "pour la demande " + FrenchFormat.reference(sms.getKey()) + ", paiement prévu le 18 mars 2026."));
    }

    private static ClaimAnalysed analysed(UUID claimId, Member member, Instant at) {
        List<CareLine> lines = IntStream.rangeClosed(1, CATEGORIES.size()).mapToObj(n -> new CareLine(n, CARE_DATE,
                CATEGORIES.get(n - 1), "ACT" + n, null, true, 1, 3000, 3000, 70, 1900L, 200L, null, null, null)).toList();
        return new ClaimAnalysed(claimId, at, Channel.NOEMIE, member.beneficiary(), lines, false, false, false, "test");
    }

    private static ClaimAdjudicated adjudicated(Claim claim, Instant at) {
        List<AdjudicatedLine> lines = IntStream.rangeClosed(1, CATEGORIES.size()).mapToObj(n -> new AdjudicatedLine(n,
                CARE_DATE, CATEGORIES.get(n - 1), "ACT" + n, Money.ofCents(3000), Money.ofCents(1900), Money.ofCents(900),
                Money.ofCents(200), List.of("AMO_REPORTED", "PARTICIPATION_NOT_COVERED"), null)).toList();
        return new ClaimAdjudicated(claim.id(), at, Channel.NOEMIE, claim.member().beneficiary(), "ESSENTIEL", 1,
                Money.ofCents(4500), Payee.member(claim.member().contract()), LocalDate.parse("2026-03-18"),
                new ClaimTotals(Money.ofCents(15000), Money.ofCents(9500), Money.ofCents(4500), Money.ofCents(1000)),
                lines, false);
    }

    private static PaymentIssued issued(UUID claimId, Instant at) {
        return new PaymentIssued(claimId, at, UUID.randomUUID(), UUID.randomUUID(), "E2E", Money.ofCents(4500),
                "FR76 •••• 0189", LocalDate.parse("2026-03-16"));
    }

    private ConsumerRecord<String, String> record(ClaimEvent event) {
        var record = new ConsumerRecord<>("claims.test", 0, offset++, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, EventTypes.typeOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
