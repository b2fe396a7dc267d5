package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the timeline read model. Callers hold the claim's row lock ({@link #lockOrCreate}) for the transaction. */
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

    /** Creates the claim at its first step, or locks the existing row. Empty when the claim was just created. */
    Optional<Head> lockOrCreate(UUID claimId, ClaimStatus status, Instant at) {
        int created = jdbc.sql("""
                        insert into claim_timeline (claim_id, status, status_at, cycle, received_at, updated_at)
                        values (:id, :status, :at, 0, :at, :now)
                        on conflict (claim_id) do nothing""")
                .param("id", claimId).param("status", status.name()).param("at", ts(at)).param("now", now())
                .update();
        if (created == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select status, status_at, cycle, lines_at, identity_at from claim_timeline
                        where claim_id = :id for update""")
                .param("id", claimId)
                .query((rs, row) -> new Head(ClaimStatus.valueOf(rs.getString("status")), instant(rs, "status_at"),
                        rs.getInt("cycle"), instant(rs, "lines_at"), instant(rs, "identity_at"), null))
                .single());
    }

    boolean hasStep(UUID claimId, int cycle, ClaimStatus status) {
        return jdbc.sql("select count(*) from claim_step where claim_id = :id and cycle = :cycle and status = :status")
                .param("id", claimId).param("cycle", cycle).param("status", status.name())
                .query(Long.class).single() > 0;
    }

    void addStep(UUID claimId, int cycle, ClaimStatus status, Instant at, UUID eventId) {
        jdbc.sql("""
                        insert into claim_step (claim_id, cycle, status, occurred_at, event_id, recorded_at)
                        values (:id, :cycle, :status, :at, :event, :now)
                        on conflict do nothing""")
                .param("id", claimId).param("cycle", cycle).param("status", status.name()).param("at", ts(at))
                .param("event", eventId).param("now", now())
                .update();
    }

    void moveTo(UUID claimId, ClaimStatus status, Instant at, int cycle) {
        jdbc.sql("update claim_timeline set status = :status, status_at = :at, cycle = :cycle, updated_at = :now where claim_id = :id")
                .param("id", claimId).param("status", status.name()).param("at", ts(at)).param("cycle", cycle)
                .param("now", now())
                .update();
    }

    /** The claim's date is the earliest moment we heard of, whatever order the events came in. */
    void noteEarliest(UUID claimId, Instant at) {
        jdbc.sql("update claim_timeline set received_at = least(received_at, :at) where claim_id = :id")
                .param("id", claimId).param("at", ts(at))
                .update();
    }

    /**
     * Who and which channel. Newer information wins; older information only fills what is still unknown, so a late
     * ClaimReceived does not undo a reviewer's correction of the beneficiary.
     */
    void identify(UUID claimId, Head head, Instant at, Channel channel, BeneficiaryRef beneficiary) {
        boolean newer = head == null || head.identityAt() == null || !at.isBefore(head.identityAt());
        String assign = newer ? "coalesce(:%1$s, %1$s)" : "coalesce(%1$s, :%1$s)";
        jdbc.sql("update claim_timeline set "
                        + "channel = " + assign.formatted("channel") + ", "
                        + "contract_number = " + assign.formatted("contract_number") + ", "
                        + "beneficiary_nir_encrypted = " + assign.formatted("beneficiary_nir_encrypted") + ", "
                        + "beneficiary_nir_index = " + assign.formatted("beneficiary_nir_index") + ", "
                        + "beneficiary_birth_date = " + assign.formatted("beneficiary_birth_date") + ", "
                        + "beneficiary_rank = " + assign.formatted("beneficiary_rank") + ", "
                        + "identity_at = " + (newer ? ":at" : "identity_at") + ", "
                        + "updated_at = :now where claim_id = :id")
                .param("id", claimId)
                .param("channel", channel == null ? null : channel.name(), java.sql.Types.VARCHAR)
                .param("contract_number", beneficiary == null ? null : beneficiary.contractNumber(), java.sql.Types.VARCHAR)
                .param("beneficiary_nir_encrypted", beneficiary == null ? null : cipher.encryptNullable(beneficiary.nir()),
                        java.sql.Types.VARCHAR)
                .param("beneficiary_nir_index", beneficiary == null ? null : blindIndex.ofNullable(beneficiary.nir()),
                        java.sql.Types.VARCHAR)
                .param("beneficiary_birth_date", beneficiary == null ? null : beneficiary.birthDate(), java.sql.Types.DATE)
                .param("beneficiary_rank", beneficiary == null ? null : beneficiary.rank(), java.sql.Types.INTEGER)
                .param("at", ts(at))
                .param("now", now())
                .update();
    }

    /** Whether lines dated {@code at} are at least as recent as the stored ones. */
    static boolean linesAreNewer(Head head, Instant at) {
        return head == null || head.linesAt() == null || !at.isBefore(head.linesAt());
    }

    void replaceLines(UUID claimId, Instant at, List<LineRow> lines, Amounts totals) {
        jdbc.sql("delete from claim_line where claim_id = :id").param("id", claimId).update();
        for (LineRow line : lines) {
            jdbc.sql("""
                            insert into claim_line (claim_id, line_number, care_date, care_category, act_code, billed_cents,
                                                    amo_cents, complementary_cents, patient_share_cents, reasons, rejection_code)
                            values (:id, :n, :date, :category, :act, :billed, :amo, :mutuelle, :patient, :reasons, :rejection)
                            on conflict (claim_id, line_number) do nothing""")
                    .param("id", claimId).param("n", line.lineNumber()).param("date", line.careDate())
                    .param("category", line.careCategory()).param("act", line.actCode())
                    .param("billed", line.billedCents())
                    .param("amo", line.amoCents(), java.sql.Types.BIGINT)
                    .param("mutuelle", line.complementaryCents(), java.sql.Types.BIGINT)
                    .param("patient", line.patientShareCents(), java.sql.Types.BIGINT)
                    .param("reasons", String.join(",", line.reasons()))
                    .param("rejection", line.rejectionCode(), java.sql.Types.VARCHAR)
                    .update();
        }
        jdbc.sql("""
                        update claim_timeline set lines_at = :at, billed_cents = :billed, amo_cents = :amo,
                               complementary_cents = :mutuelle, patient_share_cents = :patient, updated_at = :now
                        where claim_id = :id""")
                .param("id", claimId).param("at", ts(at))
                .param("billed", cents(totals.billed()), java.sql.Types.BIGINT)
                .param("amo", cents(totals.amo()), java.sql.Types.BIGINT)
                .param("mutuelle", cents(totals.mutuelle()), java.sql.Types.BIGINT)
                .param("patient", cents(totals.patientShare()), java.sql.Types.BIGINT)
                .param("now", now())
                .update();
    }

    void adjudicated(UUID claimId, Money reimbursed, String payeeKind, boolean reversal, LocalDate expectedPaymentDate) {
        jdbc.sql("""
                        update claim_timeline set reimbursed_cents = :reimbursed, payee_kind = :payee, reversal = :reversal,
                               expected_payment_date = :expected, updated_at = :now
                        where claim_id = :id""")
                .param("id", claimId).param("reimbursed", reimbursed.cents())
                .param("payee", payeeKind, java.sql.Types.VARCHAR).param("reversal", reversal)
                .param("expected", expectedPaymentDate).param("now", now())
                .update();
    }

    void rejected(UUID claimId, List<String> codes) {
        jdbc.sql("update claim_timeline set rejection_codes = :codes, updated_at = :now where claim_id = :id")
                .param("id", claimId).param("codes", String.join(",", codes)).param("now", now())
                .update();
    }

    /** A reopened claim is no longer rejected. */
    void clearRejection(UUID claimId) {
        jdbc.sql("update claim_timeline set rejection_codes = null, updated_at = :now where claim_id = :id")
                .param("id", claimId).param("now", now())
                .update();
    }

    /** The bank accepted the transfer; its amount is the reimbursement when the adjudication has not reached us yet. */
    void paid(UUID claimId, Money amount, LocalDate paidOn, String maskedIban) {
        jdbc.sql("""
                        update claim_timeline set paid_cents = :amount, paid_on = :paidOn, masked_iban = :iban,
                               reimbursed_cents = coalesce(reimbursed_cents, :amount),
                               payment_failure_code = null, updated_at = :now
                        where claim_id = :id""")
                .param("id", claimId).param("amount", amount.cents()).param("paidOn", paidOn, java.sql.Types.DATE)
                .param("iban", maskedIban, java.sql.Types.VARCHAR).param("now", now())
                .update();
    }

    void paymentFailed(UUID claimId, String bankCode, Money amount) {
        jdbc.sql("""
                        update claim_timeline set payment_failure_code = :code,
                               reimbursed_cents = coalesce(reimbursed_cents, :amount), updated_at = :now
                        where claim_id = :id""")
                .param("id", claimId).param("code", bankCode).param("amount", cents(amount), java.sql.Types.BIGINT)
                .param("now", now())
                .update();
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
