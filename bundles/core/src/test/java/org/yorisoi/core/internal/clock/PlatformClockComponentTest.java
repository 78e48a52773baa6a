package org.yorisoi.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.Test;
import org.yorisoi.platform.PlatformClock;

public class PlatformClockComponentTest {

    /** A system clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        ManualClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ManualClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Instant SYSTEM_NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant START = Instant.parse("2026-12-29T10:00:00Z"); // 19:00 in Tokyo

    @Test
    public void emptyStartAtIsTheSystemClock() {
        Clock system = new ManualClock(SYSTEM_NOW, PlatformClock.TOKYO);
        assertSame(system, PlatformClockComponent.clockFor("", false, system));
        assertSame(system, PlatformClockComponent.clockFor("  ", false, system));
        assertSame(system, PlatformClockComponent.clockFor(null, false, system));
        assertSame(system, PlatformClockComponent.clockFor("", true, system));
    }

    @Test
    public void startAtClockStartsAtTheInstantAndRuns() {
        ManualClock system = new ManualClock(SYSTEM_NOW, PlatformClock.TOKYO);
        Clock clock = PlatformClockComponent.clockFor("2026-12-29T19:00:00+09:00", false, system);
        assertEquals(START, clock.instant());
        system.advance(Duration.ofMinutes(90));
        assertEquals(START.plus(Duration.ofMinutes(90)), clock.instant());
        system.advance(Duration.ofDays(3));
        assertEquals(START.plus(Duration.ofMinutes(90)).plus(Duration.ofDays(3)), clock.instant());
    }

    @Test
    public void startAtInAnotherOffsetIsTheSameInstantAndSurroundingBlanksAreIgnored() {
        ManualClock system = new ManualClock(SYSTEM_NOW, PlatformClock.TOKYO);
        assertEquals(START, PlatformClockComponent.clockFor("2026-12-29T10:00:00Z", false, system).instant());
        assertEquals(START, PlatformClockComponent.clockFor(" 2026-12-29T19:00:00+09:00 ", false, system).instant());
    }

    @Test
    public void frozenClockStaysAtTheInstant() {
        ManualClock system = new ManualClock(SYSTEM_NOW, PlatformClock.TOKYO);
        Clock clock = PlatformClockComponent.clockFor("2026-12-29T19:00:00+09:00", true, system);
        assertEquals(START, clock.instant());
        system.advance(Duration.ofHours(5));
        assertEquals(START, clock.instant());
        assertEquals(PlatformClock.TOKYO, clock.getZone());
    }

    @Test
    public void malformedStartAtIsRejectedNamingStartAt() {
        Clock system = new ManualClock(SYSTEM_NOW, PlatformClock.TOKYO);
        for (String bad : new String[] {"yesterday", "2026-12-29T19:00:00", "2026-12-29", "2026-13-01T00:00:00+09:00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PlatformClockComponent.clockFor(bad, false, system));
            assertTrue(e.getMessage(), e.getMessage().contains("startAt"));
            assertTrue(e.getMessage(), e.getMessage().contains(bad));
            assertTrue(e.getCause() instanceof DateTimeParseException);
        }
    }

    private static PlatformClockComponent.Config config(String startAt, boolean frozen) {
        return new PlatformClockComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PlatformClockComponent.Config.class;
            }

            @Override
            public String startAt() {
                return startAt;
            }

            @Override
            public boolean frozen() {
                return frozen;
            }
        };
    }

    @Test
    public void componentUsesTheTokyoSystemClockUntilConfigured() {
        PlatformClockComponent component = new PlatformClockComponent();
        assertEquals(PlatformClock.TOKYO, component.clock().getZone());
        Instant before = Instant.now();
        Instant now = component.now();
        assertTrue(Duration.between(before, now).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    public void configureSetsAFrozenClockAndBackToTheSystemClock() {
        PlatformClockComponent component = new PlatformClockComponent();
        component.configure(config("2026-12-29T19:00:00+09:00", true));
        assertEquals(START, component.now());
        assertEquals(19, component.nowInTokyo().getHour());
        assertEquals(ZoneOffset.ofHours(9), component.nowInTokyo().getOffset());

        component.configure(config("", false));
        assertEquals(PlatformClock.TOKYO, component.clock().getZone());
        assertTrue(Duration.between(Instant.now(), component.now()).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    public void configureWithMalformedStartAtKeepsThePreviousClock() {
        PlatformClockComponent component = new PlatformClockComponent();
        component.configure(config("2026-12-29T19:00:00+09:00", true));
        assertThrows(IllegalArgumentException.class, () -> component.configure(config("not a date", false)));
        assertEquals(START, component.now());
    }
}
