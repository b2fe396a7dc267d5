package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumption counters of REIMBURSEMENT_RULES.md §16: what accepted lines of adjudicated claims consumed, per
 * beneficiary. Writers hold the beneficiary's lock ({@link Contracts#lock}).
 */
@Repository
public class ConsumptionStore {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    ConsumptionStore(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** The beneficiary's history as the engine reads it (§2), reversed lines left out. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<HistoryLine> historyOf(long beneficiaryId) {
        return historiesOf(List.of(beneficiaryId)).get(beneficiaryId);
    }

    /** {@link #historyOf} for several beneficiaries in one query. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, List<HistoryLine>> historiesOf(Collection<Long> beneficiaryIds) {
        inserts.flush();
        Map<Long, List<HistoryLine>> histories = new HashMap<>();
        beneficiaryIds.forEach(id -> histories.put(id, new ArrayList<>()));
        jdbc.sql("""
                        select beneficiary_id, care_category, care_date, complementary_paid_cents, side, units, basket
                        from consumption where beneficiary_id = any(:ids) and reversed_by is null
                        order by beneficiary_id, care_date, id""")
                .param("ids", beneficiaryIds.toArray(Long[]::new))
                .query(rs -> {
                    histories.get(rs.getLong("beneficiary_id")).add(historyLine(rs));
                });
        return histories;
    }

    private static HistoryLine historyLine(ResultSet rs) throws SQLException {
        return new HistoryLine(CareCategory.valueOf(rs.getString("care_category")),
                rs.getObject("care_date", LocalDate.class), rs.getLong("complementary_paid_cents"),
                Side.valueOf(rs.getString("side")), rs.getInt("units"), Basket.valueOf(rs.getString("basket")));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long beneficiaryId, UUID claimId, List<Consumption> consumption) {
        inserts.insert("""
                        insert into consumption (beneficiary_id, claim_id, line_number, care_category, care_date, side,
                                                 basket, units, complementary_paid_cents)
                        values (:beneficiary, :claim, :line, :category, :date, :side, :basket, :units, :paid)""",
                consumption.stream().map(line -> new MapSqlParameterSource()
                        .addValue("beneficiary", beneficiaryId)
                        .addValue("claim", claimId)
                        .addValue("line", line.lineNumber())
                        .addValue("category", line.careCategory().name())
                        .addValue("date", line.careDate())
                        .addValue("side", line.side().name())
                        .addValue("basket", line.basket().name())
                        .addValue("units", line.units())
                        .addValue("paid", line.complementaryPaidCents())).toList());
    }

    /** A corrected claim gives back everything it consumed before it is adjudicated again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOfClaim(UUID claimId) {
        inserts.flush();
        return jdbc.sql("delete from consumption where claim_id = :claim").param("claim", claimId).update();
    }

    /** A reversed line no longer counts against ceilings, renewals or unit limits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void neutralise(UUID claimId, int lineNumber, UUID reversedBy) {
        inserts.flush();
        jdbc.sql("""
                        update consumption set reversed_by = :reversal
                        where claim_id = :claim and line_number = :line and reversed_by is null""")
                .param("reversal", reversedBy)
                .param("claim", claimId)
                .param("line", lineNumber)
                .update();
    }

    /** Undoes {@link #neutralise} for every line a reversal claim had reversed (the reversal itself is corrected). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(UUID reversedBy) {
        inserts.flush();
        jdbc.sql("update consumption set reversed_by = null where reversed_by = :reversal")
                .param("reversal", reversedBy).update();
    }
}
