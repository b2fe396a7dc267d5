package fr.prestaflow.adjudication.coverage;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumption counters of REIMBURSEMENT_RULES.md §16: what accepted lines of adjudicated claims consumed, per
 * beneficiary. Each such line records it ({@code consumed_units}, set by the claims feature as it stores the line), so
 * a correction, which deletes its lines, and a reversal, which marks them reversed, change the history with them.
 * Readers that spend it hold the beneficiary's lock ({@link Contracts#lock}).
 */
@Repository
public class ConsumptionHistory {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    ConsumptionHistory(JdbcClient jdbc, DeferredInserts inserts) {
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
                        select beneficiary_id, care_category, care_date, complementary_paid_cents, side, consumed_units,
                               basket
                        from adjudication_line
                        where beneficiary_id = any(:ids) and consumed_units is not null and reversed_by is null
                        order by beneficiary_id, care_date, claim_id, line_number""")
                .param("ids", beneficiaryIds.toArray(Long[]::new))
                .query(rs -> {
                    histories.get(rs.getLong("beneficiary_id")).add(historyLine(rs));
                });
        return histories;
    }

    private static HistoryLine historyLine(ResultSet rs) throws SQLException {
        String side = rs.getString("side");
        return new HistoryLine(CareCategory.valueOf(rs.getString("care_category")),
                rs.getObject("care_date", LocalDate.class), rs.getLong("complementary_paid_cents"),
                side == null ? Side.BOTH : Side.valueOf(side), rs.getInt("consumed_units"),
                Basket.valueOf(rs.getString("basket")));
    }
}
