package fr.prestaflow.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Why a staff member accesses a member's data, sent in {@code X-Access-Reason}. A closed list, so that a supervisor can
 * filter on it and an auditor can check each access against a purpose.
 */
public enum AccessReason {
    MEMBER_REQUEST,
    CLAIM_REVIEW,
    PAYMENT_INVESTIGATION,
    FRAUD_CHECK,
    SUPPORT_TICKET,
    DATA_PROTECTION_REQUEST,
    OPERATIONS;

    public static final String HEADER = "X-Access-Reason";

    /** 400 {@code INVALID_ACCESS_REASON} for a value outside the list. */
    public static AccessReason parse(String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(reason -> reason.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "INVALID_ACCESS_REASON", "Invalid access reason",
                        HEADER + " must be one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
