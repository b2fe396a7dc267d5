package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.coverage.ContractDocument.ExemptionPeriod;
import fr.prestaflow.adjudication.coverage.ContractDocument.Insured;
import fr.prestaflow.adjudication.coverage.ContractDocument.Member;
import fr.prestaflow.adjudication.rules.ContractDates;
import fr.prestaflow.adjudication.rules.Exemption;
import fr.prestaflow.adjudication.rules.ExemptionType;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contracts, their beneficiaries and exemptions in the {@code adjudication} schema. A beneficiary's NIR is stored
 * encrypted ({@code nir_encrypted}) and found by its blind index ({@code nir_index}), never in clear (docs/security.md).
 */
@Repository
class ContractRepository {

    private static final String BENEFICIARY_COLUMNS = """
            select b.id, b.rank, b.nir_encrypted, b.birth_date, c.contract_number, c.plan_id, c.start_date, c.end_date,
                   c.membership_start_date
            from beneficiary b join contract c on c.contract_number = b.contract_number""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    ContractRepository(JdbcClient jdbc, FieldCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /** Inserts or updates the contract row, locking it; true when it was created. */
    boolean upsert(String number, ContractDocument contract) {
        return jdbc.sql("""
                        insert into contract (contract_number, plan_id, start_date, end_date, membership_start_date,
                                              member_name, member_email, member_phone)
                        values (:number, :plan, :start, :end, :membership, :name, :email, :phone)
                        on conflict (contract_number) do update set plan_id = excluded.plan_id,
                            start_date = excluded.start_date, end_date = excluded.end_date,
                            membership_start_date = excluded.membership_start_date, member_name = excluded.member_name,
                            member_email = excluded.member_email, member_phone = excluded.member_phone,
                            updated_at = now()
                        returning (xmax = 0) as created""")
                .param("number", number)
                .param("plan", contract.planId())
                .param("start", contract.startDate())
                .param("end", contract.endDate())
                .param("membership", contract.membershipStartDate())
                .param("name", contract.member().name())
                .param("email", contract.member().email())
                .param("phone", contract.member().phone())
                .query(Boolean.class)
                .single();
    }

    /**
     * Makes the contract's beneficiaries exactly {@code beneficiaries}. A beneficiary is the same person when the NIR
     * is the same: their row, and so their consumption, is kept; one left out is deactivated, never deleted.
     */
    void replaceBeneficiaries(String number, List<Insured> beneficiaries) {
        // deactivating first lets two beneficiaries swap ranks without tripping the unique index on active ranks
        jdbc.sql("update beneficiary set active = false where contract_number = :number and active")
                .param("number", number).update();
        for (Insured insured : beneficiaries) {
            long id = jdbc.sql("""
                            insert into beneficiary (contract_number, rank, nir_encrypted, nir_index, birth_date,
                                                     first_name, active)
                            values (:number, :rank, :nir, :nirIndex, :birthDate, :firstName, true)
                            on conflict (contract_number, nir_index) do update set rank = excluded.rank,
                                birth_date = excluded.birth_date, first_name = excluded.first_name, active = true
                            returning id""")
                    .param("number", number)
                    .param("rank", insured.rank())
                    .param("nir", cipher.encrypt(insured.nir()))
                    .param("nirIndex", blindIndex.of(insured.nir()))
                    .param("birthDate", insured.birthDate())
                    .param("firstName", insured.firstName())
                    .query(Long.class)
                    .single();
            jdbc.sql("delete from beneficiary_exemption where beneficiary_id = :id").param("id", id).update();
            for (ExemptionPeriod exemption : insured.exemptions()) {
                jdbc.sql("""
                                insert into beneficiary_exemption (beneficiary_id, type, from_date, to_date)
                                values (:id, :type, :from, :to)""")
                        .param("id", id)
                        .param("type", exemption.type().name())
                        .param("from", exemption.from())
                        .param("to", exemption.to())
                        .update();
            }
        }
    }

    Optional<ContractDocument> find(String number) {
        return jdbc.sql("select * from contract where contract_number = :number")
                .param("number", number)
                .query((rs, n) -> new ContractDocument(rs.getString("contract_number"), rs.getString("plan_id"),
                        date(rs, "start_date"), date(rs, "end_date"), date(rs, "membership_start_date"),
                        new Member(rs.getString("member_name"), rs.getString("member_email"),
                                rs.getString("member_phone")),
                        activeBeneficiaries(number)))
                .optional();
    }

    boolean exists(String number) {
        return jdbc.sql("select count(*) from contract where contract_number = :number")
                .param("number", number).query(Long.class).single() > 0;
    }

    private List<Insured> activeBeneficiaries(String number) {
        List<Insured> insured = jdbc.sql("""
                        select id, rank, nir_encrypted, birth_date, first_name from beneficiary
                        where contract_number = :number and active order by rank""")
                .param("number", number)
                .query((rs, n) -> new Insured(rs.getInt("rank"), cipher.decrypt(rs.getString("nir_encrypted")),
                        date(rs, "birth_date"), rs.getString("first_name"), exemptionPeriods(rs.getLong("id"))))
                .list();
        return new ArrayList<>(insured);
    }

    private List<ExemptionPeriod> exemptionPeriods(long beneficiaryId) {
        return exemptions(beneficiaryId).stream()
                .map(e -> new ExemptionPeriod(e.type(), e.from().orElse(null), e.to().orElse(null)))
                .toList();
    }

    /** The active beneficiary of the contract with that NIR, or with that rank when {@code nir} is null. */
    Optional<InsuredBeneficiary> findActive(String number, String nir, Integer rank) {
        String criterion = nir != null ? " and b.nir_index = :key" : " and b.rank = :key";
        return jdbc.sql(BENEFICIARY_COLUMNS + " where b.contract_number = :number and b.active" + criterion)
                .param("number", number)
                .param("key", nir != null ? blindIndex.of(nir) : rank)
                .query(this::beneficiary)
                .optional();
    }

    /** Locks the beneficiary rows in id order (so two transactions never wait on each other crosswise). */
    void lock(List<Long> beneficiaryIds) {
        if (beneficiaryIds.isEmpty()) {
            return;
        }
        // rows are locked as the sorted scan returns them: in id order, whatever the list's order
        jdbc.sql("select id from beneficiary where id = any(:ids) order by id for update")
                .param("ids", beneficiaryIds.stream().distinct().toArray(Long[]::new))
                .query(Long.class).list();
    }

    List<Long> beneficiaryIdsOf(Collection<String> contractNumbers) {
        return jdbc.sql("select id from beneficiary where contract_number = any(:numbers)")
                .param("numbers", contractNumbers.stream().distinct().toArray(String[]::new))
                .query(Long.class).list();
    }

    /** Which of these contracts exist. */
    List<String> existing(Collection<String> contractNumbers) {
        return jdbc.sql("select contract_number from contract where contract_number = any(:numbers)")
                .param("numbers", contractNumbers.stream().distinct().toArray(String[]::new))
                .query(String.class).list();
    }

    /** The active beneficiaries of these contracts with their exemptions, in two queries whatever their number. */
    List<InsuredBeneficiary> activeOf(Collection<String> contractNumbers) {
        String[] numbers = contractNumbers.stream().distinct().toArray(String[]::new);
        Map<Long, List<Exemption>> exemptions = new HashMap<>();
        jdbc.sql("""
                        select e.beneficiary_id, e.type, e.from_date, e.to_date from beneficiary_exemption e
                        join beneficiary b on b.id = e.beneficiary_id where b.contract_number = any(:numbers) and b.active""")
                .param("numbers", numbers)
                .query(rs -> {
                    exemptions.computeIfAbsent(rs.getLong("beneficiary_id"), id -> new ArrayList<>())
                            .add(Exemption.of(ExemptionType.valueOf(rs.getString("type")), date(rs, "from_date"),
                                    date(rs, "to_date")));
                });
        return jdbc.sql(BENEFICIARY_COLUMNS + " where b.contract_number = any(:numbers) and b.active")
                .param("numbers", numbers)
                .query((rs, n) -> beneficiary(rs, exemptions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<InsuredBeneficiary> findById(long id) {
        return jdbc.sql(BENEFICIARY_COLUMNS + " where b.id = :id").param("id", id).query(this::beneficiary).optional();
    }

    private InsuredBeneficiary beneficiary(ResultSet rs, int n) throws SQLException {
        return beneficiary(rs, exemptions(rs.getLong("id")));
    }

    private InsuredBeneficiary beneficiary(ResultSet rs, List<Exemption> exemptions) throws SQLException {
        long id = rs.getLong("id");
        var dates = new ContractDates(date(rs, "start_date"), Optional.ofNullable(date(rs, "end_date")),
                Optional.ofNullable(date(rs, "membership_start_date")));
        return new InsuredBeneficiary(id, rs.getString("contract_number"), rs.getString("plan_id"), dates,
                rs.getInt("rank"), cipher.decrypt(rs.getString("nir_encrypted")), date(rs, "birth_date"), exemptions);
    }

    private List<Exemption> exemptions(long beneficiaryId) {
        return jdbc.sql("select type, from_date, to_date from beneficiary_exemption where beneficiary_id = :id")
                .param("id", beneficiaryId)
                .query((rs, n) -> Exemption.of(ExemptionType.valueOf(rs.getString("type")), date(rs, "from_date"),
                        date(rs, "to_date")))
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
