package fr.prestaflow.platform.crypto;

import fr.prestaflow.platform.PlatformAutoConfiguration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;

/** Encryption at rest of personal data: keys from configuration, field cipher, blind index, re-encryption at start. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoAutoConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Map<String, String>> cryptoKeyListConverter() {
        return new KeyListConverter();
    }

    @Bean
    Keyring keyring(CryptoProperties properties, Environment environment) {
        var keyring = new Keyring(properties.keys(), properties.currentKey());
        DemoKeys.refuseOutsideLocal(DemoKeys.inUse(keyring), properties, environment);
        return keyring;
    }

    @Bean
    FieldCipher fieldCipher(Keyring keyring) {
        return new FieldCipher(keyring);
    }

    @Bean
    BlindIndex blindIndex(CryptoProperties properties, Environment environment) {
        var blindIndex = new BlindIndex(properties.blindIndexKey());
        DemoKeys.refuseOutsideLocal(DemoKeys.inUse(blindIndex), properties, environment);
        return blindIndex;
    }

    @Bean
    ColumnReEncryption columnReEncryption(FieldCipher cipher, BlindIndex blindIndex) {
        return new ColumnReEncryption(cipher, blindIndex);
    }

    @Bean
    EncryptedColumnsCallback encryptedColumnsCallback(ObjectProvider<EncryptedColumn> columns,
                                                      ObjectProvider<ReEncryptionTask> tasks,
                                                      ColumnReEncryption reEncryption, CryptoProperties properties) {
        return new EncryptedColumnsCallback(columns.orderedStream().toList(), tasks.orderedStream().toList(),
                reEncryption, properties.reindex());
    }

}
