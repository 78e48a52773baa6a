package org.yorisoi.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of the risk lexicon.
 *
 * @param version e.g. {@code 2026-11-24.2} (date of publication, then a running number)
 * @param author the person who published it ({@code shipped} for the one the detector ships with)
 * @param at when
 * @param entries how many entries it has
 * @param note why it was changed, in the author's words (no consultation text)
 */
public record LexiconVersion(String version, String author, Instant at, int entries, String note) {
    public LexiconVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(author, "author");
    }
}
