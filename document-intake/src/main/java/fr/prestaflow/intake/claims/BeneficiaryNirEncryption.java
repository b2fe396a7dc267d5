package fr.prestaflow.intake.claims;

import fr.prestaflow.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where an upload claim's beneficiary NIR is kept: encrypted (docs/security.md). Nothing looks a claim up by NIR, so
 * there is no blind index.
 */
@Configuration(proxyBeanMethods = false)
class BeneficiaryNirEncryption {

    static final EncryptedColumn COLUMN = EncryptedColumn.of("claim", "id", "beneficiary_nir_encrypted");

    /** Brought to the current key at each start: the re-encryption step of a key rotation. */
    @Bean
    EncryptedColumn beneficiaryNir() {
        return COLUMN;
    }
}
