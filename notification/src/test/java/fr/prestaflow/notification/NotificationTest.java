package fr.prestaflow.notification;

import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimReimbursed;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.events.v1.PaymentFailed;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimStatus;
import fr.prestaflow.notification.timeline.ClaimTimelines;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.testsupport.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one Spring context of this module's tests: the real application on a random port, the JVM's PostgreSQL and Kafka
 * broker from test-support, GreenMail as SMTP server, and a fixed clock. Each test works on its own member (contract
 * number and e-mail address), so tests share the context without seeing each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "prestaflow.messaging.relay-enabled=false",
        "prestaflow.messaging.retries=1",
        "prestaflow.messaging.retry-initial-interval=20ms",
        "prestaflow.messaging.retry-max-interval=50ms",
        "prestaflow.notification.messages.max-attempts=3",
        "prestaflow.notification.messages.retry-delay=0s",
        "prestaflow.notification.messages.retry-poll-interval=200ms",
        "prestaflow.notification.messages.review-reminder-after=2d",
        "prestaflow.notification.messages.review-check-interval=200ms",
        "spring.mail.host=127.0.0.1"})
@AutoConfigureMockMvc
@Import({FixedClockConfiguration.class, StatementCounter.Configuration.class})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class NotificationTest {

    /** "Now" for the whole test context: a Monday morning in Paris. */
    public static final Instant NOW = Instant.parse("2026-03-16T09:00:00Z");
    public static final String NIR = "185117505612387";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @Autowired protected KafkaTemplate<String, String> kafka;
    @Autowired protected EventCodec codec;
    @Autowired protected ClaimTimelines timelines;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected MockMvcTester mvc;
    @MockitoSpyBean protected JavaMailSender mailSender;

    /** A member of their own for each test. */
    protected record Member(String contract, String email) {
        public BeneficiaryRef beneficiary() {
            return new BeneficiaryRef(contract, NIR, LocalDate.parse("1985-11-17"), 1);
        }
    }

    protected static Member newMember() {
        String id = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return new Member("CT-" + id, "adherent-" + id + "@exemple.fr");
    }

    /** Creates the member's contact through the API, as the local stack does. */
    protected void registerEmail(Member member) {
        mvc.put().uri("/api/v1/notification-preferences").header("X-Member-Contract", member.contract())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"email": "%s", "channels": ["EMAIL"], "optOut": false}""".formatted(member.email()))
                .assertThat().hasStatus2xxSuccessful();
    }

    protected UUID publish(String topic, ClaimEvent event) {
        return publish(topic, event, UUID.randomUUID());
    }

    /** Sends an event as a producer's outbox relay would: key = claimId, ce_id and ce_type headers. */
    protected UUID publish(String topic, ClaimEvent event, UUID eventId) {
        kafka.send(record(topic, event, eventId)).join();
        return eventId;
    }

    /**
     * Sends an event without waiting for the broker, so that events sent together (then {@code kafka.flush()}) reach the
     * consumer in one poll, as a teletransmission file's do.
     */
    protected UUID publishWithoutWaiting(String topic, ClaimEvent event) {
        UUID eventId = UUID.randomUUID();
        kafka.send(record(topic, event, eventId));
        return eventId;
    }

    private ProducerRecord<String, String> record(String topic, ClaimEvent event, UUID eventId) {
        var record = new ProducerRecord<>(topic, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, EventTypes.typeOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.SOURCE, "/prestaflow/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    protected static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    /** Waits until the claim's timeline shows the status, and returns it. */
    protected ClaimDetail awaitStatus(UUID claimId, ClaimStatus status) {
        return eventually().until(() -> timelines.find(claimId).orElse(null), c -> c != null && c.status() == status);
    }

    /** Waits until the claim's history holds the step. */
    protected ClaimDetail awaitStep(UUID claimId, ClaimStatus status) {
        return eventually().until(() -> timelines.find(claimId).orElse(null),
                c -> c != null && c.history().stream().anyMatch(step -> step.status() == status));
    }

    protected Optional<ClaimDetail> claim(UUID claimId) {
        return timelines.find(claimId);
    }

    // --- events of one claim, dated before NOW -------------------------------------------------------------------

    protected static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }

    protected static ClaimReceived received(UUID claimId, Member member, Channel channel, Instant at) {
        return new ClaimReceived(claimId, at, channel, member.beneficiary(), "test");
    }

    protected static ClaimSentToReview sentToReview(UUID claimId, Instant at) {
        return new ClaimSentToReview(claimId, at, "low confidence");
    }

    protected static CareLine gpLine(LocalDate careDate) {
        return new CareLine(1, careDate, CareCategory.GP_CONSULTATION, "G", "10101010101", true, 1, 3000, 3000, 70,
                1900L, 200L, null, null, null);
    }

    protected static ClaimAnalysed analysed(UUID claimId, Member member, Channel channel, Instant at, boolean correction,
                                            CareLine... lines) {
        return new ClaimAnalysed(claimId, at, channel, member.beneficiary(), List.of(lines), false, false, correction,
                "test");
    }

    /** A GP consultation billed 30 €: AMO 19 €, mutuelle 9 €, the member keeps the 2 € participation. */
    protected static ClaimAdjudicated adjudicated(UUID claimId, Member member, Channel channel, Instant at,
                                                  LocalDate expectedPaymentDate) {
        AdjudicatedLine line = new AdjudicatedLine(1, at.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2),
                CareCategory.GP_CONSULTATION, "G", Money.ofCents(3000), Money.ofCents(1900), Money.ofCents(900),
                Money.ofCents(200), List.of("AMO_REPORTED", "PARTICIPATION_NOT_COVERED", "GUARANTEE_PERCENT_BR_INCL_AMO"),
                null);
        return new ClaimAdjudicated(claimId, at, channel, member.beneficiary(), "ESSENTIEL", 1, Money.ofCents(900),
                Payee.member(member.contract()), expectedPaymentDate,
                new ClaimTotals(Money.ofCents(3000), Money.ofCents(1900), Money.ofCents(900), Money.ofCents(200)),
                List.of(line), false);
    }

    /** Glasses whose mutuelle share is 18,40 €, with a rejected second line. */
    protected static ClaimAdjudicated opticsAdjudicated(UUID claimId, Member member, Instant at) {
        LocalDate careDate = LocalDate.parse("2026-03-02");
        var frame = new AdjudicatedLine(1, careDate, CareCategory.OPTICS_FRAME, "2210546", Money.ofCents(12000),
                Money.ofCents(5), Money.ofCents(1840), Money.ofCents(10155),
                List.of("AMO_REPORTED", "GUARANTEE_FIXED_PER_ITEM", "FRAME_CAP_APPLIED"), null);
        var lens = new AdjudicatedLine(2, careDate, CareCategory.OPTICS_LENS, "2203240", Money.ofCents(9000),
                Money.ofCents(0), Money.ofCents(0), Money.ofCents(9000), List.of("AMO_REPORTED"),
                "RENEWAL_PERIOD_NOT_ELAPSED");
        return new ClaimAdjudicated(claimId, at, Channel.UPLOAD, member.beneficiary(), "ESSENTIEL", 1, Money.ofCents(1840),
                Payee.member(member.contract()), null,
                new ClaimTotals(Money.ofCents(21000), Money.ofCents(5), Money.ofCents(1840), Money.ofCents(19155)),
                List.of(frame, lens), false);
    }

    protected static CareLine frameLine(LocalDate careDate) {
        return new CareLine(1, careDate, CareCategory.OPTICS_FRAME, "2210546", null, true, 1, 12000, 3, 60, 5L, null, null,
                Basket.FREE, null);
    }

    protected static ClaimRejected rejected(UUID claimId, Instant at, String stage, String... codes) {
        return new ClaimRejected(claimId, at, stage, List.of(codes), "test", List.of());
    }

    protected static PaymentFailed paymentFailed(UUID claimId, Instant at, long cents, String bankCode) {
        return new PaymentFailed(claimId, at, UUID.randomUUID(), Money.ofCents(cents), bankCode, "rejected by the bank");
    }

    protected static ClaimReimbursed reimbursed(UUID claimId, Instant at, long cents, LocalDate paidOn) {
        return new ClaimReimbursed(claimId, at, UUID.randomUUID(), Money.ofCents(cents), "FR76 •••• 0189", paidOn);
    }

    protected static final String INTAKE = Topics.INTAKE_CLAIMS;
    protected static final String TELETRANSMISSION = Topics.TELETRANSMISSION_CLAIMS;
    protected static final String ADJUDICATION = Topics.ADJUDICATION_CLAIMS;
    protected static final String PAYMENT = Topics.PAYMENT_PAYMENTS;
}
