package fr.prestaflow.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. {@code portBase} 8080 gives the gateway 8080, the services
 * 8081..8085 and identity 8086; another base lets a test run a second stack beside a developer's.
 */
public record StackSettings(Path projectRoot, Path dataDir, int portBase, int kafkaPort, int postgresPort, int smtpPort,
                            boolean seedDemoData) {

    public static StackSettings defaults(Path projectRoot) {
        return new StackSettings(projectRoot, projectRoot.resolve(".local-stack"), 8080, 9092, 5432, 3025, true);
    }

    public int port(Service service) {
        return portBase + service.offset();
    }

    public String url(Service service) {
        return "http://localhost:" + port(service);
    }

    public String gatewayUrl() {
        return url(Service.GATEWAY);
    }

    /**
     * The seven Spring Boot apps, started in this order (the gateway last, once its services answer). Identity's URL
     * variable is the token issuer every service and the gateway are told; its demo accounts come with the local profile.
     */
    public enum Service {
        DOCUMENT_INTAKE("document-intake", 1, "INTAKE_URL", 256, false),
        TELETRANSMISSION("teletransmission", 2, "TELETRANSMISSION_URL", 224, true),
        ADJUDICATION("adjudication", 3, "ADJUDICATION_URL", 192, true),
        PAYMENT("payment", 4, "PAYMENT_URL", 192, true),
        NOTIFICATION("notification", 5, "NOTIFICATION_URL", 224, true),
        IDENTITY("identity", 6, "IDENTITY_ISSUER_URL", 160, false),
        GATEWAY("gateway", 0, null, 160, false);

        private final String module;
        private final int offset;
        private final String urlVariable;
        private final int heapMegabytes;
        private final boolean eventPipeline;

        Service(String module, int offset, String urlVariable, int heapMegabytes, boolean eventPipeline) {
            this.module = module;
            this.offset = offset;
            this.urlVariable = urlVariable;
            this.heapMegabytes = heapMegabytes;
            this.eventPipeline = eventPipeline;
        }

        /** The heap each service is given: sized from its measured use, so the whole stack stays under 3 GB. */
        int heapMegabytes() {
            return heapMegabytes;
        }

        /**
         * Whether the service is on the path every teletransmitted claim takes (file, analysis, adjudication, payment,
         * timeline): those get the optimising compiler, with which they take about 40 % less CPU per claim once warm;
         * the others mostly answer requests and stay on the quick compiler, which takes less memory.
         */
        boolean eventPipeline() {
            return eventPipeline;
        }

        public String module() {
            return module;
        }

        int offset() {
            return offset;
        }

        String urlVariable() {
            return urlVariable;
        }
    }

    /** Environment the services read (see each application.yml). */
    Map<String, String> serviceEnvironment(PostgresServer.Connection db) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_HOST", db.host());
        env.put("DB_PORT", Integer.toString(db.port()));
        env.put("DB_NAME", db.database());
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort);
        env.put("MAIL_HOST", "localhost");
        env.put("MAIL_PORT", Integer.toString(smtpPort));
        env.put("PRESTAFLOW_PROFILE", "local");
        // Six services share one PostgreSQL on a small machine: a service needs a connection per consumer thread, one for
        // the relay and a few for requests, and every backend PostgreSQL keeps open costs it ~5 MB.
        env.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "5");
        // ...and opens them when needed: a service that mostly waits keeps one
        env.put("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "1");
        // glibc gives every thread that allocates an arena of its own by default; two are enough for a JVM's native use
        env.put("MALLOC_ARENA_MAX", "2");
        for (Service service : Service.values()) {
            if (service.urlVariable() != null) {
                env.put(service.urlVariable(), url(service));
            }
        }
        return env;
    }
}
