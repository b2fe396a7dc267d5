package fr.prestaflow.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local SMTP server (GreenMail) that keeps every mail the services send, as {@code .eml} files a developer can open,
 * and prints one line per mail.
 */
final class MailCatcher implements AutoCloseable {

    private static final String STARTED = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .format(java.time.LocalDateTime.now());

    private final GreenMail greenMail;
    private final Path mailbox;
    private final ScheduledExecutorService saver;
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private int saved;

    MailCatcher(StackSettings settings) {
        this.mailbox = settings.dataDir().resolve("mail");
        this.greenMail = new GreenMail(new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.saver = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mail-catcher").factory());
    }

    void start() throws IOException {
        Files.createDirectories(mailbox);
        greenMail.start();
        saver.scheduleWithFixedDelay(this::save, 1, 1, TimeUnit.SECONDS);
    }

    Path mailbox() {
        return mailbox;
    }

    /** GreenMail lists mails by recipient, not by arrival: each one is saved once, known by its Message-ID. */
    private synchronized void save() {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                if (!seen.add(message.getMessageID())) {
                    continue;
                }
                saved++;
                Path file = mailbox.resolve("%s-%03d.eml".formatted(STARTED, saved));
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                System.out.printf("  mail to %s: %s (%s)%n", String.join(", ", java.util.Arrays.stream(message.getAllRecipients())
                        .map(Object::toString).toList()), message.getSubject(), file);
            } catch (Exception e) {
                System.out.println("  could not save a mail: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        saver.shutdownNow();
        greenMail.stop();
    }
}
