package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the timeline read model. Callers hold the claim's row lock ({@link #lockOrCreate}) for the transaction; steps
 * and lines are deferred to the end of the poll ({@link DeferredInserts}), an event's changes to the claim's row are
 * gathered in a {@link RowChange} and written in one statement.
 */
@Repository
class TimelineStore {

    /**
     * What a decision needs to know of a claim, read under its row lock, as it was before the event; {@code decision} is
     * what the event did to it.
     */
    record Head(ClaimStatus status, Instant statusAt, int cycle, Instant linesAt, Instant identityAt,
                TimelineRules.Decision decision) {

        static Head created(ClaimStatus status, Instant at) {
            return new Head(status, at, 0, null, null, TimelineRules.Decision.MOVE);
        }

        Head decided(TimelineRules.Decision taken) {
            return new Head(status, statusAt, cycle, linesAt, identityAt, taken);
        }
    }

    /** A line as stored: amounts are null until adjudication. */
    record LineRow(int lineNumber, LocalDate careDate, String careCategory, String actCode, long billedCents, Long amoCents,
                   Long complementaryCents, Long patientShareCents, List<String> reasons, String rejectionCode) {
    }

    /** The status and moment a claim's row is created at: those of its first step. */
    record FirstStep(ClaimStatus status, Instant at) {
    }

    private static final String INSERT_STEP = """
            insert into claim_step (claim_id, cycle, status, occurred_at, event_id, recorded_at)
            values (:id, :cycle, :status, :at, :event, :now)
            on conflict do nothing""";

    private static final String INSERT_LINE = """
            insert into claim_line (claim_id, line_number, care_date, care_category, act_code, billed_cents,
                                    amo_cents, complementary_cents, patient_share_cents, reasons, rejection_code)
            values (:id, :n, :date, :category, :act, :billed, :amo, :mutuelle, :patient, :reasons, :rejection)
            on conflict (claim_id, line_number) do nothing""";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final Clock clock;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    TimelineStore(JdbcClient jdbc, DeferredInserts inserts, Clock clock, FieldCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.clock = clock;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /**
     * Creates the claims not known yet at their first step and locks the others, in claim id order so that two
     * transactions never wait on each other crosswise; reads the rows and steps of the locked ones. Three statements
     * for a whole poll.
     */
    Map<UUID, ClaimRow> lockOrCreate(Map<UUID, FirstStep> firsts) {
        List<UUID> ids = firsts.keySet().stream().sorted().toList();
        Map<UUID, ClaimRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        Set<UUID> created = create(ids, firsts);
        created.forEach(id -> rows.put(id, ClaimRow.created(firsts.get(id).status(), firsts.get(id).at())));
        List<UUID> existing = ids.stream().filter(id -> !created.contains(id)).toList();
        if (existing.isEmpty()) {
            return rows;
        }
        jdbc.sql("""
                        select claim_id, status, status_at, cycle, lines_at, identity_at, received_at from claim_timeline
                        where claim_id in (:ids) order by claim_id for update""")
                .param("ids", existing)
                .query((rs, n) -> rows.put(rs.getObject("claim_id", UUID.class),
                        ClaimRow.existing(ClaimStatus.valueOf(rs.getString("status")), instant(rs, "status_at"),
                                rs.getInt("cycle"), instant(rs, "lines_at"), instant(rs, "identity_at"),
                                instant(rs, "received_at"))))
                .list();
        jdbc.sql("select claim_id, cycle, status from claim_step where claim_id in (:ids)")
                .param("ids", existing)
                .query((rs, n) -> {
                    rows.get(rs.getObject("claim_id", UUID.class))
                            .stepAdded(rs.getInt("cycle"), ClaimStatus.valueOf(rs.getString("status")));
                    return n;
                })
                .list();
        return rows;
    }

    private Set<UUID> create(List<UUID> ids, Map<UUID, FirstStep> firsts) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            FirstStep first = firsts.get(ids.get(i));
            values.add("(:id%1$d, :status%1$d, :at%1$d, 0, :at%1$d, :now)".formatted(i));
            params.put("id" + i, ids.get(i));
            params.put("status" + i, first.status().name());
            params.put("at" + i, ts(first.at()));
        }
        return new HashSet<>(jdbc.sql("insert into claim_timeline (claim_id, status, status_at, cycle, received_at, updated_at) values "
                        + String.join(", ", values) + " on conflict (claim_id) do nothing returning claim_id")
                .params(params).query(UUID.class).list());
    }

    /** Written with the poll's other steps before it commits, or before anything reads them ({@link #flush}). */
    void addStep(UUID claimId, int cycle, ClaimStatus status, Instant at, UUID eventId) {
        inserts.insert(INSERT_STEP, List.of(new MapSqlParameterSource().addValue("id", claimId).addValue("cycle", cycle)
                .addValue("status", status.name()).addValue("at", ts(at)).addValue("event", eventId)
                .addValue("now", now())));
    }

    /** Writes the steps and lines this transaction deferred: before reading the claim as a whole. */
    void flush() {
        inserts.flush();
    }

    void moveTo(RowChange change, ClaimStatus status, Instant at, int cycle) {
        change.set("status", Types.VARCHAR, status.name()).set("status_at", Types.TIMESTAMP, ts(at))
                .set("cycle", Types.INTEGER, cycle).touch();
    }

    /** The claim's date is the earliest moment we heard of, whatever order the events came in. */
    void noteEarliest(RowChange change, Instant at) {
        change.set("received_at", "least(received_at, :value)", Types.TIMESTAMP, ts(at));
    }

    /**
     * Who and which channel. Newer information wins; older information only fills what is still unknown, so a late
     * ClaimReceived does not undo a reviewer's correction of the beneficiary.
     */
    void identify(RowChange change, boolean newer, Instant at, Channel channel, BeneficiaryRef beneficiary) {
        String assign = newer ? "coalesce(:value, %s)" : "coalesce(%s, :value)";
        change.set("channel", assign.formatted("channel"), Types.VARCHAR, channel == null ? null : channel.name())
                .set("contract_number", assign.formatted("contract_number"), Types.VARCHAR,
                        beneficiary == null ? null : beneficiary.contractNumber())
                .set("beneficiary_nir_encrypted", assign.formatted("beneficiary_nir_encrypted"), Types.VARCHAR,
                        beneficiary == null ? null : cipher.encryptNullable(beneficiary.nir()))
                .set("beneficiary_nir_index", assign.formatted("beneficiary_nir_index"), Types.VARCHAR,
                        beneficiary == null ? null : blindIndex.ofNullable(beneficiary.nir()))
                .set("beneficiary_birth_date", assign.formatted("beneficiary_birth_date"), Types.DATE,
                        beneficiary == null ? null : beneficiary.birthDate())
                .set("beneficiary_rank", assign.formatted("beneficiary_rank"), Types.INTEGER,
                        beneficiary == null ? null : beneficiary.rank())
                .touch();
        if (newer) {
            change.set("identity_at", Types.TIMESTAMP, ts(at));
        }
    }

    /** Whether lines dated {@code at} are at least as recent as the stored ones. */
    static boolean linesAreNewer(Head head, Instant at) {
        return head == null || head.linesAt() == null || !at.isBefore(head.linesAt());
    }

    /**
     * Replaces the claim's lines: the new ones go in with the poll's other deferred rows, in one statement. The old
     * ones, when there are any, are deleted now, after the rows deferred so far (this claim's earlier lines among them)
     * are written.
     */
    void replaceLines(RowChange change, UUID claimId, boolean linesStored, Instant at, List<LineRow> lines,
                      Amounts totals) {
        if (linesStored) {
            inserts.flush();
            jdbc.sql("delete from claim_line where claim_id = :id").param("id", claimId).update();
        }
        inserts.insert(INSERT_LINE, lines.stream().map(line -> new MapSqlParameterSource()
                .addValue("id", claimId).addValue("n", line.lineNumber()).addValue("date", line.careDate())
                .addValue("category", line.careCategory()).addValue("act", line.actCode(), Types.VARCHAR)
                .addValue("billed", line.billedCents())
                .addValue("amo", line.amoCents(), Types.BIGINT)
                .addValue("mutuelle", line.complementaryCents(), Types.BIGINT)
                .addValue("patient", line.patientShareCents(), Types.BIGINT)
                .addValue("reasons", String.join(",", line.reasons()))
                .addValue("rejection", line.rejectionCode(), Types.VARCHAR)).toList());
        change.set("lines_at", Types.TIMESTAMP, ts(at))
                .set("billed_cents", Types.BIGINT, cents(totals.billed()))
                .set("amo_cents", Types.BIGINT, cents(totals.amo()))
                .set("complementary_cents", Types.BIGINT, cents(totals.mutuelle()))
                .set("patient_share_cents", Types.BIGINT, cents(totals.patientShare()))
                .touch();
    }

    void adjudicated(RowChange change, Money reimbursed, String payeeKind, boolean reversal, LocalDate expectedPaymentDate) {
        change.set("reimbursed_cents", Types.BIGINT, reimbursed.cents()).set("payee_kind", Types.VARCHAR, payeeKind)
                .set("reversal", Types.BOOLEAN, reversal).set("expected_payment_date", Types.DATE, expectedPaymentDate)
                .touch();
    }

    void rejected(RowChange change, List<String> codes) {
        change.set("rejection_codes", Types.VARCHAR, String.join(",", codes)).touch();
    }

    /** A reopened claim is no longer rejected. */
    void clearRejection(RowChange change) {
        change.set("rejection_codes", "null").touch();
    }

    /** The bank accepted the transfer; its amount is the reimbursement when the adjudication has not reached us yet. */
    void paid(RowChange change, Money amount, LocalDate paidOn, String maskedIban) {
        change.set("paid_cents", Types.BIGINT, amount.cents()).set("paid_on", Types.DATE, paidOn)
                .set("masked_iban", Types.VARCHAR, maskedIban)
                .set("reimbursed_cents", "coalesce(reimbursed_cents, :value)", Types.BIGINT, amount.cents())
                .set("payment_failure_code", "null")
                .touch();
    }

    void paymentFailed(RowChange change, String bankCode, Money amount) {
        change.set("payment_failure_code", Types.VARCHAR, bankCode)
                .set("reimbursed_cents", "coalesce(reimbursed_cents, :value)", Types.BIGINT, cents(amount))
                .touch();
    }

    /** One statement for all that one event changed in the claim's row; none when it changed nothing. */
    void write(UUID claimId, RowChange change) {
        if (change.isEmpty()) {
            return;
        }
        List<String> assignments = new ArrayList<>();
        change.assignments().forEach((column, expression) -> assignments.add(column + " = " + expression));
        Map<String, Object> params = new HashMap<>(change.params());
        if (change.touched()) {
            assignments.add("updated_at = :now");
            params.put("now", now());
        }
        params.put("id", claimId);
        jdbc.sql("update claim_timeline set " + String.join(", ", assignments) + " where claim_id = :id")
                .params(params).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Long cents(Money money) {
        return money == null ? null : money.cents();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
