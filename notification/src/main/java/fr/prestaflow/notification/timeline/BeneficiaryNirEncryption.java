package fr.prestaflow.notification.timeline;

import fr.prestaflow.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where a claim's beneficiary NIR is kept: encrypted, with the blind index the NIR filter uses (docs/security.md). */
@Configuration(proxyBeanMethods = false)
class BeneficiaryNirEncryption {

    static final EncryptedColumn COLUMN = EncryptedColumn.indexed("claim_timeline", "claim_id",
            "beneficiary_nir_encrypted", "beneficiary_nir_index");

    /** Brought to the current key at each start: the re-encryption step of a key rotation. */
    @Bean
    EncryptedColumn beneficiaryNir() {
        return COLUMN;
    }
}
