package fr.prestaflow.notification;

import fr.prestaflow.contracts.care.Channel;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notification service's own settings.
 *
 * @param zone the members' time zone: claim dates, "last 90 days" and expected payment dates are read in it
 * @param serviceLevels how long after adjudication a payment usually arrives, per channel, when the event gives no date
 * @param messages e-mail/SMS sending, retries and the "still in review" reminder
 * @param live server-sent events of a claim's status
 * @param listing defaults of the member's claim list
 */
@ConfigurationProperties("prestaflow.notification")
public record NotificationProperties(
        @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue ServiceLevels serviceLevels,
        @DefaultValue Messages messages,
        @DefaultValue Live live,
        @DefaultValue Listing listing) {

    /** Usual delay between adjudication and payment: NOEMIE claims are paid faster than uploads. */
    public record ServiceLevels(@DefaultValue("48h") Duration noemie, @DefaultValue("7d") Duration upload) {

        public Duration of(Channel channel) {
            return channel == Channel.NOEMIE ? noemie : upload;
        }
    }

    /**
     * @param from sender address of the e-mails
     * @param maxAttempts sends of one message before it is left FAILED for good
     * @param retryDelay wait before the first retry, doubled after each failed attempt
     * @param retryPollInterval how often failed sends are retried
     * @param reviewReminderAfter a claim still IN_REVIEW after this long gets a "we are still on it" message
     * @param reviewCheckInterval how often the long reviews are looked for
     */
    public record Messages(
            @DefaultValue("Prestaflow <ne-pas-repondre@prestaflow.fr>") String from,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1m") Duration retryDelay,
            @DefaultValue("30s") Duration retryPollInterval,
            @DefaultValue("5d") Duration reviewReminderAfter,
            @DefaultValue("15m") Duration reviewCheckInterval) {
    }

    /** @param timeout how long a server-sent events stream stays open before the client reconnects */
    public record Live(@DefaultValue("30m") Duration timeout) {
    }

    /** @param defaultDays the claim list shows this many days back when no date filter is given */
    public record Listing(@DefaultValue("90") int defaultDays, @DefaultValue("20") int defaultSize) {
    }
}
