package fr.prestaflow.identity.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their recovery codes. Counters and one-time uses are single SQL statements, safe between replicas. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, username, email, password_hash, contract_number, roles, totp_secret, pending_totp_secret,
            last_totp_step, failed_attempts, locked_until, demo""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By username or e-mail, case-insensitively. */
    public Optional<Account> findByLogin(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("select " + COLUMNS + " from account where username = :key or email = :key order by username = :key desc limit 1")
                .param("key", key).query(AccountRepository::map).optional();
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id).query(AccountRepository::map).optional();
    }

    /** Creates the account or updates its password, contact and roles; lockout state and enrolment are kept. */
    public UUID upsert(String username, String email, String passwordHash, String contractNumber, String roles, boolean demo) {
        return jdbc.sql("""
                        insert into account (id, username, email, password_hash, contract_number, roles, demo)
                        values (:id, :username, :email, :hash, :contract, :roles, :demo)
                        on conflict (username) do update set email = excluded.email, password_hash = excluded.password_hash,
                            contract_number = excluded.contract_number, roles = excluded.roles, demo = excluded.demo,
                            updated_at = now()
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("username", username.toLowerCase(Locale.ROOT))
                .param("email", email == null ? null : email.toLowerCase(Locale.ROOT))
                .param("hash", passwordHash)
                .param("contract", contractNumber)
                .param("roles", roles)
                .param("demo", demo)
                .query(UUID.class).single();
    }

    /**
     * Counts a failed login; the one that reaches {@code maxFailures} locks the account until {@code lockUntil} and
     * starts the count afresh. Returns true when this failure locked the account.
     */
    public boolean recordFailure(UUID id, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                        update account set
                            locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                            failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                            updated_at = now()
                        where id = :id
                        returning failed_attempts""")
                .param("id", id).param("max", maxFailures).param("until", utc(lockUntil))
                .query(Integer.class).optional().map(count -> count == 0).orElse(false);
    }

    public void recordSuccess(UUID id) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, updated_at = now() where id = :id")
                .param("id", id).update();
    }

    /** Marks a TOTP step used; false when this step (or a later one) was used already: a replayed code. */
    public boolean useTotpStep(UUID id, long step) {
        return jdbc.sql("update account set last_totp_step = :step where id = :id and (last_totp_step is null or last_totp_step < :step)")
                .param("id", id).param("step", step).update() == 1;
    }

    /** Enrols the account directly (seeded demo accounts), dropping any pending enrolment. */
    public void setTotpSecret(UUID id, String sealedSecret) {
        jdbc.sql("update account set totp_secret = :secret, pending_totp_secret = null, updated_at = now() where id = :id")
                .param("id", id).param("secret", sealedSecret).update();
    }

    /** Starts an enrolment: a new secret and ten codes wait for the confirmation; earlier pending ones are dropped. */
    public void startEnrolment(UUID id, String sealedSecret, List<String> codeHashes) {
        jdbc.sql("update account set pending_totp_secret = :secret, updated_at = now() where id = :id")
                .param("id", id).param("secret", sealedSecret).update();
        jdbc.sql("delete from recovery_code where account_id = :id and pending").param("id", id).update();
        for (String hash : codeHashes) {
            jdbc.sql("insert into recovery_code (id, account_id, code_hash, pending) values (:code, :id, :hash, true)")
                    .param("code", UUID.randomUUID()).param("id", id).param("hash", hash).update();
        }
    }

    /** The pending secret and codes replace the active ones. */
    public void confirmEnrolment(UUID id, long usedStep) {
        jdbc.sql("""
                        update account set totp_secret = pending_totp_secret, pending_totp_secret = null,
                            last_totp_step = :step, updated_at = now()
                        where id = :id and pending_totp_secret is not null""")
                .param("id", id).param("step", usedStep).update();
        jdbc.sql("delete from recovery_code where account_id = :id and not pending").param("id", id).update();
        jdbc.sql("update recovery_code set pending = false where account_id = :id").param("id", id).update();
    }

    public List<RecoveryCode> unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("select id, code_hash from recovery_code where account_id = :id and not pending and used_at is null")
                .param("id", accountId)
                .query((rs, n) -> new RecoveryCode(rs.getObject("id", UUID.class), rs.getString("code_hash")))
                .list();
    }

    /** False when another request used this code first. */
    public boolean useRecoveryCode(UUID codeId, Instant now) {
        return jdbc.sql("update recovery_code set used_at = :now where id = :id and used_at is null")
                .param("id", codeId).param("now", utc(now)).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public record RecoveryCode(UUID id, String hash) {
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long step = rs.getLong("last_totp_step");
        OptionalLong lastStep = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                Optional.ofNullable(rs.getString("email")),
                rs.getString("password_hash"),
                Optional.ofNullable(rs.getString("contract_number")),
                Arrays.stream(rs.getString("roles").split(",")).map(String::strip).filter(r -> !r.isEmpty())
                        .map(Role::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(rs.getString("totp_secret")),
                Optional.ofNullable(rs.getString("pending_totp_secret")),
                lastStep,
                rs.getInt("failed_attempts"),
                Optional.ofNullable(locked).map(Timestamp::toInstant),
                rs.getBoolean("demo"));
    }
}
