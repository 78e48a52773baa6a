package org.yorisoi.risk;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Assesses one inbound message for risk to the consulter's or someone else's life or body. Thread-safe.
 *
 * <p>The lexicon it matches against is data: the bundle ships one, and the platform's lexicon store
 * (edited by leads, every change audited) installs newer versions with {@link #useLexicon}.
 */
@ProviderType
public interface RiskDetector {
    /** Never null; a text without any hit yields severity {@link Severity#NONE} and no hits. */
    RiskAssessment assess(String text);

    /** The lexicon in force: its version and its text in the lexicon file format (tab-separated, one entry per line). */
    LexiconText lexicon();

    /** The lexicon shipped with the detector, in the same format. */
    LexiconText shippedLexicon();

    /**
     * Parses {@code text} and, when it is valid, matches against it from now on.
     *
     * @param version the version to report in assessments, e.g. {@code 2026-11-24.2}
     * @param text the lexicon in the lexicon file format; a {@code # version:} line in it is ignored
     * @return the number of entries now in force
     * @throws IllegalArgumentException when the text is not a valid lexicon; the message names the line and the
     *         field at fault (never more than the field's own value)
     */
    int useLexicon(String version, String text);

    /** A lexicon's version and text. */
    record LexiconText(String version, String text, int entries) {
        public LexiconText {
            java.util.Objects.requireNonNull(version, "version");
            java.util.Objects.requireNonNull(text, "text");
        }
    }
}
