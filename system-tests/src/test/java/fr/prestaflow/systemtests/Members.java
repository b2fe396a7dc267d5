package fr.prestaflow.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;

/** The demo members of local-stack's demo-data.json the journeys act as, and their beneficiaries. */
final class Members {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** CT-000001, plan CONFORT since 2024-01-01, IBAN FR76 3000 6000 0112 3456 7890 189. */
    static final String CLAIRE = "ct-000001";
    static final String CLAIRE_CONTRACT = "CT-000001";
    static final String CLAIRE_EMAIL = "claire.martin@example.org";
    static final String CLAIRE_NIR = "185117505612387";
    static final LocalDate CLAIRE_BIRTH = LocalDate.of(1985, 11, 3);
    static final String CLAIRE_IBAN = "FR7630006000011234567890189";
    static final String CLAIRE_MASKED_IBAN = "FR76 •••• 0189";

    /** CT-000002, plan SERENITE since 2023-01-01: Yanis, rank 3. */
    static final String KARIM = "ct-000002";
    static final String KARIM_EMAIL = "karim.benali@example.org";

    /** CT-000003, plan ESSENTIEL since 2025-01-01. */
    static final String SOPHIE = "ct-000003";
    static final String SOPHIE_CONTRACT = "CT-000003";
    static final String SOPHIE_EMAIL = "sophie.durand@example.org";
    static final String SOPHIE_NIR = "278032A00411237";
    static final LocalDate SOPHIE_BIRTH = LocalDate.of(1978, 3, 12);
    static final LocalDate SOPHIE_CONTRACT_START = LocalDate.of(2025, 1, 1);

    private Members() {
    }

    static LocalDate today() {
        return LocalDate.now(PARIS);
    }
}
