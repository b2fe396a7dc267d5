package fr.prestaflow.payment.privacy;

import fr.prestaflow.payment.accounts.BankAccounts;
import fr.prestaflow.platform.privacy.ErasureReport.Action;
import fr.prestaflow.platform.privacy.ErasureReport.Erased;
import fr.prestaflow.platform.privacy.ErasureReport.Kept;
import fr.prestaflow.platform.privacy.ExportRows;
import fr.prestaflow.platform.privacy.PersonalData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's bank accounts, payment orders, the batches that carried them and what they owe after a reversal. The
 * member's own export holds their full IBANs; an ops export only masked ones. Erasure deletes the accounts no order
 * refers to; the others keep their sealed IBAN for the accounting retention, with the holder pseudonymised and the
 * account invalidated, so no new order is paid to it.
 */
@Component
class PaymentPersonalData implements PersonalData {

    static final String ACCOUNTING = "Accounting records: 10 years (Code de commerce L123-22) after the last payment; "
            + "product default, to be confirmed by the mutuelle's DPO";
    static final String ERASED_HOLDER = "ERASED";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Orders of the contract's claims (paid to the member or to a practitioner) and orders paid to the member. */
    private static final String OWN_ORDERS =
            "(o.contract_number = :contract or (o.payee_kind = 'MEMBER' and o.payee_reference = :contract))";

    private final JdbcClient jdbc;
    private final ExportRows rows;
    private final BankAccounts accounts;
    private final Clock clock;

    PaymentPersonalData(JdbcClient jdbc, ExportRows rows, BankAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true) // opening an IBAN is allowed in a transaction only
    public Map<String, Object> export(String contract, boolean forMember) {
        Map<String, String> params = Map.of("contract", contract);
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> bankAccounts = rows.list("""
                select id, version, masked_iban, bic, holder_name, effective_from, invalidated_at, invalid_reason
                from bank_account where payee_kind = 'MEMBER' and payee_reference = :contract order by version""", params);
        data.put("bankAccounts", forMember ? bankAccounts.stream().map(this::withIban).toList() : bankAccounts);
        data.put("paymentOrders", rows.list("""
                select o.id, o.claim_id, o.payee_kind, o.attempt, o.end_to_end_id, o.adjudicated_amount, o.debt_offset,
                       o.amount, o.status, o.bank_account_id, o.batch_id, o.failure_code, o.failure_reason,
                       o.created_at, o.updated_at
                from payment_order o where %s order by o.created_at, o.attempt""".formatted(OWN_ORDERS), params));
        data.put("paymentBatches", rows.list("""
                select b.id, b.msg_id, b.created_at, b.requested_execution_date, b.submitted_at
                from payment_batch b where b.id in (select o.batch_id from payment_order o where %s)
                order by b.created_at""".formatted(OWN_ORDERS), params));
        data.put("debts", rows.list("""
                select claim_id, amount, outstanding, created_at from member_debt
                where payee_kind = 'MEMBER' and payee_reference = :contract order by created_at""", params));
        return data;
    }

    private Map<String, Object> withIban(Map<String, Object> account) {
        Map<String, Object> out = new LinkedHashMap<>(account);
        out.put("iban", accounts.creditor(UUID.fromString((String) account.get("id"))).iban().value());
        return out;
    }

    @Override
    public List<String> claimsInProgress(String contract) {
        return jdbc.sql("""
                select distinct o.claim_id::text from payment_order o
                where %s and o.status in ('AWAITING_BANK_ACCOUNT', 'READY', 'ISSUED')""".formatted(OWN_ORDERS))
                .param("contract", contract).query(String.class).list();
    }

    @Override
    public Erasure erase(String contract) {
        int deleted = jdbc.sql("""
                delete from bank_account a where a.payee_kind = 'MEMBER' and a.payee_reference = :contract
                and not exists (select 1 from payment_order o where o.bank_account_id = a.id)""")
                .param("contract", contract).update();
        int pseudonymised = jdbc.sql("""
                update bank_account set holder_name = :erased, invalidated_at = coalesce(invalidated_at, :now),
                       invalid_reason = coalesce(invalid_reason, 'erased at the member''s request')
                where payee_kind = 'MEMBER' and payee_reference = :contract and holder_name <> :erased""")
                .param("erased", ERASED_HOLDER).param("now", Timestamp.from(clock.instant())).param("contract", contract)
                .update();
        List<Kept> kept = new ArrayList<>();
        lastPayment(contract).ifPresent(last -> {
            LocalDate until = last.plusYears(10);
            kept.add(new Kept("payment orders", ACCOUNTING, until));
            kept.add(new Kept("SEPA credit transfer files (pain.001) and bank status reports", ACCOUNTING, until));
            if (referencedAccounts(contract) > 0) {
                kept.add(new Kept("bank accounts paid by an order (IBAN sealed; holder pseudonymised, account invalidated)",
                        ACCOUNTING, until));
            }
        });
        return new Erasure(List.of(
                new Erased("bank accounts no payment order refers to", Action.DELETED, deleted),
                new Erased("bank account holder names", Action.PSEUDONYMISED, pseudonymised)), kept);
    }

    private int referencedAccounts(String contract) {
        return jdbc.sql("select count(*) from bank_account where payee_kind = 'MEMBER' and payee_reference = :contract")
                .param("contract", contract).query(Integer.class).single();
    }

    private Optional<LocalDate> lastPayment(String contract) {
        return jdbc.sql("select max(o.updated_at) from payment_order o where " + OWN_ORDERS)
                .param("contract", contract).query(Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(PARIS).toLocalDate());
    }
}
