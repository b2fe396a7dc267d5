package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    private final NamedParameterJdbcTemplate batches;

    ConsumptionStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The beneficiary's history as the engine reads it (§2), reversed lines left out. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<HistoryLine> historyOf(long beneficiaryId) {
        return jdbc.sql("""
                        select care_category, care_date, complementary_paid_cents, side, units, basket from consumption
                        where beneficiary_id = :id and reversed_by is null order by care_date, id""")
                .param("id", beneficiaryId)
                .query((rs, n) -> new HistoryLine(CareCategory.valueOf(rs.getString("care_category")),
                        rs.getObject("care_date", LocalDate.class), rs.getLong("complementary_paid_cents"),
                        Side.valueOf(rs.getString("side")), rs.getInt("units"), Basket.valueOf(rs.getString("basket"))))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long beneficiaryId, UUID claimId, List<Consumption> consumption) {
        batches.batchUpdate("""
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
                        .addValue("paid", line.complementaryPaidCents())).toArray(SqlParameterSource[]::new));
    }

    /** A corrected claim gives back everything it consumed before it is adjudicated again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOfClaim(UUID claimId) {
        return jdbc.sql("delete from consumption where claim_id = :claim").param("claim", claimId).update();
    }

    /** A reversed line no longer counts against ceilings, renewals or unit limits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void neutralise(UUID claimId, int lineNumber, UUID reversedBy) {
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
        jdbc.sql("update consumption set reversed_by = null where reversed_by = :reversal")
                .param("reversal", reversedBy).update();
    }
}
