package fr.prestaflow.contracts.events.v1;

import java.util.Map;
import java.util.Optional;

/** CloudEvents {@code ce_type} of each event: {@code fr.prestaflow.<Name>.v1}. Consumers pick the record type from it. */
public final class EventTypes {

    private static final String PREFIX = "fr.prestaflow.";
    private static final String SUFFIX = ".v1";
    private static final Map<String, Class<? extends ClaimEvent>> BY_TYPE = Map.of(
            typeOf(ClaimReceived.class), ClaimReceived.class,
            typeOf(ClaimSentToReview.class), ClaimSentToReview.class,
            typeOf(ClaimAnalysed.class), ClaimAnalysed.class,
            typeOf(ClaimAdjudicated.class), ClaimAdjudicated.class,
            typeOf(ClaimRejected.class), ClaimRejected.class,
            typeOf(PaymentIssued.class), PaymentIssued.class,
            typeOf(ClaimReimbursed.class), ClaimReimbursed.class,
            typeOf(PaymentFailed.class), PaymentFailed.class);

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        return PREFIX + eventClass.getSimpleName() + SUFFIX;
    }

    public static Optional<Class<? extends ClaimEvent>> classOf(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }
}
