package fr.prestaflow.platform.privacy;

import java.util.List;
import java.util.Map;

/**
 * What one service holds about a member's contract, for the member's right of access and right to erasure (GDPR art. 15
 * and 17). A service that declares a bean of this type gets {@link PrivacyController}; its schema needs the
 * {@code retention_record} table (see {@link RetentionRecords}). The policy is in {@code docs/privacy.md}.
 */
public interface PersonalData {

    /**
     * Everything the service holds about the contract, as JSON-ready sections (lists of rows). {@code forMember} is true
     * when the member asks for their own data: then secrets of theirs (a full IBAN) may be shown, never to staff.
     */
    Map<String, Object> export(String contract, boolean forMember);

    /** Claims of the contract this service has not finished with; erasure is refused while there is one. */
    List<String> claimsInProgress(String contract);

    /**
     * Pseudonymises or deletes what retention does not require and says what is kept, in the caller's transaction. Must
     * be idempotent: a second run finds nothing left to erase and reports the same kept data.
     */
    Erasure erase(String contract);

    record Erasure(List<ErasureReport.Erased> erased, List<ErasureReport.Kept> kept) {
        public Erasure {
            erased = List.copyOf(erased);
            kept = List.copyOf(kept);
        }
    }
}
