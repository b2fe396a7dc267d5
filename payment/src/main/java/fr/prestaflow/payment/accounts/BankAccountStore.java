package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.events.v1.Payee;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BankAccountStore {

    private static final String COLUMNS = """
            id, payee_kind, payee_reference, version, iban_encrypted, key_id, masked_iban, bic, holder_name,
            effective_from, invalidated_at, invalid_reason""";

    private final JdbcClient jdbc;

    BankAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, Payee payee, int version, IbanCipher.Sealed iban, String maskedIban, String bic, String holderName,
               Instant effectiveFrom, Instant invalidatedAt, String invalidReason) {

        boolean valid() {
            return invalidatedAt == null;
        }
    }

    /** Serialises, for one payee, account registration and order creation, so no order misses a new account. */
    void lock(Payee payee) {
        lockAll(List.of(payee));
    }

    /** The same locks as {@link #lock}, taken in the order of their keys. */
    void lockAll(Collection<Payee> payees) {
        if (payees.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select pg_advisory_xact_lock(k) from (
                            select distinct hashtextextended(key, 0) as k from unnest(:keys) as key order by k) as sorted""")
                .param("keys", payees.stream().map(BankAccountStore::lockKey).toArray(String[]::new))
                .query((rs, n) -> 1).list();
    }

    private static String lockKey(Payee payee) {
        return "bank_account:" + payee.kind() + ":" + payee.reference();
    }

    /** The latest version already in force at {@code now}. */
    Optional<Row> inForce(Payee payee, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from bank_account
                        where payee_kind = :kind and payee_reference = :reference and effective_from <= :now
                        order by version desc limit 1""")
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .param("now", Timestamp.from(now))
                .query(BankAccountStore::row).optional();
    }

    /** {@link #inForce} for several payees in one query; a payee with no version in force is absent. */
    Map<Payee, Row> inForce(Collection<Payee> payees, Instant now) {
        Map<Payee, Row> found = new HashMap<>();
        if (payees.isEmpty()) {
            return found;
        }
        jdbc.sql("select distinct on (payee_kind, payee_reference) " + COLUMNS + """
                         from bank_account
                        where (payee_kind, payee_reference) in
                              (select * from unnest(cast(:kinds as varchar[]), cast(:references as varchar[])))
                          and effective_from <= :now
                        order by payee_kind, payee_reference, version desc""")
                .param("kinds", payees.stream().map(payee -> payee.kind().name()).toArray(String[]::new))
                .param("references", payees.stream().map(Payee::reference).toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .query(BankAccountStore::row)
                .list()
                .forEach(row -> found.put(row.payee(), row));
        return found;
    }

    int lastVersion(Payee payee) {
        return jdbc.sql("select coalesce(max(version), 0) from bank_account where payee_kind = :kind and payee_reference = :reference")
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query(Integer.class).single();
    }

    /** The accounts of {@code ids} that exist, by id. */
    Map<UUID, Row> find(Collection<UUID> ids) {
        Map<UUID, Row> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from bank_account where id in (select unnest(cast(:ids as uuid[])))")
                .param("ids", ids.toArray(UUID[]::new))
                .query(BankAccountStore::row)
                .list()
                .forEach(row -> found.put(row.id(), row));
        return found;
    }

    void insert(Row row) {
        jdbc.sql("""
                        insert into bank_account (id, payee_kind, payee_reference, version, iban_encrypted, key_id, masked_iban,
                                                  bic, holder_name, effective_from)
                        values (:id, :kind, :reference, :version, :iban, :keyId, :masked, :bic, :holder, :from)""")
                .param("id", row.id())
                .param("kind", row.payee().kind().name())
                .param("reference", row.payee().reference())
                .param("version", row.version())
                .param("iban", row.iban().bytes())
                .param("keyId", row.iban().keyId())
                .param("masked", row.maskedIban())
                .param("bic", row.bic())
                .param("holder", row.holderName())
                .param("from", Timestamp.from(row.effectiveFrom()))
                .update();
    }

    boolean invalidate(UUID id, String reason, Instant at) {
        return jdbc.sql("update bank_account set invalidated_at = :at, invalid_reason = :reason where id = :id and invalidated_at is null")
                .param("id", id)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp invalidatedAt = rs.getTimestamp("invalidated_at");
        return new Row(id,
                new Payee(Payee.Kind.valueOf(rs.getString("payee_kind")), rs.getString("payee_reference")),
                rs.getInt("version"),
                new IbanCipher.Sealed(rs.getString("key_id"), rs.getBytes("iban_encrypted")),
                rs.getString("masked_iban"),
                rs.getString("bic"),
                rs.getString("holder_name"),
                rs.getTimestamp("effective_from").toInstant(),
                invalidatedAt == null ? null : invalidatedAt.toInstant(),
                rs.getString("invalid_reason"));
    }
}
