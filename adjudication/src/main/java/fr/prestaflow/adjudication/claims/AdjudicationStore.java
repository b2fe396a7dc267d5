package fr.prestaflow.adjudication.claims;

import fr.prestaflow.adjudication.claims.Adjudication.Amounts;
import fr.prestaflow.adjudication.claims.AdjudicationLine.LineRef;
import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.care.Side;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adjudication results and their lines, whose consumption is the beneficiaries' history (read by
 * {@link fr.prestaflow.adjudication.coverage.ConsumptionHistory}). Writers hold the beneficiary's lock.
 */
@Repository
class AdjudicationStore {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    AdjudicationStore(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** In a poll's transaction, the rows go in with the poll's other rows (every read here writes them first). */
    void insert(Adjudication adjudication) {
        inserts.insert("""
                        insert into adjudication (claim_id, contract_number, beneficiary_id, plan_id, plan_version, channel,
                            source, status, reversal, rejection_codes, billed_cents, amo_paid_cents,
                            complementary_paid_cents, patient_share_cents, reimbursed_cents, expected_payment_date,
                            event_id, revision, adjudicated_at)
                        values (:claim, :contract, :beneficiary, :plan, :planVersion, :channel, :source, :status,
                            :reversal, :codes, :billed, :amo, :complementary, :patient, :reimbursed, :expected, :event,
                            :revision, :at)""", List.of(new MapSqlParameterSource()
                .addValue("claim", adjudication.claimId())
                .addValue("contract", adjudication.contractNumber())
                .addValue("beneficiary", adjudication.beneficiaryId().orElse(null))
                .addValue("plan", adjudication.planId().orElse(null))
                .addValue("planVersion", adjudication.planVersion().orElse(null))
                .addValue("channel", adjudication.channel().name())
                .addValue("source", adjudication.source())
                .addValue("status", adjudication.status().name())
                .addValue("reversal", adjudication.reversal())
                .addValue("codes", String.join(",", adjudication.rejectionCodes()))
                .addValue("billed", adjudication.totals().billedCents())
                .addValue("amo", adjudication.totals().amoPaidCents())
                .addValue("complementary", adjudication.totals().complementaryPaidCents())
                .addValue("patient", adjudication.totals().patientShareCents())
                .addValue("reimbursed", adjudication.reimbursedCents())
                .addValue("expected", adjudication.expectedPaymentDate().orElse(null))
                .addValue("event", adjudication.eventId())
                .addValue("revision", adjudication.revision())
                .addValue("at", OffsetDateTime.ofInstant(adjudication.adjudicatedAt(), java.time.ZoneOffset.UTC))));
        long beneficiary = adjudication.beneficiaryId().orElse(0L);
        inserts.insertAsArrays("""
                        insert into adjudication_line (claim_id, line_number, beneficiary_id, care_date, care_category,
                            act_code, practitioner_id, quantity, side, billed_cents, base_cents, amo_paid_cents,
                            participation_cents, franchise_cents, complementary_paid_cents, patient_share_cents, reasons,
                            rejection_code, plan_version, duplicate_key, reversal, reverses_claim_id,
                            reverses_line_number, consumed_units, basket)
                        select * from unnest(:claim::uuid[], :line::int[], :beneficiary::bigint[], :date::date[],
                            :category::varchar[], :act::varchar[], :practitioner::varchar[], :quantity::int[],
                            :side::varchar[], :billed::bigint[], :base::bigint[], :amo::bigint[], :participation::bigint[],
                            :franchise::bigint[], :complementary::bigint[], :patient::bigint[], :reasons::varchar[],
                            :rejection::varchar[], :planVersion::int[], :key::bpchar[], :reversal::boolean[],
                            :reversesClaim::uuid[], :reversesLine::int[], :units::int[], :basket::varchar[])""",
                adjudication.lines().stream().map(line -> lineParameters(adjudication, beneficiary, line)).toList());
    }

    private static MapSqlParameterSource lineParameters(Adjudication adjudication, long beneficiaryId,
                                                     AdjudicationLine line) {
        return new MapSqlParameterSource()
                .addValue("claim", adjudication.claimId())
                .addValue("line", line.lineNumber())
                .addValue("beneficiary", beneficiaryId)
                .addValue("date", line.careDate())
                .addValue("category", line.careCategory().name())
                .addValue("act", line.actCode())
                .addValue("practitioner", line.practitionerId().orElse(null))
                .addValue("quantity", line.quantity())
                .addValue("side", line.side().map(Side::name).orElse(null))
                .addValue("billed", line.amounts().billedCents())
                .addValue("base", line.baseCents())
                .addValue("amo", line.amounts().amoPaidCents())
                .addValue("participation", line.participationCents())
                .addValue("franchise", line.franchiseCents())
                .addValue("complementary", line.amounts().complementaryPaidCents())
                .addValue("patient", line.amounts().patientShareCents())
                .addValue("reasons", String.join(",", line.reasons()))
                .addValue("rejection", line.rejectionCode().orElse(null))
                .addValue("planVersion", line.planVersion().orElse(null))
                .addValue("key", line.duplicateKey())
                .addValue("reversal", adjudication.reversal())
                .addValue("reversesClaim", line.reverses().map(LineRef::claimId).orElse(null))
                .addValue("reversesLine", line.reverses().map(LineRef::lineNumber).orElse(null))
                .addValue("units", line.consumption().map(Consumption::units).orElse(null))
                .addValue("basket", line.consumption().map(c -> c.basket().name()).orElse(null));
    }

    /** The claims of {@code claimIds} already adjudicated, with the beneficiary each was resolved to (if any). */
    Map<UUID, Optional<Long>> beneficiariesOf(Collection<UUID> claimIds) {
        inserts.flush();
        Map<UUID, Optional<Long>> found = new HashMap<>();
        jdbc.sql("select claim_id, beneficiary_id from adjudication where claim_id = any(:claims)")
                .param("claims", claimIds.toArray(UUID[]::new))
                .query(rs -> {
                    found.put(rs.getObject("claim_id", UUID.class),
                            Optional.ofNullable(rs.getObject("beneficiary_id", Long.class)));
                });
        return found;
    }

    Optional<Adjudication> find(UUID claimId) {
        inserts.flush();
        return jdbc.sql("""
                        select a.*, b.rank as beneficiary_rank from adjudication a
                        left join beneficiary b on b.id = a.beneficiary_id where a.claim_id = :claim""")
                .param("claim", claimId)
                .query((rs, n) -> new Adjudication(claimId, rs.getString("contract_number"),
                        Optional.ofNullable(rs.getObject("beneficiary_id", Long.class)),
                        Optional.ofNullable(rs.getObject("beneficiary_rank", Integer.class)),
                        Optional.ofNullable(rs.getString("plan_id")),
                        Optional.ofNullable(rs.getObject("plan_version", Integer.class)),
                        Channel.valueOf(rs.getString("channel")), rs.getString("source"),
                        Adjudication.Status.valueOf(rs.getString("status")), rs.getBoolean("reversal"),
                        codes(rs.getString("rejection_codes")),
                        new Amounts(rs.getLong("billed_cents"), rs.getLong("amo_paid_cents"),
                                rs.getLong("complementary_paid_cents"), rs.getLong("patient_share_cents")),
                        rs.getLong("reimbursed_cents"),
                        Optional.ofNullable(rs.getObject("expected_payment_date", LocalDate.class)),
                        rs.getObject("event_id", UUID.class), rs.getInt("revision"),
                        rs.getObject("adjudicated_at", OffsetDateTime.class).toInstant(),
                        lines(claimId)))
                .optional();
    }

    private List<AdjudicationLine> lines(UUID claimId) {
        return jdbc.sql("select * from adjudication_line where claim_id = :claim order by line_number")
                .param("claim", claimId)
                .query(AdjudicationStore::line)
                .list();
    }

    /**
     * A corrected claim's earlier result goes before the new one is stored, its lines with it, and with them what they
     * consumed.
     */
    void delete(UUID claimId) {
        inserts.flush();
        jdbc.sql("delete from adjudication where claim_id = :claim").param("claim", claimId).update();
    }

    /** Which of these keys belong to a line the beneficiary was already paid for, and not reversed since. */
    Set<String> paidKeys(long beneficiaryId, Collection<String> keys) {
        return paidKeysOf(Map.of(beneficiaryId, keys)).get(beneficiaryId);
    }

    /**
     * {@link #paidKeys} for several beneficiaries in one query. The keys go in as (beneficiary, key) pairs: two
     * {@code = any} arrays would make the planner probe the index with every beneficiary-key combination.
     */
    Map<Long, Set<String>> paidKeysOf(Map<Long, ? extends Collection<String>> keysByBeneficiary) {
        inserts.flush();
        Map<Long, Set<String>> paid = new HashMap<>();
        List<Long> beneficiaries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keysByBeneficiary.forEach((id, wanted) -> {
            paid.put(id, new HashSet<>());
            wanted.forEach(key -> {
                beneficiaries.add(id);
                keys.add(key);
            });
        });
        jdbc.sql("""
                        select l.beneficiary_id, l.duplicate_key
                        from unnest(:beneficiaries::bigint[], :keys::bpchar[]) as wanted (beneficiary_id, duplicate_key)
                        join adjudication_line l
                          on l.beneficiary_id = wanted.beneficiary_id and l.duplicate_key = wanted.duplicate_key
                        where l.counts_as_paid""")
                .param("beneficiaries", beneficiaries.toArray(Long[]::new))
                .param("keys", keys.toArray(String[]::new))
                .query(rs -> {
                    paid.get(rs.getLong("beneficiary_id")).add(rs.getString("duplicate_key"));
                });
        return paid;
    }

    /**
     * The earlier line a reversal line undoes: same beneficiary and key, not a reversal, not reversed yet, not already
     * taken by another line of the same reversal; a paid line first, then the most recent.
     */
    Optional<ReversibleLine> findReversible(long beneficiaryId, String key, Set<LineRef> taken) {
        inserts.flush();
        return jdbc.sql("""
                        select l.*, a.plan_id as claim_plan_id from adjudication_line l
                        join adjudication a on a.claim_id = l.claim_id
                        where l.beneficiary_id = :beneficiary and l.duplicate_key = :key
                          and not l.reversal and l.reversed_by is null
                        order by (l.complementary_paid_cents > 0) desc, a.adjudicated_at desc, l.claim_id, l.line_number""")
                .param("beneficiary", beneficiaryId)
                .param("key", key)
                .query((rs, n) -> new ReversibleLine(rs.getObject("claim_id", UUID.class),
                        Optional.ofNullable(rs.getString("claim_plan_id")), line(rs, n)))
                .list().stream()
                .filter(candidate -> !taken.contains(candidate.ref()))
                .findFirst();
    }

    /** A reversed line is no longer paid, and what it consumed no longer counts against ceilings or renewals. */
    void markReversed(LineRef line, UUID reversedBy) {
        inserts.flush();
        jdbc.sql("update adjudication_line set reversed_by = :reversal where claim_id = :claim and line_number = :line")
                .param("reversal", reversedBy)
                .param("claim", line.claimId())
                .param("line", line.lineNumber())
                .update();
    }

    /** Undoes {@link #markReversed} for every line the reversal claim had reversed (the reversal itself is corrected). */
    void unreverse(UUID reversedBy) {
        inserts.flush();
        jdbc.sql("update adjudication_line set reversed_by = null where reversed_by = :reversal")
                .param("reversal", reversedBy).update();
    }

    private static AdjudicationLine line(ResultSet rs, int n) throws SQLException {
        UUID reversesClaim = rs.getObject("reverses_claim_id", UUID.class);
        int lineNumber = rs.getInt("line_number");
        LocalDate careDate = rs.getObject("care_date", LocalDate.class);
        CareCategory category = CareCategory.valueOf(rs.getString("care_category"));
        Optional<Side> side = Optional.ofNullable(rs.getString("side")).map(Side::valueOf);
        var amounts = new Amounts(rs.getLong("billed_cents"), rs.getLong("amo_paid_cents"),
                rs.getLong("complementary_paid_cents"), rs.getLong("patient_share_cents"));
        Integer units = rs.getObject("consumed_units", Integer.class);
        Optional<Consumption> consumption = units == null ? Optional.empty()
                : Optional.of(new Consumption(lineNumber, category, careDate, side.orElse(Side.BOTH),
                        Basket.valueOf(rs.getString("basket")), units, amounts.complementaryPaidCents()));
        return new AdjudicationLine(lineNumber, careDate, category, rs.getString("act_code"),
                Optional.ofNullable(rs.getString("practitioner_id")), rs.getInt("quantity"), side,
                rs.getLong("base_cents"), amounts, rs.getLong("participation_cents"), rs.getLong("franchise_cents"),
                codes(rs.getString("reasons")), Optional.ofNullable(rs.getString("rejection_code")),
                Optional.ofNullable(rs.getObject("plan_version", Integer.class)), rs.getString("duplicate_key"),
                reversesClaim == null ? Optional.empty()
                        : Optional.of(new LineRef(reversesClaim, rs.getInt("reverses_line_number"))),
                Optional.ofNullable(rs.getObject("reversed_by", UUID.class)), consumption);
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** An adjudicated line a reversal may undo, with the claim it belongs to. */
    record ReversibleLine(UUID claimId, Optional<String> planId, AdjudicationLine line) {

        LineRef ref() {
            return new LineRef(claimId, line.lineNumber());
        }
    }
}
