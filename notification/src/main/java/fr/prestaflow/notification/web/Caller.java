package fr.prestaflow.notification.web;

import java.util.Optional;

/**
 * Who is calling, as the gateway says: a member (header {@code X-Member-Contract}, their contract number) or an ops agent
 * ({@code X-Role: OPS}). A member only ever sees their own contract; ops may name any contract.
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

    /** The contract whose data this call reads: the member's own, or the one ops asked for. */
    public String contract(String requestedByOps) {
        return memberContract.orElseGet(() -> {
            if (requestedByOps == null || requestedByOps.isBlank()) {
                throw ErrorCode.CONTRACT_REQUIRED.exception("Ops calls name the contract with the 'contract' parameter");
            }
            return requestedByOps;
        });
    }

    /** The contract a listing is limited to: the member's own, the one ops asked for, or none (ops, every contract). */
    public Optional<String> scope(String requestedByOps) {
        return memberContract.or(() -> Optional.ofNullable(requestedByOps).filter(s -> !s.isBlank()));
    }

    /** Whether this caller may see data of the given contract. */
    public boolean mayRead(String contractNumber) {
        return memberContract.map(own -> own.equals(contractNumber)).orElse(ops);
    }
}
