package fr.prestaflow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The mails the services sent, as the stack's SMTP catcher received them: what a member finds in their inbox.
 *
 * <p>The catcher (local-stack's MailCatcher, a GreenMail server running in this JVM) also saves each mail as
 * {@code <dataDir>/mail/*.eml}, but it picks the next mail to save by its index in {@code
 * GreenMail.getReceivedMessages()}, which lists messages mailbox by mailbox, not in arrival order: with several
 * recipients, a new mail to one of them shifts the list, and the catcher saves an earlier mail again and never the new
 * one. So the mails are read from the catcher's server itself; the .eml files are only the fallback should its
 * internals change (then de-duplicated by Message-ID).
 */
final class Mailbox {

    private static final Session SESSION = Session.getInstance(new Properties());

    private Mailbox() {
    }

    /** One received mail: where it was read, its recipients, decoded subject and plain-text body. */
    record Mail(String origin, List<String> to, String subject, String text) {

        @Override
        public String toString() {
            return origin + " to " + to + ": " + subject;
        }
    }

    /**
     * Waits for a mail to {@code to} whose subject or text names {@code reference} (a claim's PF-... reference) and
     * passes {@code test}, and returns it.
     */
    static Mail awaitMail(String to, String reference, Predicate<Mail> test, String what) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(mailsAbout(to, reference)).as("mails to %s about %s", to, reference).anyMatch(test));
        return mailsAbout(to, reference).stream().filter(test).findFirst().orElseThrow();
    }

    /** Every mail to {@code to} whose subject or text names {@code reference}, in the order received. */
    static List<Mail> mailsAbout(String to, String reference) {
        return mailsTo(to).stream()
                .filter(mail -> mail.subject().contains(reference) || mail.text().contains(reference))
                .toList();
    }

    static List<Mail> mailsTo(String address) {
        return all().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    static List<Mail> all() {
        return caught().orElseGet(Mailbox::saved);
    }

    /** The messages the catcher's SMTP server holds, oldest first, or empty when it cannot be reached. */
    private static Optional<List<Mail>> caught() {
        try {
            Object catcher = field(RunningStack.stack(), "mail");
            GreenMail server = (GreenMail) field(catcher, "greenMail");
            List<MimeMessage> messages = new ArrayList<>(Arrays.asList(server.getReceivedMessages()));
            messages.sort(java.util.Comparator.comparing(Mailbox::sentDate));
            List<Mail> mails = new ArrayList<>();
            for (MimeMessage message : messages) {
                mails.add(mail("smtp " + message.getMessageID(), message));
            }
            return Optional.of(mails);
        } catch (ReflectiveOperationException | ClassCastException | NullPointerException | MessagingException
                 | IOException e) {
            return Optional.empty();
        }
    }

    /** The .eml files the catcher wrote, one per Message-ID. */
    private static List<Mail> saved() {
        Path directory = RunningStack.SETTINGS.dataDir().resolve("mail");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Map<String, Mail> mails = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(SESSION, in);
                    mails.putIfAbsent(String.valueOf(message.getMessageID()), mail(file.getFileName().toString(), message));
                } catch (IOException | MessagingException | RuntimeException e) {
                    // being written: read on the next poll
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(mails.values());
    }

    private static Mail mail(String origin, MimeMessage message) throws MessagingException, IOException {
        Address[] recipients = message.getRecipients(RecipientType.TO);
        List<String> to = recipients == null ? List.of() : Arrays.stream(recipients)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
        String subject = message.getSubject() == null ? "" : message.getSubject();
        return new Mail(origin, to, subject, plainText(message));
    }

    private static java.util.Date sentDate(MimeMessage message) {
        try {
            return message.getSentDate() == null ? new java.util.Date(0) : message.getSentDate();
        } catch (MessagingException e) {
            return new java.util.Date(0);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
