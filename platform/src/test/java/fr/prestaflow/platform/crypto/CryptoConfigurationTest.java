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
    void the_bundled_demo_keys_are_told_apart_from_real_ones() {
        runner.withPropertyValues("prestaflow.crypto.keys=demo-1=" + DemoKeys.CIPHER_KEY,
                        "prestaflow.crypto.current-key=demo-1")
                .run(context -> assertThat(context.getBean(DemoKeys.class).inUse()).isTrue());
        runner.withPropertyValues("prestaflow.crypto.keys=k1=" + OLD, "prestaflow.crypto.current-key=k1")
                .run(context -> assertThat(context.getBean(DemoKeys.class).inUse()).isFalse());
    }

    @Test
    void the_local_stack_may_run_with_the_demo_keys_without_a_warning() {
        runner.withPropertyValues("prestaflow.crypto.keys=k1=" + OLD, "prestaflow.crypto.current-key=k1",
                        "PRESTAFLOW_PROFILE=local")
                .run(context -> assertThat(context.getBean(DemoKeys.class).localProfile()).isTrue());
    }

    @Test
    void the_demo_keys_the_warning_knows_are_the_bundled_defaults() throws IOException {
        var defaults = new Properties();
        try (var in = new ClassPathResource("prestaflow-platform.properties").getInputStream()) {
            defaults.load(in);
        }

        assertThat(defaults.getProperty("prestaflow.crypto.keys")).contains("demo-1=" + DemoKeys.CIPHER_KEY);
        assertThat(defaults.getProperty("prestaflow.crypto.blind-index-key")).contains(DemoKeys.BLIND_INDEX_KEY);
    }
}
