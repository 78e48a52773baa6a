package org.yorisoi.risk.internal;

/**
 * A lexicon line that cannot be read; the message names the line number and the field, never the pattern.
 * An {@link IllegalArgumentException}, as {@code RiskDetector.useLexicon} promises.
 */
public class LexiconFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public LexiconFormatException(int lineNumber, String problem) {
        super("risk lexicon line " + lineNumber + ": " + problem);
    }
}
