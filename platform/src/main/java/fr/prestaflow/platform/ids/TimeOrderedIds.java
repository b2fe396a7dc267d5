package fr.prestaflow.platform.ids;

import java.time.Clock;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562 §5.7): the millisecond they were made, then 74 random bits. Ids made one after the other
 * sort one after the other, so the rows and index entries keyed by them go in at the end of their B-trees instead of at
 * random places: a file's claims and their events touch a few pages, not one page each (a page first written after a
 * checkpoint goes whole into the write-ahead log). The random bits are those of {@link UUID#randomUUID()}.
 */
public final class TimeOrderedIds {

    private static final Clock CLOCK = Clock.systemUTC();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(CLOCK.millis(), UUID.randomUUID());
    }

    static UUID at(long epochMillis, UUID random) {
        long high = epochMillis << 16 | 0x7000 | random.getMostSignificantBits() & 0x0FFF;
        return new UUID(high, random.getLeastSignificantBits());
    }
}
