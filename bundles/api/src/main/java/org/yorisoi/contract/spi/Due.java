package org.yorisoi.contract.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.Objects;

/**
 * When a report for a period is due, as a local date-time (Asia/Tokyo). "By a day" means by the end of
 * that day, 23:59:59.
 */
public sealed interface Due {

    LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** The due instant for a period of the term. */
    LocalDateTime dueFor(DateRange period, Term term, HolidayCalendar holidays);

    /** By the end of the n-th calendar day after the period ends (1 = the next day). */
    static Due daysAfterPeriodEnd(int days) {
        return new AfterPeriodEnd(days, END_OF_DAY);
    }

    /** By a time of the day after the period ends, e.g. 09:00 the next day. */
    static Due nextDayBy(LocalTime time) {
        return new AfterPeriodEnd(1, time);
    }

    /** By the given day of the month after the period, moved to the next business day if it is none. */
    static Due dayOfFollowingMonthOrNextBusinessDay(int day) {
        return new DayOfFollowingMonth(day, true);
    }

    /** Relative to the first day of the term: negative before it, e.g. -1 = the day before the start. */
    static Due daysFromTermStart(int days) {
        return new FromTermStart(days);
    }

    /** Like this rule, except that the period ending in {@code month} is due on {@code day} of that same month. */
    default Due exceptFor(Month month, int day) {
        return new MonthOverride(this, month, day);
    }

    record AfterPeriodEnd(int days, LocalTime by) implements Due {
        public AfterPeriodEnd {
            Objects.requireNonNull(by, "by");
        }

        @Override
        public LocalDateTime dueFor(DateRange period, Term term, HolidayCalendar holidays) {
            return period.end().plusDays(days).atTime(by);
        }
    }

    record DayOfFollowingMonth(int day, boolean rollToBusinessDay) implements Due {
        @Override
        public LocalDateTime dueFor(DateRange period, Term term, HolidayCalendar holidays) {
            LocalDate due = period.end().withDayOfMonth(1).plusMonths(1).withDayOfMonth(day);
            return (rollToBusinessDay ? holidays.onOrNextBusinessDay(due) : due).atTime(END_OF_DAY);
        }
    }

    record FromTermStart(int days) implements Due {
        @Override
        public LocalDateTime dueFor(DateRange period, Term term, HolidayCalendar holidays) {
            return term.start().plusDays(days).atTime(END_OF_DAY);
        }
    }

    record MonthOverride(Due base, Month month, int day) implements Due {
        public MonthOverride {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(month, "month");
        }

        @Override
        public LocalDateTime dueFor(DateRange period, Term term, HolidayCalendar holidays) {
            return period.end().getMonth() == month
                    ? period.end().withDayOfMonth(day).atTime(END_OF_DAY)
                    : base.dueFor(period, term, holidays);
        }
    }
}
