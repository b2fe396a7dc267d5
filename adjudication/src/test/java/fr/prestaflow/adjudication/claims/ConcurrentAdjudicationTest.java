package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * §16: two claims of one beneficiary never both spend the last euros of a ceiling. Eight claims of one beneficiary,
 * each worth the whole remaining ceiling, are adjudicated at the same moment on eight threads against PostgreSQL; and
 * claims of two beneficiaries spread over the partitions are adjudicated by the concurrent batch consumers.
 */
class ConcurrentAdjudicationTest extends AdjudicationTest {

    private static final int CLAIMS = 8;

    @Autowired ClaimAdjudicator adjudicator;

    @Test
    void eight_simultaneous_contact_lens_claims_share_one_yearly_forfait_and_exactly_one_is_paid() throws Exception {
        String contract = newContract("CONFORT");

        List<ClaimEvent> outcomes = adjudicateAtOnce(contract,
                n -> contactLenses(1, LocalDate.of(2025, 6, 2), 20000 + n));

        assertThat(outcomes).filteredOn(ClaimAdjudicated.class::isInstance).singleElement()
                .satisfies(paid -> assertThat(((ClaimAdjudicated) paid).reimbursed().cents()).isEqualTo(15000));
        assertThat(outcomes).filteredOn(ClaimRejected.class::isInstance).hasSize(CLAIMS - 1)
                .allSatisfy(rejected -> assertThat(((ClaimRejected) rejected).codes()).containsExactly("CEILING_REACHED"));
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(15000);
    }

    @Test
    void eight_simultaneous_crowns_never_consume_more_than_the_dental_prosthesis_ceiling() throws Exception {
        String contract = newContract("CONFORT");

        List<ClaimEvent> outcomes = adjudicateAtOnce(contract, n -> crown(1, "HBLD" + (100 + n)));

        List<Long> paid = outcomes.stream().filter(ClaimAdjudicated.class::isInstance)
                .map(e -> ((ClaimAdjudicated) e).reimbursed().cents()).sorted().toList();
        assertThat(paid).containsExactly(45000L, 75000L);
        assertThat(outcomes).filteredOn(ClaimRejected.class::isInstance).hasSize(CLAIMS - 2);
        assertThat(consumedCents(contract, CareCategory.DENTAL_PROSTHESIS)).isEqualTo(120000);
    }

    @Test
    void claims_of_two_beneficiaries_consumed_from_kafka_by_concurrent_batches_keep_both_ceilings_exact() {
        String lenses = newContract("CONFORT");
        String crowns = newContract("CONFORT");
        List<UUID> lensClaims = new ArrayList<>();
        List<UUID> crownClaims = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            UUID lensClaim = UUID.randomUUID();
            UUID crownClaim = UUID.randomUUID();
            lensClaims.add(lensClaim);
            crownClaims.add(crownClaim);
            send(Topics.TELETRANSMISSION_CLAIMS, analysed(lensClaim, Channel.NOEMIE, holder(lenses), contactLenses(1, LocalDate.of(2025, 6, 2), 20000 + n)));
            send(Topics.TELETRANSMISSION_CLAIMS, analysed(crownClaim, Channel.NOEMIE, holder(crowns), crown(1, "HBLD" + (100 + n))));
        }
        kafka.flush();

        List<ClaimEvent> lensOutcomes = lensClaims.stream().map(id -> awaitEvent(id, ClaimEvent.class)).toList();
        List<ClaimEvent> crownOutcomes = crownClaims.stream().map(id -> awaitEvent(id, ClaimEvent.class)).toList();

        assertThat(lensOutcomes).filteredOn(ClaimAdjudicated.class::isInstance).singleElement()
                .satisfies(paid -> assertThat(((ClaimAdjudicated) paid).reimbursed().cents()).isEqualTo(15000));
        assertThat(consumedCents(lenses, CareCategory.CONTACT_LENSES)).isEqualTo(15000);
        assertThat(crownOutcomes.stream().filter(ClaimAdjudicated.class::isInstance)
                .mapToLong(e -> ((ClaimAdjudicated) e).reimbursed().cents()).sum()).isEqualTo(120000);
        assertThat(consumedCents(crowns, CareCategory.DENTAL_PROSTHESIS)).isEqualTo(120000);
    }


    /** Each claim is released by a barrier so that all eight are adjudicated at the same moment. */
    private List<ClaimEvent> adjudicateAtOnce(String contract, IntFunction<CareLine> line) throws Exception {
        var barrier = new CyclicBarrier(CLAIMS);
        List<UUID> claimIds = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int n = 0; n < CLAIMS; n++) {
            UUID claimId = UUID.randomUUID();
            claimIds.add(claimId);
            var claim = analysed(claimId, Channel.NOEMIE, holder(contract), line.apply(n));
            tasks.add(() -> {
                barrier.await();
                adjudicator.adjudicate(claim, UUID.randomUUID());
                return null;
            });
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(CLAIMS)) {
            for (Future<Void> done : threads.invokeAll(tasks)) {
                done.get();
            }
        }
        return claimIds.stream().map(id -> {
            List<ClaimEvent> events = eventsOf(id);
            assertThat(events).hasSize(1);
            return events.getFirst();
        }).toList();
    }
}
