package org.yorisoi.risk;

/**
 * One lexicon entry found in a message. {@code start}/{@code end} are UTF-16 offsets into the assessed text;
 * the matched text itself is deliberately not part of the record so that it never reaches a log.
 * A negated hit does not count towards the assessment's severity; a reported hit (someone else's words)
 * counts one level lower and its {@code severity} is already lowered.
 */
public record RiskHit(String entryId, Category category, Severity severity, int start, int end,
                      boolean negated, boolean reported) {
}
