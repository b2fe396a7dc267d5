package fr.prestaflow.notification.preferences;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code member_contact} table: one row per contract, created and replaced by the member. */
@Repository
public class MemberContacts {

    private final JdbcClient jdbc;

    MemberContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MemberContact> find(String contractNumber) {
        return Optional.ofNullable(find(List.of(contractNumber)).get(contractNumber));
    }

    /** The contacts of those of these contracts that have one, in one statement. */
    public Map<String, MemberContact> find(Collection<String> contractNumbers) {
        return jdbc.sql("select * from member_contact where contract_number = any(:contracts)")
                .param("contracts", contractNumbers.stream().distinct().toArray(String[]::new))
                .query(MemberContacts::map).list().stream()
                .collect(Collectors.toMap(MemberContact::contractNumber, contact -> contact));
    }

    /** Creates or replaces the member's contact; true when it was created. */
    boolean save(MemberContact contact) {
        boolean existed = find(contact.contractNumber()).isPresent();
        jdbc.sql("""
                        insert into member_contact (contract_number, email, phone, email_enabled, sms_enabled, opted_out, updated_at)
                        values (:contract, :email, :phone, :emailEnabled, :smsEnabled, :optedOut, :updatedAt)
                        on conflict (contract_number) do update set email = excluded.email, phone = excluded.phone,
                            email_enabled = excluded.email_enabled, sms_enabled = excluded.sms_enabled,
                            opted_out = excluded.opted_out, updated_at = excluded.updated_at""")
                .param("contract", contact.contractNumber())
                .param("email", contact.email().orElse(null), java.sql.Types.VARCHAR)
                .param("phone", contact.phone().orElse(null), java.sql.Types.VARCHAR)
                .param("emailEnabled", contact.channels().contains(ContactChannel.EMAIL))
                .param("smsEnabled", contact.channels().contains(ContactChannel.SMS))
                .param("optedOut", contact.optedOut())
                .param("updatedAt", Timestamp.from(contact.updatedAt()))
                .update();
        return !existed;
    }

    private static MemberContact map(ResultSet rs, int row) throws SQLException {
        EnumSet<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        if (rs.getBoolean("email_enabled")) {
            channels.add(ContactChannel.EMAIL);
        }
        if (rs.getBoolean("sms_enabled")) {
            channels.add(ContactChannel.SMS);
        }
        return new MemberContact(rs.getString("contract_number"), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("phone")), channels, rs.getBoolean("opted_out"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
