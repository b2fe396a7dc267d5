package fr.prestaflow.notification.web;

import fr.prestaflow.platform.web.Caller;
import java.util.Optional;

/**
 * Whose data a call reads: a member only ever their own contract; an ops agent the contract named by the
 * {@code contract} parameter. Other staff (integrators) have no business with members' claims: 403 {@code FORBIDDEN}.
 */
public final class CallerScope {

    private CallerScope() {
    }

    /** The one contract this call is about. */
    public static String contract(Caller caller, String requestedByOps) {
        return scope(caller, requestedByOps).orElseThrow(() -> ErrorCode.CONTRACT_REQUIRED.exception(
                "Ops calls name the contract with the 'contract' parameter"));
    }

    /** The contract a listing is limited to; empty for ops who named none (every contract). */
    public static Optional<String> scope(Caller caller, String requestedByOps) {
        if (caller.memberContract().isPresent()) {
            return caller.memberContract();
        }
        caller.requireOps();
        return Optional.ofNullable(requestedByOps).map(String::strip).filter(s -> !s.isEmpty());
    }
}
