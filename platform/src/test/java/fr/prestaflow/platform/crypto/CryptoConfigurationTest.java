package fr.prestaflow.platform.crypto;

import static fr.prestaflow.platform.crypto.FieldCipherTest.NEW;
import static fr.prestaflow.platform.crypto.FieldCipherTest.OLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CryptoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CryptoAutoConfiguration.class))
            .withPropertyValues("prestaflow.crypto.blind-index-key=" + NEW);

    @Test
    void keys_given_as_one_environment_friendly_string_are_all_known() {
        runner.withPropertyValues("prestaflow.crypto.keys=old=" + OLD + ",new=" + NEW, "prestaflow.crypto.current-key=new")
                .run(context -> {
                    assertThat(context.getBean(Keyring.class).ids()).containsExactlyInAnyOrder("old", "new");
                    assertThat(context.getBean(FieldCipher.class).encrypt("x")).startsWith("new:");
                });
    }

    @Test
    void keys_given_as_a_yaml_map_are_all_known() {
        runner.withPropertyValues("prestaflow.crypto.keys.old=" + OLD, "prestaflow.crypto.keys.new=" + NEW,
                        "prestaflow.crypto.current-key=old")
                .run(context -> assertThat(context.getBean(Keyring.class).ids()).containsExactlyInAnyOrder("old", "new"));
    }

    @Test
    void a_service_without_a_usable_current_key_does_not_start() {
        runner.withPropertyValues("prestaflow.crypto.keys=old=" + OLD, "prestaflow.crypto.current-key=new")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void a_service_given_the_bundled_demo_keys_outside_the_local_stack_does_not_start() {
        runner.withPropertyValues("prestaflow.crypto.keys=demo-1=" + DemoKeys.CIPHER_KEY,
                        "prestaflow.crypto.current-key=demo-1")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("PUBLIC demo keys"));
        runner.withPropertyValues("prestaflow.crypto.keys=k1=" + OLD, "prestaflow.crypto.current-key=k1",
                        "prestaflow.crypto.blind-index-key=" + DemoKeys.BLIND_INDEX_KEY)
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("prestaflow.crypto.keys=k1=" + OLD + ",local-1=" + DemoKeys.PAYMENT_LEGACY_KEY,
                        "prestaflow.crypto.current-key=k1")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void the_local_stack_and_the_tests_may_run_with_the_demo_keys() {
        runner.withPropertyValues("prestaflow.crypto.keys=demo-1=" + DemoKeys.CIPHER_KEY,
                        "prestaflow.crypto.current-key=demo-1", "PRESTAFLOW_PROFILE=local")
                .run(context -> assertThat(context.getBean(FieldCipher.class).encrypt("x")).startsWith("demo-1:"));
        runner.withPropertyValues("prestaflow.crypto.keys=demo-1=" + DemoKeys.CIPHER_KEY,
                        "prestaflow.crypto.current-key=demo-1", "prestaflow.crypto.allow-demo-keys=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_demo_keys_refused_are_the_bundled_defaults() throws IOException {
        var defaults = new Properties();
        try (var in = new ClassPathResource("prestaflow-platform.properties").getInputStream()) {
            defaults.load(in);
        }

        assertThat(defaults.getProperty("prestaflow.crypto.keys")).contains("demo-1=" + DemoKeys.CIPHER_KEY);
        assertThat(defaults.getProperty("prestaflow.crypto.blind-index-key")).contains(DemoKeys.BLIND_INDEX_KEY);
    }
}
