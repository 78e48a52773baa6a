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

    /**
     * Parses configuration text: {@code "2025-12-30..2026-01-04"}, or a single day {@code "2024-01-01"}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static DateRange parse(String text) {
        String t = text.trim();
        int dots = t.indexOf("..");
        try {
            return dots < 0 ? day(t) : of(t.substring(0, dots).trim(), t.substring(dots + 2).trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, got '" + text + "'", e);
        }
    }

    /** Parses a comma-separated list of {@link #parse ranges}; blank text is the empty list. */
    public static java.util.List<DateRange> parseList(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(DateRange::parse).toList();
    }

    /** The configuration text of a list of ranges, as {@link #parseList} reads it. */
    public static String format(java.util.List<DateRange> ranges) {
        return ranges.stream().map(DateRange::toString).collect(java.util.stream.Collectors.joining(","));
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
