package org.yorisoi.contract.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which days a rule applies to. Built from the factories and combinators below so that a contract reads
 * like its clause: {@code DayRule.on(MONDAY, FRIDAY).between("2023-07-14", "2024-03-31").except("2024-01-01")}.
 */
@FunctionalInterface
public interface DayRule {

    /** True when the rule applies on this date. */
    boolean appliesOn(LocalDate date, HolidayCalendar holidays);

    /** Every day. */
    static DayRule everyDay() {
        return (d, h) -> true;
    }

    /** These days of the week, holidays included. */
    static DayRule on(DayOfWeek first, DayOfWeek... more) {
        Set<DayOfWeek> days = EnumSet.of(first, more);
        return (d, h) -> days.contains(d.getDayOfWeek());
    }

    /** Monday to Friday that are not national holidays (平日). */
    static DayRule weekdaysExceptHolidays() {
        return (d, h) -> h.isBusinessDay(d);
    }

    /** National holidays only. */
    static DayRule holidays() {
        return (d, h) -> h.isHoliday(d);
    }

    /** Exactly the days of a range. */
    static DayRule within(DateRange range) {
        return (d, h) -> range.contains(d);
    }

    /** Exactly the days of a range. */
    static DayRule within(String start, String end) {
        return within(DateRange.of(start, end));
    }

    /** Also applies where {@code other} applies. */
    default DayRule or(DayRule other) {
        return (d, h) -> appliesOn(d, h) || other.appliesOn(d, h);
    }

    /** Applies only where {@code other} applies too. */
    default DayRule and(DayRule other) {
        return (d, h) -> appliesOn(d, h) && other.appliesOn(d, h);
    }

    /** Limited to a date range, both ends included. */
    default DayRule between(String start, String end) {
        return between(DateRange.of(start, end));
    }

    /** Limited to a date range, both ends included. */
    default DayRule between(DateRange range) {
        return and(within(range));
    }

    /** Not on these dates. */
    default DayRule except(String... dates) {
        List<LocalDate> excluded = java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
        return (d, h) -> appliesOn(d, h) && !excluded.contains(d);
    }

    /** Not in these ranges (e.g. long vacations set by configuration). */
    default DayRule exceptDuring(Collection<DateRange> ranges) {
        List<DateRange> excluded = List.copyOf(ranges);
        return (d, h) -> appliesOn(d, h) && excluded.stream().noneMatch(r -> r.contains(d));
    }

    /** Not in this range. */
    default DayRule exceptDuring(DateRange range) {
        return exceptDuring(List.of(range));
    }

    /** Not on these days of the week. */
    default DayRule exceptOn(DayOfWeek first, DayOfWeek... more) {
        Set<DayOfWeek> excluded = EnumSet.of(first, more);
        return (d, h) -> appliesOn(d, h) && !excluded.contains(d.getDayOfWeek());
    }

    /** Not on national holidays. */
    default DayRule exceptHolidays() {
        return (d, h) -> appliesOn(d, h) && !h.isHoliday(d);
    }

    /** Not on this day of any year, e.g. January 1. */
    default DayRule exceptEvery(MonthDay day) {
        return (d, h) -> appliesOn(d, h) && !MonthDay.from(d).equals(day);
    }

    /** Not from one day of the year to another of any year, crossing the New Year, e.g. 12-29..01-03. */
    default DayRule exceptYearly(MonthDay from, MonthDay to) {
        return (d, h) -> {
            MonthDay md = MonthDay.from(d);
            boolean inside = from.isAfter(to)
                    ? !md.isBefore(from) || !md.isAfter(to)
                    : !md.isBefore(from) && !md.isAfter(to);
            return appliesOn(d, h) && !inside;
        };
    }
}
