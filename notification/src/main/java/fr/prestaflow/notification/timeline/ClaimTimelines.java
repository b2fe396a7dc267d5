package fr.prestaflow.notification.timeline;

import static fr.prestaflow.notification.timeline.TimelineColumn.AMO_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_BIRTH_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_NIR_ENCRYPTED;
import static fr.prestaflow.notification.timeline.TimelineColumn.BENEFICIARY_RANK;
import static fr.prestaflow.notification.timeline.TimelineColumn.BILLED_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.CARE_TYPES;
import static fr.prestaflow.notification.timeline.TimelineColumn.CHANNEL;
import static fr.prestaflow.notification.timeline.TimelineColumn.COMPLEMENTARY_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.CONTRACT_NUMBER;
import static fr.prestaflow.notification.timeline.TimelineColumn.EXPECTED_PAYMENT_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.FIRST_CARE_DATE;
import static fr.prestaflow.notification.timeline.TimelineColumn.MASKED_IBAN;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAID_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAID_ON;
import static fr.prestaflow.notification.timeline.TimelineColumn.PATIENT_SHARE_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAYEE_KIND;
import static fr.prestaflow.notification.timeline.TimelineColumn.PAYMENT_FAILURE_CODE;
import static fr.prestaflow.notification.timeline.TimelineColumn.RECEIVED_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.REIMBURSED_CENTS;
import static fr.prestaflow.notification.timeline.TimelineColumn.REJECTION_CODES;
import static fr.prestaflow.notification.timeline.TimelineColumn.REVERSAL;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS_AT;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import fr.prestaflow.notification.timeline.TimelineStore.StepRow;
import fr.prestaflow.notification.wording.CareTypes;
import fr.prestaflow.notification.wording.Explanation;
import fr.prestaflow.notification.wording.FrenchFormat;
import fr.prestaflow.notification.wording.ReasonTexts;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the timeline read model: what the member API, statements and messages show. The beneficiary's NIR is stored
 * encrypted, found by its blind index, and only ever shown masked.
 */
@Service
@Transactional(readOnly = true)
public class ClaimTimelines {

    /** What lists and statements show: all but the lines and steps, which only a claim's detail does. */
    private static final List<TimelineColumn> SUMMARY = List.of(CONTRACT_NUMBER, CHANNEL, BENEFICIARY_NIR_ENCRYPTED,
            BENEFICIARY_BIRTH_DATE, BENEFICIARY_RANK, STATUS, STATUS_AT, RECEIVED_AT, CARE_TYPES, FIRST_CARE_DATE,
            BILLED_CENTS, AMO_CENTS, COMPLEMENTARY_CENTS, PATIENT_SHARE_CENTS, REIMBURSED_CENTS, PAYEE_KIND, REVERSAL,
            EXPECTED_PAYMENT_DATE, PAID_CENTS, PAID_ON, MASKED_IBAN, REJECTION_CODES, PAYMENT_FAILURE_CODE);
    private static final String SUMMARY_COLUMNS = "c.claim_id, "
            + SUMMARY.stream().map(column -> "c." + column.column()).collect(Collectors.joining(", "));
    private static final String DETAIL_COLUMNS = SUMMARY_COLUMNS + ", c.lines, c.steps";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    ClaimTimelines(JdbcClient jdbc, FieldCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    public Optional<ClaimDetail> find(UUID claimId) {
        return Optional.ofNullable(find(List.of(claimId)).get(claimId));
    }

    /** The claims among these that exist, read in one statement whatever their number. */
    public Map<UUID, ClaimDetail> find(Collection<UUID> claimIds) {
        return jdbc.sql("select " + DETAIL_COLUMNS + " from claim_timeline c where c.claim_id = any(:ids)")
                .param("ids", claimIds.stream().distinct().toArray(UUID[]::new)).query(this::detail).list().stream()
                .collect(Collectors.toMap(ClaimDetail::claimId, claim -> claim));
    }

    /** The members (contract numbers) of these claims: who an ops listing across contracts showed. */
    public List<String> contractsOf(List<UUID> claimIds) {
        return jdbc.sql("select distinct contract_number from claim_timeline where claim_id = any(:ids) "
                        + "and contract_number is not null order by contract_number")
                .param("ids", claimIds.toArray(UUID[]::new)).query(String.class).list();
    }

    /** A page of claims matching the filter, newest first. */
    public ClaimPage list(ClaimFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from claim_timeline c where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ClaimSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from claim_timeline c where " + where
                        + " order by c.received_at desc, c.claim_id limit :limit offset :offset")
                .params(params).query(this::summaryRow).list().stream().map(ClaimSummaryRow::summary).toList();
        return new ClaimPage(items, total, page, size);
    }

    /** Every claim of a contract received in [from, to), oldest first, for a statement. */
    public List<ClaimSummary> received(String contract, Instant from, Instant to, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                         from claim_timeline c
                        where c.contract_number = :contract and c.received_at >= :from and c.received_at < :to
                        order by c.received_at, c.claim_id limit :limit""")
                .param("contract", contract).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("limit", limit)
                .query(this::summaryRow).list().stream().map(ClaimSummaryRow::summary).toList();
    }

    /** Claims in review since before the given moment: they get a "we are still on it" message. */
    public List<ClaimDetail> inReviewSince(Instant before, int limit) {
        return jdbc.sql("select " + DETAIL_COLUMNS + """
                         from claim_timeline c
                        where c.in_review_since < :before
                        order by c.in_review_since limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query(this::detail).list();
    }

    private String where(ClaimFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("c.received_at >= :from and c.received_at < :to");
        params.put("from", Timestamp.from(filter.from()));
        params.put("to", Timestamp.from(filter.to()));
        filter.contract().ifPresent(contract -> {
            conditions.add("c.contract_number = :contract");
            params.put("contract", contract);
        });
        filter.careType().ifPresent(careType -> {
            conditions.add(":careType = any(string_to_array(c.care_types, ','))");
            params.put("careType", careType);
        });
        filter.beneficiaryNir().ifPresent(nir -> {
            conditions.add("c.beneficiary_nir_index = :nirIndex");
            params.put("nirIndex", blindIndex.of(nir));
        });
        filter.beneficiaryRank().ifPresent(rank -> {
            conditions.add("c.beneficiary_rank = :rank");
            params.put("rank", rank);
        });
        filter.status().ifPresent(status -> {
            conditions.add("c.status = :status");
            params.put("status", status.name());
        });
        return String.join(" and ", conditions);
    }

    /**
     * The claim as a poll just wrote its row, without reading it back: its columns and steps as they are now in memory;
     * its lines, which the row does not keep once written, are read from the table if someone looks at them (messages
     * do not), as the poll has left them by then.
     */
    ClaimDetail asWritten(ClaimRow row) {
        UUID claimId = row.claimId();
        List<StepRow> steps = row.steps();
        return detail(claimId, row::get, () -> steps, () -> TimelineJson.lines(jdbc.sql(
                "select lines from claim_timeline where claim_id = :id").param("id", claimId)
                .query(String.class).optional().orElse(null)));
    }

    /** A claim with its history, in the order it happened, and its lines. */
    private ClaimDetail detail(ResultSet rs, int n) throws SQLException {
        String steps = rs.getString("steps");
        String lines = rs.getString("lines");
        return detail(rs.getObject("claim_id", UUID.class), columns(rs), () -> TimelineJson.steps(steps),
                () -> TimelineJson.lines(lines));
    }

    private ClaimDetail detail(UUID claimId, Function<TimelineColumn, Object> column, Supplier<List<StepRow>> steps,
                               Supplier<List<LineRow>> lines) {
        ClaimSummaryRow row = summaryRow(claimId, column);
        ClaimSummary s = row.summary();
        List<Step> history = ReadOnFirstUse.of(() -> steps.get().stream()
                .map(step -> new Step(step.status(), step.status().label(), step.at()))
                .sorted(Comparator.comparing(Step::at).thenComparing(step -> step.status().rank()))
                .toList());
        List<Line> claimLines = ReadOnFirstUse.of(() -> lines.get().stream()
                .sorted(Comparator.comparingInt(LineRow::lineNumber))
                .map(ClaimTimelines::line)
                .toList());
        List<Explanation> rejection = s.status() == ClaimStatus.REJECTED
                ? codes(row.rejectionCodes()).stream().distinct().map(ReasonTexts::explain).toList()
                : List.of();
        Explanation paymentFailure = s.status() == ClaimStatus.PAYMENT_FAILED && row.paymentFailureCode() != null
                ? ReasonTexts.paymentFailure(row.paymentFailureCode())
                : null;
        return new ClaimDetail(s.claimId(), s.reference(), s.status(), s.statusLabel(), s.statusAt(), s.receivedAt(),
                s.channel(), row.contractNumber(), s.beneficiary(), s.careTypes(), s.amounts(), s.reimbursed(),
                "PRACTITIONER".equals(row.payeeKind()), row.reversal(), s.expectedPaymentDate(), s.payment(), rejection,
                paymentFailure, history, claimLines);
    }

    private static Line line(LineRow line) {
        String category = line.careCategory();
        return new Line(line.lineNumber(), line.careDate(), category, CareTypes.label(category), line.actCode(),
                Money.ofCents(line.billedCents()), money(line.amoCents()), money(line.complementaryCents()),
                money(line.patientShareCents()), line.reasons().stream().map(ReasonTexts::explain).toList(),
                line.rejectionCode() == null ? null : ReasonTexts.explain(line.rejectionCode()));
    }

    /** A row of claim_timeline with the columns that only the detail shows. */
    private record ClaimSummaryRow(ClaimSummary summary, String contractNumber, String rejectionCodes,
                                   String paymentFailureCode, String payeeKind, boolean reversal) {
    }

    private ClaimSummaryRow summaryRow(ResultSet rs, int n) throws SQLException {
        return summaryRow(rs.getObject("claim_id", UUID.class), columns(rs));
    }

    /** The summary's columns of the current row, as the poll's rows hold them in memory. */
    private static Function<TimelineColumn, Object> columns(ResultSet rs) throws SQLException {
        Map<TimelineColumn, Object> values = new EnumMap<>(TimelineColumn.class);
        for (TimelineColumn column : SUMMARY) {
            values.put(column, column.read(rs));
        }
        return values::get;
    }

    private ClaimSummaryRow summaryRow(UUID claimId, Function<TimelineColumn, Object> column) {
        ClaimStatus status = ClaimStatus.valueOf((String) column.apply(STATUS));
        String channel = (String) column.apply(CHANNEL);
        Integer rank = (Integer) column.apply(BENEFICIARY_RANK);
        String nir = cipher.decryptNullable((String) column.apply(BENEFICIARY_NIR_ENCRYPTED));
        LocalDate birthDate = (LocalDate) column.apply(BENEFICIARY_BIRTH_DATE);
        Beneficiary beneficiary = nir == null && rank == null && birthDate == null ? null
                : new Beneficiary(Beneficiary.mask(nir), rank, birthDate);
        Money paid = money((Long) column.apply(PAID_CENTS));
        Payment payment = paid == null ? null
                : new Payment(paid, (LocalDate) column.apply(PAID_ON), (String) column.apply(MASKED_IBAN));
        ClaimSummary summary = new ClaimSummary(claimId, FrenchFormat.reference(claimId), status, status.label(),
                (Instant) column.apply(STATUS_AT), (Instant) column.apply(RECEIVED_AT),
                channel == null ? null : Channel.valueOf(channel), beneficiary,
                codes((String) column.apply(CARE_TYPES)), (LocalDate) column.apply(FIRST_CARE_DATE),
                new Amounts(money((Long) column.apply(BILLED_CENTS)), money((Long) column.apply(AMO_CENTS)),
                        money((Long) column.apply(COMPLEMENTARY_CENTS)),
                        money((Long) column.apply(PATIENT_SHARE_CENTS))),
                money((Long) column.apply(REIMBURSED_CENTS)), (LocalDate) column.apply(EXPECTED_PAYMENT_DATE), payment);
        return new ClaimSummaryRow(summary, (String) column.apply(CONTRACT_NUMBER),
                (String) column.apply(REJECTION_CODES), (String) column.apply(PAYMENT_FAILURE_CODE),
                (String) column.apply(PAYEE_KIND), Boolean.TRUE.equals(column.apply(REVERSAL)));
    }

    private static Money money(Long cents) {
        return cents == null ? null : Money.ofCents(cents);
    }

    private static List<String> codes(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
