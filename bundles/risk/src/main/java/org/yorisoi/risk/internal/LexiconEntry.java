package org.yorisoi.risk.internal;

import java.util.List;
import java.util.Set;

import org.yorisoi.risk.Category;
import org.yorisoi.risk.Severity;

/**
 * One lexicon line. {@code pattern} is a sequence of steps; each step is a set of alternative base forms
 * (lemmas as kuromoji produces them, normalised). Entries of category IMMINENT_DANGER also act as boosters:
 * next to a counted first-person hit in the same sentence they raise the message to HIGH. {@code asWritten}: the
 * alternatives (written {@code =生きる} in the lexicon) that are never matched by their reading.
 */
public record LexiconEntry(String id, Category category, Severity severity, List<Set<String>> pattern, String notes,
                           Set<String> asWritten) {
    public LexiconEntry {
        pattern = List.copyOf(pattern);
        asWritten = Set.copyOf(asWritten);
    }

    public LexiconEntry(String id, Category category, Severity severity, List<Set<String>> pattern, String notes) {
        this(id, category, severity, pattern, notes, Set.of());
    }

    public boolean exception() {
        return severity == Severity.NONE && category != Category.IMMINENT_DANGER;
    }

    public boolean booster() {
        return category == Category.IMMINENT_DANGER;
    }
}
