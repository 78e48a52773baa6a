package org.yorisoi.core.internal.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.platform.PlatformClock;

/**
 * The platform clock: the system clock, or one that starts at a configured instant and then runs (or stands
 * still), so tests and demonstrations can put the whole platform at a chosen moment.
 */
@Component(service = PlatformClock.class, configurationPid = "org.yorisoi.clock")
@Designate(ocd = PlatformClockComponent.Config.class)
public class PlatformClockComponent implements PlatformClock {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformClockComponent.class);

    @ObjectClassDefinition(name = "Yorisoi platform clock",
            description = "The clock every contract rule is evaluated against")
    public @interface Config {
        @AttributeDefinition(description = "Start the clock at this instant (ISO-8601 with offset, e.g. "
                + "2026-12-29T19:00:00+09:00); empty for the real system clock")
        String startAt() default "";

        @AttributeDefinition(description = "With startAt: stand still at that instant instead of running on")
        boolean frozen() default false;
    }

    private volatile Clock clock = Clock.system(TOKYO);

    @Activate
    @Modified
    void configure(Config config) {
        clock = clockFor(config.startAt(), config.frozen(), Clock.system(TOKYO));
        LOG.info("Platform clock: {}", config.startAt().isBlank() ? "system" : "starting at " + config.startAt()
                + (config.frozen() ? " (frozen)" : ""));
    }

    static Clock clockFor(String startAt, boolean frozen, Clock system) {
        if (startAt == null || startAt.isBlank()) {
            return system;
        }
        Instant start;
        try {
            start = OffsetDateTime.parse(startAt.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("org.yorisoi.clock startAt: expected an ISO-8601 date-time with offset, got '"
                    + startAt + "'", e);
        }
        return frozen ? Clock.fixed(start, TOKYO) : Clock.offset(system, Duration.between(system.instant(), start));
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
