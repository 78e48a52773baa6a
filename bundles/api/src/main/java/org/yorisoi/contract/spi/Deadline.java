package org.yorisoi.contract.spi;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/** How soon an escalation step must be done, counted from the moment the case is opened. */
public sealed interface Deadline {

    /** The local (Asia/Tokyo) due time for a case opened at {@code openedAt}. */
    LocalDateTime dueAfter(LocalDateTime openedAt, HolidayCalendar holidays);

    /** Within a fixed time, e.g. at once = {@code within(Duration.ofMinutes(10))}. */
    static Deadline within(Duration duration) {
        return new Within(duration);
    }

    /** By a time of the next calendar day, e.g. 09:00 the next day. */
    static Deadline nextDayBy(LocalTime time) {
        return new NextDayBy(time);
    }

    /** By a time of the next business day (not Saturday, Sunday or a holiday). */
    static Deadline nextBusinessDayBy(LocalTime time) {
        return new NextBusinessDayBy(time);
    }

    record Within(Duration duration) implements Deadline {
        public Within {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public LocalDateTime dueAfter(LocalDateTime openedAt, HolidayCalendar holidays) {
            return openedAt.plus(duration);
        }
    }

    record NextDayBy(LocalTime time) implements Deadline {
        @Override
        public LocalDateTime dueAfter(LocalDateTime openedAt, HolidayCalendar holidays) {
            return openedAt.toLocalDate().plusDays(1).atTime(time);
        }
    }

    record NextBusinessDayBy(LocalTime time) implements Deadline {
        @Override
        public LocalDateTime dueAfter(LocalDateTime openedAt, HolidayCalendar holidays) {
            return holidays.onOrNextBusinessDay(openedAt.toLocalDate().plusDays(1)).atTime(time);
        }
    }
}
