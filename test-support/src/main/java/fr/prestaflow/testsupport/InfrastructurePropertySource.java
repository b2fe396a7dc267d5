package fr.prestaflow.testsupport;

import java.util.Set;
import org.springframework.core.env.PropertySource;

/**
 * Points a service's {@code DB_*} and {@code KAFKA_BOOTSTRAP_SERVERS} placeholders at the shared test PostgreSQL and
 * broker. Lazy: a test context that never reads them never starts them.
 */
class InfrastructurePropertySource extends PropertySource<Object> {

    static final String NAME = "prestaflowTestInfrastructure";
    /** Tests run on the bundled public demo keys, which a service refuses anywhere but the local stack. */
    static final String ALLOW_DEMO_KEYS = "prestaflow.crypto.allow-demo-keys";
    private static final Set<String> NAMES = Set.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS", ALLOW_DEMO_KEYS);

    InfrastructurePropertySource() {
        super(NAME, new Object());
    }

    @Override
    public Object getProperty(String name) {
        if (!NAMES.contains(name)) {
            return null;
        }
        if (name.equals(ALLOW_DEMO_KEYS)) {
            return "true";
        }
        if (name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
            return TestKafka.bootstrapServers();
        }
        TestDatabase db = TestDatabase.shared();
        return switch (name) {
            case "DB_HOST" -> db.host();
            case "DB_PORT" -> Integer.toString(db.port());
            case "DB_NAME" -> db.name();
            case "DB_USER" -> db.user();
            default -> db.password();
        };
    }

    @Override
    public boolean containsProperty(String name) {
        return NAMES.contains(name);
    }
}
