package org.yorisoi.contract.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The term of a contract: the dates during which it accepts consultations, both ends included.
 *
 * @param start first day
 * @param end last day
 * @param pauses spans inside the term when the human service pauses (e.g. the New Year break), for the
 *               {@link AutoReply#PAUSED} reply. They close no window by themselves: each {@link WindowRule} excludes
 *               them explicitly, so an AI lane can run through a pause. Intake still answers during a pause.
 * @param clause the clause that sets the term
 */
public record Term(LocalDate start, LocalDate end, List<DateRange> pauses, String clause) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("term ends before it starts: " + start + ".." + end);
        }
        pauses = List.copyOf(pauses);
        Objects.requireNonNull(clause, "clause");
    }

    /** True when the date lies within the term (pauses included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True when the date lies in one of the pauses. */
    public boolean isPaused(LocalDate date) {
        return pauses.stream().anyMatch(p -> p.contains(date));
    }

    /** The term as a date range. */
    public DateRange range() {
        return new DateRange(start, end);
    }
}
