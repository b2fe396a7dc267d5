package fr.prestaflow.localstack;

import fr.prestaflow.localstack.StackSettings.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The whole stack on one machine, without Docker: PostgreSQL, a Kafka broker, an SMTP catcher, the six services and
 * identity (their Spring Boot jars) and demo data. {@link #main} is the README's run command; system tests start it the same way.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * The optimising compiler ({@link Service#eventPipeline}), and a 64 MB young generation: a poll's events and rows
     * are garbage once it commits, and with a third of a small heap (about 27 MB) notification collected 69 times in
     * 12 s of a file (0.6 s of CPU); with 64 MB, 29 times (0.3 s), for about the same peak memory.
     */
    private static final List<String> EVENT_PIPELINE_JVM = List.of("-XX:CICompilerCount=2", "-Xmn64m");

    private final StackSettings settings;
    private final String classpath;
    private final List<ChildProcess> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private PostgresServer postgres;
    private MailCatcher mail;

    public LocalStack(StackSettings settings, String classpath) {
        this.settings = settings;
        this.classpath = classpath;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("prestaflow.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(StackSettings.defaults(root), System.getProperty("java.class.path"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Prestaflow...");
            stack.close();
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The stack did not start: " + e.getMessage());
            System.exit(1);
        }
        stack.printWelcome();
        stopped.await();
    }

    public void start() throws IOException {
        Instant began = Instant.now();
        Files.createDirectories(settings.dataDir());
        step("PostgreSQL");
        postgres = PostgresServer.start(settings);
        System.out.println("using " + postgres.connection().origin());
        step("Kafka broker (KRaft) on localhost:" + settings.kafkaPort());
        processes.add(KafkaBroker.start(settings, classpath));
        waitForPort(settings.kafkaPort(), Duration.ofSeconds(60), processes.getLast());
        System.out.println("ready");
        step("SMTP catcher on localhost:" + settings.smtpPort());
        mail = new MailCatcher(settings);
        mail.start();
        System.out.println("mails saved in " + mail.mailbox());
        for (Service service : Service.values()) {
            startService(service);
        }
        for (Service service : Service.values()) {
            step(service.module() + " on " + settings.url(service));
            waitHealthy(service);
            System.out.println("healthy");
        }
        if (settings.seedDemoData()) {
            step("Demo data");
            new DemoData(settings, http).seed();
            System.out.println("loaded");
        }
        System.out.printf("Prestaflow is up in %d s.%n", Duration.between(began, Instant.now()).toSeconds());
    }

    private void startService(Service service) throws IOException {
        Path built = settings.projectRoot().resolve(service.module()).resolve("target")
                .resolve(service.module() + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(built)) {
            throw new IllegalStateException("No " + built + ": build first with ./mvnw -DskipTests install");
        }
        // run a copy, so that rebuilding the project while the stack runs does not pull classes from under the services
        Path jar = settings.dataDir().resolve("lib").resolve(service.module() + ".jar");
        Files.createDirectories(jar.getParent());
        Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        var environment = settings.serviceEnvironment(postgres.connection());
        environment.put("PORT", Integer.toString(settings.port(service)));
        // a heap that gives memory back once a burst is over (MaxHeapFreeRatio), not one that only grows
        List<String> jvm = new ArrayList<>(List.of("-Xms48m", "-Xmx" + service.heapMegabytes() + "m",
                "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:ReservedCodeCacheSize=64m",
                "-Xss512k",
                // gives back to the system the native memory the JVM freed (glibc keeps it otherwise)
                "-XX:TrimNativeHeapInterval=5000"));
        jvm.addAll(service.eventPipeline() ? EVENT_PIPELINE_JVM : List.of("-XX:TieredStopAtLevel=1"));
        processes.add(ChildProcess.java(service.module(), null, jvm, List.of("-jar", jar.toString()), environment,
                settings.dataDir().resolve("logs")));
    }

    private void waitHealthy(Service service) {
        ChildProcess process = processes.stream().filter(p -> p.name().equals(service.module())).findFirst().orElseThrow();
        URI health = URI.create(settings.url(service) + "/actuator/health");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            if (!process.alive()) {
                throw new IllegalStateException(service.module() + " stopped; see " + process.log());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            pause();
        }
        throw new IllegalStateException(service.module() + " not healthy in time; see " + process.log());
    }

    private static void waitForPort(int port, Duration timeout, ChildProcess process) {
        Instant deadline = Instant.now().plus(timeout);
        while (!PostgresServer.listening(port)) {
            if (!process.alive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(process.name() + " did not start; see " + process.log());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void step(String what) {
        System.out.print("  " + what + "... ");
        System.out.flush();
    }

    private void printWelcome() {
        String gateway = settings.gatewayUrl();
        System.out.println();
        System.out.println("gateway           " + gateway + "   (every API under /api/v1)");
        for (Service service : Service.values()) {
            if (service != Service.GATEWAY) {
                System.out.printf("%-18s%s   health %s/api/v1/health/%s%n", service.module(), settings.url(service), gateway,
                        service.module());
            }
        }
        System.out.println("Kafka             localhost:" + settings.kafkaPort());
        System.out.println("PostgreSQL        " + postgres.connection().host() + ":" + postgres.connection().port()
                + "/" + postgres.connection().database() + " (user prestaflow)");
        System.out.println("Mails             " + mail.mailbox());
        System.out.println("Logs              " + settings.dataDir().resolve("logs"));
        System.out.println();
        String password = System.getenv().getOrDefault("PRESTAFLOW_DEMO_PASSWORD", "prestaflow-demo");
        System.out.println("Demo logins (password " + password + "; demo mode: no TOTP code needed, see README \"Getting a token\"):");
        System.out.println("  members ct-000001, ct-000002, ct-000003 (or their e-mail); ops agent.ops; supervisor agent.supervisor;");
        System.out.println("  integrator client demo-integrator (client_credentials at " + gateway + "/oauth2/token)");
        System.out.println();
        System.out.println("Try: log in as an ops agent, send a NOEMIE file of the compulsory scheme, then follow the member's claims:");
        System.out.println("  OPS=$(" + tokenCommand(gateway, "agent.ops", password) + ")");
        System.out.println("  curl -s -X POST " + gateway + "/api/v1/noemie/files -H \"Authorization: Bearer $OPS\" -H 'Content-Type: text/plain' --data-binary @"
                + settings.projectRoot().relativize(settings.projectRoot().resolve(DemoData.SAMPLE_NLF)));
        System.out.println("  TOKEN=$(" + tokenCommand(gateway, "ct-000001", password) + ")");
        System.out.println("  curl -s " + gateway + "/api/v1/claims -H \"Authorization: Bearer $TOKEN\"");
        System.out.println();
        System.out.println("Ctrl-C stops everything; the next start keeps the data (" + settings.dataDir() + ").");
    }

    /** A shell command printing a fresh access token (no jq needed). */
    static String tokenCommand(String gateway, String username, String password) {
        return "curl -s -X POST " + gateway + "/api/v1/auth/token -H 'Content-Type: application/json' -d '{\"username\":\""
                + username + "\",\"password\":\"" + password + "\"}' | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'";
    }

    @Override
    public void close() {
        // the services first, all at once (each drains its work on SIGTERM), then the broker they were talking to
        List<ChildProcess> services = processes.stream().filter(p -> !p.name().equals("kafka")).toList();
        services.forEach(ChildProcess::requestStop);
        services.forEach(ChildProcess::close);
        processes.forEach(ChildProcess::close);
        processes.clear();
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
