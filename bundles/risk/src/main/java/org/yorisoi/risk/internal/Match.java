package org.yorisoi.risk.internal;

/** A lexicon entry found over tokens {@code first..last} (inclusive). */
record Match(LexiconEntry entry, int first, int last) {
    boolean overlaps(Match other) {
        return first <= other.last && other.first <= last;
    }

    boolean contains(Match other) {
        return first <= other.first && other.last <= last;
    }

    boolean sameSpan(Match other) {
        return first == other.first && last == other.last;
    }
}
