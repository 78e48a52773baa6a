package org.yorisoi.contract.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A span of calendar days, both ends included (「…から…まで」).
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
        }
    }

    /** Parses two ISO dates, e.g. {@code DateRange.of("2025-12-30", "2026-01-04")}. */
    public static DateRange of(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    /** A single day. */
    public static DateRange day(String date) {
        LocalDate d = LocalDate.parse(date);
        return new DateRange(d, d);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Every day of the range, in order. */
    public Stream<LocalDate> days() {
        return start.datesUntil(end.plusDays(1));
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
