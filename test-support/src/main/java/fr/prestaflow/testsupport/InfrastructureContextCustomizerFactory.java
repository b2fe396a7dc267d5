package fr.prestaflow.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/** Gives every Spring test context of a service the shared PostgreSQL and Kafka broker of its test JVM. */
public class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    private static final String FLYWAY_CALLBACK = "org.flywaydb.core.api.callback.Callback";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // Below system properties and the environment, so a developer can still point tests elsewhere.
            context.getEnvironment().getPropertySources().addLast(new InfrastructurePropertySource());
            if (ClassUtils.isPresent(FLYWAY_CALLBACK, context.getClassLoader())) {
                context.getBeanFactory().registerSingleton("outboxEventLog", new OutboxEventLog());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
