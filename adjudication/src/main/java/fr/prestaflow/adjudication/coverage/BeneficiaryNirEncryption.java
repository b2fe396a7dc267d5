package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where a beneficiary's NIR is kept: encrypted, with the blind index that finds it (docs/security.md). */
@Configuration(proxyBeanMethods = false)
class BeneficiaryNirEncryption {

    static final EncryptedColumn COLUMN = EncryptedColumn.indexed("beneficiary", "id", "nir_encrypted", "nir_index");

    /** Brought to the current key at each start: the re-encryption step of a key rotation. */
    @Bean
    EncryptedColumn beneficiaryNir() {
        return COLUMN;
    }
}
