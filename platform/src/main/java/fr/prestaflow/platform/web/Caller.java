package fr.prestaflow.platform.web;

import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Who is calling, as the gateway says after checking the token: a member ({@code X-Member-Contract}, their contract
 * number) or staff and integrators ({@code X-Role}, with {@code X-Agent} naming the agent). A controller method takes a
 * {@code Caller} parameter; a request with neither header is answered 401 {@code UNAUTHENTICATED} before it runs.
 * Staff say why they access a member's data in {@code X-Access-Reason}; the audit trail records it.
 */
public record Caller(Optional<String> memberContract, Set<String> roles, Optional<String> agent,
                     Optional<AccessReason> accessReason) {

    public static final String MEMBER_CONTRACT_HEADER = "X-Member-Contract";
    public static final String ROLE_HEADER = "X-Role";
    public static final String AGENT_HEADER = "X-Agent";
    public static final String OPS = "OPS";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String INTEGRATOR = "INTEGRATOR";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public Caller(Optional<String> memberContract, Set<String> roles, Optional<String> agent) {
        this(memberContract, roles, agent, Optional.empty());
    }

    public static Caller member(String contractNumber) {
        return new Caller(Optional.of(contractNumber), Set.of(), Optional.empty());
    }

    public static Caller staff(String agent, String... roles) {
        return new Caller(Optional.empty(), Set.of(roles), Optional.ofNullable(agent));
    }

    /** Staff act on members' data for the mutuelle: their access is audited, a member's own is not. */
    public boolean isStaff() {
        return roles.contains(OPS) || roles.contains(SUPERVISOR) || roles.contains(INTEGRATOR);
    }

    public boolean isOps() {
        return roles.contains(OPS) || roles.contains(SUPERVISOR);
    }

    /** True when the caller may see data of this contract: its member, or an ops agent. */
    public boolean canSee(String contractNumber) {
        return isOps() || memberContract.filter(contractNumber::equals).isPresent();
    }

    /** The member's own contract; staff have no "me". */
    public String requireMember() {
        return memberContract.orElseThrow(() -> forbidden("This resource belongs to a member"));
    }

    public void requireOps() {
        if (!isOps()) {
            throw forbidden("This resource is for operations agents");
        }
    }

    /** The agent acting for ops: 403 without the role, 400 {@code AGENT_REQUIRED} when the gateway named none. */
    public String requireAgent() {
        requireOps();
        return agent.orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "AGENT_REQUIRED", "Agent required",
                "The request does not say which agent acts (" + AGENT_HEADER + ")"));
    }

    public void requireRole(String role) {
        if (!roles.contains(role) && !(role.equals(OPS) && roles.contains(SUPERVISOR))) {
            throw forbidden("This resource needs the " + role + " role");
        }
    }

    private static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "Forbidden", detail);
    }
}
