package fr.prestaflow.adjudication.web;

import java.util.Optional;

/**
 * Who is calling, as the gateway says: a member (header {@code X-Member-Contract}, their contract number), an ops
 * agent ({@code X-Role: OPS}), or neither. The gateway strips forged identity headers, so they are trusted here.
 */
public record Caller(Optional<String> memberContract, boolean ops) {

    public static final String MEMBER_CONTRACT_HEADER = "X-Member-Contract";
    public static final String ROLE_HEADER = "X-Role";

    public static Caller member(String contractNumber) {
        return new Caller(Optional.of(contractNumber), false);
    }

    public static Caller opsAgent() {
        return new Caller(Optional.empty(), true);
    }

    public static Caller anonymous() {
        return new Caller(Optional.empty(), false);
    }

    public void requireOps() {
        if (!ops) {
            throw ErrorCode.FORBIDDEN.exception("This operation is for operations agents (X-Role: OPS)");
        }
    }

    /** A member or an ops agent; an anonymous call is refused before anything is looked up. */
    public void requireIdentified() {
        if (!ops && memberContract.isEmpty()) {
            throw ErrorCode.FORBIDDEN.exception("The request carries no member or ops identity");
        }
    }

    /** Ops may read any contract's data; a member only their own. */
    public boolean mayRead(String contractNumber) {
        return memberContract.map(own -> own.equals(contractNumber)).orElse(ops);
    }
}
