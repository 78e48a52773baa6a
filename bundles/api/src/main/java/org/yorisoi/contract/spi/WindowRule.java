package org.yorisoi.contract.spi;

import java.time.LocalTime;
import java.util.Objects;

/**
 * An opening of a given kind on the days a {@link DayRule} selects, from {@code start} (inclusive) to
 * {@code end} (exclusive). An {@code end} of 00:00 means midnight at the end of the day (24:00).
 *
 * @param kind what kind of opening
 * @param days the days it applies to
 * @param start local start time
 * @param end local end time, 00:00 for 24:00
 * @param clause the clause of the specification, e.g. {@code "kyoto 6(2)ア"}
 */
public record WindowRule(WindowKind kind, DayRule days, LocalTime start, LocalTime end, String clause) {

    public WindowRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(clause, "clause");
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new IllegalArgumentException(clause + ": window ends before it starts: " + start + "-" + end);
        }
    }

    /** Counselors answer, e.g. {@code human(days, "17:00", "22:00", "kyoto 6(2)ア")}. */
    public static WindowRule human(DayRule days, String start, String end, String clause) {
        return new WindowRule(WindowKind.HUMAN, days, LocalTime.parse(start), LocalTime.parse(end), clause);
    }

    /** The AI listener answers. */
    public static WindowRule ai(DayRule days, String start, String end, String clause) {
        return new WindowRule(WindowKind.AI, days, LocalTime.parse(start), LocalTime.parse(end), clause);
    }

    /** Standard appointment window. */
    public static WindowRule standardAppointments(DayRule days, String start, String end, String clause) {
        return new WindowRule(WindowKind.APPOINTMENT_STANDARD, days, LocalTime.parse(start), LocalTime.parse(end), clause);
    }

    /** Extended appointment window. */
    public static WindowRule extendedAppointments(DayRule days, String start, String end, String clause) {
        return new WindowRule(WindowKind.APPOINTMENT_EXTENDED, days, LocalTime.parse(start), LocalTime.parse(end), clause);
    }

    /** True when the window runs to midnight. */
    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }
}
