package fr.prestaflow.notification.timeline;

import static fr.prestaflow.notification.timeline.TimelineColumn.AMO_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_BIRTH_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_NIR_ENCRYPTED;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_NIR_INDEX;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_RANK;
import static fr.prestaflow.notification.timeline.TimelineColumn.BILLED_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.CARE_TYPES;
import static fr.prestaflow.notification.timeline.TimelineColumn.CHANNEL;
import static fr.prestaflow.notification.timeline.TimelineColumn.COMPLEMENTARY_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.CONTRACT_NUMBER;
import static fr.prestaflow.notification.timeline.TimelineColumn.CYCLE;
import static fr.prestaflow.notification.timeline.TimelineColumn.EXPECTED_PAYMENT_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.FIRST_CARE_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.IDENTITY_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.IN_REVIEW_SINCE;
import static fr.prestaflow.notification.timeline.TimelineColumn.LINES;
import static fr.prestaflow.notification.timeline.TimelineColumn.LINES_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.MASKED_IBAN;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAID_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAID_ON;
import static fr.prestaflow.notification.timeline.TimelineColumn.PATIENT_SHARE_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAYEE_KIND;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAYMENT_FAILURE_CODE;
import static fr.prestaflow.notification.timeline.TimelineColumn.REIMBURSED_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.REJECTION_CODES;
import static fr.prestaflow.notification.timeline.TimelineColumn.REVERSAL;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.UPDATED_AT;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.messaging.ColumnArrays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the timeline read model: one row per claim, its lines and steps in it. Callers hold the claim's row lock
 * ({@link #lockOrCreate}) for the transaction and change the {@link ClaimRow} read under it (or started, for a claim not
 * known yet); the poll writes its changed rows together ({@link #write}).
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

    /** A line as stored in the row's {@code lines} (amounts in cents, null until adjudication). */
    record LineRow(@JsonProperty("n") int lineNumber, LocalDate careDate, @JsonProperty("category") String careCategory,
                   @JsonProperty("act") String actCode, @JsonProperty("billed") long billedCents,
                   @JsonProperty("amo") Long amoCents, @JsonProperty("mutuelle") Long complementaryCents,
                   @JsonProperty("patientShare") Long patientShareCents, List<String> reasons,
                   @JsonProperty("rejection") String rejectionCode) {

        LineRow {
            reasons = reasons == null ? List.of() : List.copyOf(reasons); // in the rules' order
        }
    }

    /** A step as stored in the row's {@code steps}: once per cycle, so a redelivered event never adds a second one. */
    record StepRow(int cycle, ClaimStatus status, Instant at, UUID event) {
    }

    /** The status and moment a claim's row is created at: those of its first step. */
    record FirstStep(ClaimStatus status, Instant at) {
    }

    private static final String COLUMNS = Arrays.stream(TimelineColumn.values()).map(TimelineColumn::column)
            .collect(Collectors.joining(", "));

    /** One array per column ({@link ColumnArrays}), cast to its type: one statement for all the rows of a poll. */
    private static final String ROWS = "unnest(cast(:ids as uuid[]), "
            + Arrays.stream(TimelineColumn.values()).map(c -> "cast(:" + c.column() + " as " + c.sqlType() + "[])")
                    .collect(Collectors.joining(", "))
            + ")";

    /** The claims a poll met first, as it left them; a claim another poll created meanwhile is not returned. */
    private static final String INSERT_ROWS = "insert into claim_timeline (claim_id, " + COLUMNS + ") select * from "
            + ROWS + " on conflict (claim_id) do nothing returning claim_id";

    /** Lines and steps are sent only when they changed (null keeps them). */
    private static final String UPDATE_ROWS = "update claim_timeline c set "
            + Arrays.stream(TimelineColumn.values()).map(TimelineColumn::assignment).collect(Collectors.joining(", "))
            + " from " + ROWS + " as v (claim_id, " + COLUMNS + ") where c.claim_id = v.claim_id";

    /** All but the lines, which a poll only ever replaces whole. */
    private static final List<TimelineColumn> LOCKED = Arrays.stream(TimelineColumn.values())
            .filter(column -> column != LINES).toList();

    private static final String LOCK_ROWS = "select claim_id, "
            + LOCKED.stream().map(TimelineColumn::column).collect(Collectors.joining(", "))
            + " from claim_timeline where claim_id in (:ids) order by claim_id for update";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    TimelineStore(JdbcClient jdbc, Clock clock, FieldCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /**
     * Locks and reads the rows (with their steps) of the claims already known, in claim id order so that two
     * transactions never wait on each other crosswise. The others start in memory at their first step and are inserted
     * as the poll leaves them ({@link #write}): one row version instead of a small one that the poll's update would
     * at once replace by a larger one, wherever that fits. One statement for a whole poll.
     */
    Map<UUID, ClaimRow> lockOrCreate(Map<UUID, FirstStep> firsts) {
        List<UUID> ids = firsts.keySet().stream().sorted().toList();
        Map<UUID, ClaimRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql(LOCK_ROWS)
                .param("ids", ids)
                .query((rs, n) -> {
                    Map<TimelineColumn, Object> values = new EnumMap<>(TimelineColumn.class);
                    for (TimelineColumn column : LOCKED) {
                        values.put(column, column.read(rs));
                    }
                    UUID claimId = rs.getObject("claim_id", UUID.class);
                    return rows.put(claimId, ClaimRow.existing(claimId, values));
                })
                .list();
        Instant now = clock.instant();
        for (UUID id : ids) {
            rows.computeIfAbsent(id, created -> ClaimRow.created(created, firsts.get(created), now));
        }
        return rows;
    }

    /** Joins the claim's history; written with the row. */
    void addStep(ClaimRow row, int cycle, ClaimStatus status, Instant at, UUID eventId) {
        row.addStep(new StepRow(cycle, status, at, eventId));
    }

    void moveTo(ClaimRow row, ClaimStatus status, Instant at, int cycle) {
        row.set(STATUS, status.name());
        row.set(STATUS_AT, at);
        row.set(CYCLE, cycle);
        // indexed, unlike status: it changes only on entering or leaving review, so the row's other updates can be HOT
        row.set(IN_REVIEW_SINCE, status == ClaimStatus.IN_REVIEW ? at : null);
        touch(row);
    }

    /**
     * Who and which channel. Newer information wins; older information only fills what is still unknown, so a late
     * ClaimReceived does not undo a reviewer's correction of the beneficiary. The NIR is encrypted only when it is kept.
     */
    void identify(ClaimRow row, boolean newer, Instant at, Channel channel, BeneficiaryRef beneficiary) {
        identify(row, newer, CHANNEL, channel == null ? null : channel.name());
        if (beneficiary != null) {
            identify(row, newer, CONTRACT_NUMBER, beneficiary.contractNumber());
            if (beneficiary.nir() != null) {
                identifyBeneficiary(row, newer, beneficiary.nir());
            }
            identify(row, newer, BENEFICIARY_BIRTH_DATE, beneficiary.birthDate());
            identify(row, newer, BENEFICIARY_RANK, beneficiary.rank());
        }
        if (newer) {
            row.set(IDENTITY_AT, at);
        }
        touch(row);
    }

    /**
     * Every event of a claim names its beneficiary: the NIR is encrypted again (a new nonce, a new value to write) only
     * when it is not the one stored, which its blind index tells without decrypting.
     */
    private void identifyBeneficiary(ClaimRow row, boolean newer, String nir) {
        String index = blindIndex.of(nir);
        boolean same = index.equals(row.get(BENEFICIARY_NIR_INDEX)) && row.get(BENEFICIARY_NIR_ENCRYPTED) != null;
        if (!same && (newer || row.get(BENEFICIARY_NIR_ENCRYPTED) == null)) {
            row.set(BENEFICIARY_NIR_ENCRYPTED, cipher.encryptNullable(nir));
        }
        if (!same && (newer || row.get(BENEFICIARY_NIR_INDEX) == null)) {
            row.set(BENEFICIARY_NIR_INDEX, index);
        }
    }

    private static void identify(ClaimRow row, boolean newer, TimelineColumn column, Object value) {
        if (newer) {
            row.replace(column, value);
        } else {
            row.fill(column, value);
        }
    }

    /** Whether lines dated {@code at} are at least as recent as the stored ones. */
    static boolean linesAreNewer(Head head, Instant at) {
        return head == null || head.linesAt() == null || !at.isBefore(head.linesAt());
    }

    /**
     * Replaces the claim's lines and totals, and what lists show of the lines: their care types (distinct, sorted) and
     * first care date.
     */
    void replaceLines(ClaimRow row, Instant at, List<LineRow> lines, Amounts totals) {
        Map<Integer, LineRow> byNumber = new LinkedHashMap<>();
        lines.forEach(line -> byNumber.putIfAbsent(line.lineNumber(), line)); // a repeated number: the first one stays
        Collection<LineRow> kept = byNumber.values();
        row.set(LINES, List.copyOf(kept));
        Set<String> careTypes = kept.stream().map(LineRow::careCategory).collect(Collectors.toCollection(TreeSet::new));
        row.set(CARE_TYPES, careTypes.isEmpty() ? null : String.join(",", careTypes));
        row.set(FIRST_CARE_DATE, kept.stream().map(LineRow::careDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null));
        row.set(LINES_AT, at);
        row.set(BILLED_CENTS, cents(totals.billed()));
        row.set(AMO_CENTS, cents(totals.amo()));
        row.set(COMPLEMENTARY_CENTS, cents(totals.mutuelle()));
        row.set(PATIENT_SHARE_CENTS, cents(totals.patientShare()));
        touch(row);
    }

    void adjudicated(ClaimRow row, Money reimbursed, String payeeKind, boolean reversal, LocalDate expectedPaymentDate) {
        row.set(REIMBURSED_CENTS, reimbursed.cents());
        row.set(PAYEE_KIND, payeeKind);
        row.set(REVERSAL, reversal);
        row.set(EXPECTED_PAYMENT_DATE, expectedPaymentDate);
        touch(row);
    }

    void rejected(ClaimRow row, List<String> codes) {
        row.set(REJECTION_CODES, String.join(",", codes));
        touch(row);
    }

    /** A reopened claim is no longer rejected. */
    void clearRejection(ClaimRow row) {
        row.set(REJECTION_CODES, null);
        touch(row);
    }

    /** The bank accepted the transfer; its amount is the reimbursement when the adjudication has not reached us yet. */
    void paid(ClaimRow row, Money amount, LocalDate paidOn, String maskedIban) {
        row.set(PAID_CENTS, amount.cents());
        row.set(PAID_ON, paidOn);
        row.set(MASKED_IBAN, maskedIban);
        row.fill(REIMBURSED_CENTS, amount.cents());
        row.set(PAYMENT_FAILURE_CODE, null);
        touch(row);
    }

    void paymentFailed(ClaimRow row, String bankCode, Money amount) {
        row.set(PAYMENT_FAILURE_CODE, bankCode);
        row.fill(REIMBURSED_CENTS, cents(amount));
        touch(row);
    }

    /** The change is the member's to see: it moves {@code updated_at}. */
    private void touch(ClaimRow row) {
        row.set(UPDATED_AT, clock.instant());
    }

    /**
     * Writes the rows the poll changed, lines and steps in them: one statement for the claims it met first, one for the
     * others.
     *
     * @throws OptimisticLockingFailureException when another poll created one of the claims meanwhile: this one decided
     *         as if the claim were new, so it is rolled back and its records applied again
     */
    void write(Collection<ClaimRow> rows) {
        List<ClaimRow> changed = rows.stream().filter(ClaimRow::changed).sorted(Comparator.comparing(ClaimRow::claimId))
                .toList();
        insert(changed.stream().filter(row -> !row.stored()).toList());
        update(changed.stream().filter(ClaimRow::stored).toList());
        changed.forEach(ClaimRow::written);
    }

    private void insert(List<ClaimRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<UUID> inserted = new HashSet<>(withValues(jdbc.sql(INSERT_ROWS), rows).query(UUID.class).list());
        List<UUID> createdMeanwhile = rows.stream().map(ClaimRow::claimId).filter(id -> !inserted.contains(id)).toList();
        if (!createdMeanwhile.isEmpty()) {
            throw new OptimisticLockingFailureException("Claims created by another poll meanwhile: " + createdMeanwhile);
        }
    }

    private void update(List<ClaimRow> rows) {
        if (!rows.isEmpty()) {
            withValues(jdbc.sql(UPDATE_ROWS), rows).update();
        }
    }

    private static JdbcClient.StatementSpec withValues(JdbcClient.StatementSpec statement, List<ClaimRow> rows) {
        var spec = statement.param("ids", rows.stream().map(ClaimRow::claimId).toArray(UUID[]::new));
        for (TimelineColumn column : TimelineColumn.values()) {
            spec = spec.param(column.column(), ColumnArrays.of(rows.stream().map(row -> row.get(column)).toList()));
        }
        return spec;
    }

    private static Long cents(Money money) {
        return money == null ? null : money.cents();
    }
}
