package fr.prestaflow.adjudication;

import fr.prestaflow.contracts.care.Channel;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The adjudication service's own settings.
 *
 * @param zone the zone whose calendar dates "today" (expected payment dates)
 * @param serviceLevels how long after adjudication the member should be paid, per channel (whole days), e.g.
 *                      {@code NOEMIE: 2d}, {@code UPLOAD: 7d}; both channels are required
 */
@ConfigurationProperties("prestaflow.adjudication")
public record AdjudicationProperties(@DefaultValue("Europe/Paris") ZoneId zone, Map<Channel, Duration> serviceLevels) {

    public AdjudicationProperties {
        Objects.requireNonNull(zone, "zone");
        serviceLevels = serviceLevels == null ? Map.of() : Map.copyOf(new EnumMap<>(serviceLevels));
        for (Channel channel : new Channel[] {Channel.NOEMIE, Channel.UPLOAD}) {
            Duration level = serviceLevels.get(channel);
            if (level == null || level.isNegative()) {
                throw new IllegalArgumentException("prestaflow.adjudication.service-levels." + channel
                        + " must be set to a duration of whole days, e.g. 2d");
            }
        }
    }

    public Duration serviceLevel(Channel channel) {
        Duration level = serviceLevels.get(channel);
        if (level == null) {
            throw new IllegalArgumentException("No service level for " + channel);
        }
        return level;
    }
}
