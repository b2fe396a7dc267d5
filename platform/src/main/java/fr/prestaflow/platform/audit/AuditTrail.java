package fr.prestaflow.platform.audit;

import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.trace.TraceContext;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records staff access to members' data (who, what, when, why) in {@code audit_event}. Members reading their own data
 * are not recorded: only callers with a staff role (OPS, SUPERVISOR, INTEGRATOR). Call it once the access succeeded:
 * a refused or absent resource revealed nothing.
 */
public class AuditTrail {

    static final String SUCCEEDED = "SUCCEEDED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Writes one entry in the caller's transaction when there is a writable one, so that a change and its entry commit
     * or roll back together; in a transaction of its own otherwise (plain reads, read-only transactions).
     *
     * @param resourceId     the resource's id, or a description of the query for a listing
     * @param contractNumber the member concerned, when the access is about one member
     * @param defaultReason  the endpoint's usual purpose, used when the caller sent no {@code X-Access-Reason}
     */
    public void record(Caller caller, AuditAction action, String resourceType, Object resourceId, String contractNumber,
                       AccessReason defaultReason) {
        recordAll(caller, action, resourceType, resourceId, Collections.singletonList(contractNumber), defaultReason);
    }

    /**
     * For a listing that showed several members' data: one entry per member, so that a supervisor asking about one
     * contract finds it; a single entry without contract when the listing showed nobody.
     */
    public void recordAll(Caller caller, AuditAction action, String resourceType, Object resourceId,
                          Collection<String> contractNumbers, AccessReason defaultReason) {
        if (!caller.isStaff()) {
            return;
        }
        Set<String> members = new LinkedHashSet<>(contractNumbers);
        if (members.isEmpty()) {
            members.add(null);
        }
        AccessReason reason = caller.accessReason().orElse(defaultReason);
        Runnable insert = () -> members.forEach(contract ->
                insert(caller, action, resourceType, resourceId, contract, reason));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert.run();
        } else {
            ownTransaction.executeWithoutResult(status -> insert.run());
        }
    }

    private void insert(Caller caller, AuditAction action, String resourceType, Object resourceId, String contractNumber,
                        AccessReason reason) {
        String traceId = MDC.get(TraceContext.MDC_TRACE_ID);
        jdbc.sql("""
                        insert into audit_event (id, occurred_at, agent, roles, action, resource_type, resource_id,
                                                 contract_number, reason, request_id, trace_id, outcome)
                        values (:id, :at, :agent, :roles, :action, :type, :resource, :contract, :reason, :request, :trace,
                                :outcome)""")
                .param("id", TimeOrderedIds.next())
                .param("at", Timestamp.from(clock.instant()))
                .param("agent", caller.agent().orElse(null))
                .param("roles", caller.roles().stream().sorted().collect(Collectors.joining(",")))
                .param("action", action.name())
                .param("type", resourceType)
                .param("resource", Objects.toString(resourceId, null))
                .param("contract", contractNumber)
                .param("reason", reason.name())
                .param("request", MDC.get("requestId"))
                .param("trace", traceId)
                .param("outcome", SUCCEEDED)
                .update();
    }
}
