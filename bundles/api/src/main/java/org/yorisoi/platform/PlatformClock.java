package org.yorisoi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one clock of the platform. The real system clock by default; configuration ({@code org.yorisoi.clock})
 * can start it at a chosen instant, so that tests and demonstrations run the platform at any moment.
 */
@ProviderType
public interface PlatformClock {

    /** The zone all contracts live in. */
    ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** The clock in force, in the Tokyo zone. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default ZonedDateTime nowInTokyo() {
        return ZonedDateTime.now(clock()).withZoneSameInstant(TOKYO);
    }
}
