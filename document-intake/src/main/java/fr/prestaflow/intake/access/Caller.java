package fr.prestaflow.intake.access;

import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.intake.IntakeProblem;
import java.util.Optional;

/**
 * Who is calling, as the gateway says after checking the token: a member (their contract number in
 * {@code X-Member-Contract}), an ops agent ({@code X-Role: OPS}, agent id in {@code X-Agent}), or nobody. The gateway
 * strips these headers from incoming requests, so a client cannot forge them.
 */
public record Caller(Optional<String> memberContract, boolean ops, Optional<String> agent) {

    public static final String MEMBER_CONTRACT_HEADER = "X-Member-Contract";
    public static final String ROLE_HEADER = "X-Role";
    public static final String AGENT_HEADER = "X-Agent";
    public static final String OPS_ROLE = "OPS";

    public Caller {
        memberContract = memberContract.map(String::strip).filter(value -> !value.isEmpty());
        agent = agent.map(String::strip).filter(value -> !value.isEmpty());
    }

    public static Caller of(String memberContract, String role, String agent) {
        return new Caller(Optional.ofNullable(memberContract), role != null && OPS_ROLE.equalsIgnoreCase(role.strip()),
                Optional.ofNullable(agent));
    }

    /** The member's contract number; 401 when the request carries none. */
    public String requireMember() {
        return memberContract.orElseThrow(() -> new IntakeProblem(ErrorCode.UNAUTHENTICATED,
                "The request carries no member identity (" + MEMBER_CONTRACT_HEADER + ")"));
    }

    /** 403 unless the caller has the operations role. */
    public void requireOps() {
        if (!ops) {
            throw new IntakeProblem(ErrorCode.FORBIDDEN, "This operation is reserved to operations agents");
        }
    }

    /** The agent id of an ops caller; 403 without the role, 400 without the id. */
    public String requireAgent() {
        requireOps();
        return agent.orElseThrow(() -> new IntakeProblem(ErrorCode.AGENT_REQUIRED,
                "The request does not say which agent acts (" + AGENT_HEADER + ")"));
    }

    /**
     * Whether the caller may see what belongs to the given member: the member themselves, or ops. 401 when the caller
     * is nobody at all.
     */
    public boolean maySee(String ownerContract) {
        if (ops) {
            return true;
        }
        return requireMember().equals(ownerContract);
    }
}
