package org.yorisoi.risk.internal;

import java.text.Normalizer;

/**
 * NFKC normalisation that keeps a map back to the original offsets (so hits point into the text the
 * counselor sees), and the lemma key used on both sides of matching: NFKC, katakana folded to hiragana,
 * because children write the same word in either script (シネ / しね, ムリ / むり).
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    record Normalized(String text, int[] originalOffsets) {
        int toOriginal(int normalizedOffset) {
            return originalOffsets[Math.min(normalizedOffset, originalOffsets.length - 1)];
        }
    }

    static Normalized normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] offsets = new int[original.length() * 4 + 1];
        int i = 0;
        while (i < original.length()) {
            int end = i + Character.charCount(original.codePointAt(i));
            // A half-width voiced sound mark composes with the preceding kana, so they normalise together.
            while (end < original.length() && (original.charAt(end) == '\uFF9E' || original.charAt(end) == '\uFF9F')) {
                end++;
            }
            String piece = Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFKC);
            for (int k = 0; k < piece.length(); k++) {
                offsets[out.length()] = i;
                out.append(piece.charAt(k));
            }
            i = end;
        }
        offsets[out.length()] = original.length();
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(offsets, 0, trimmed, 0, trimmed.length);
        return new Normalized(out.toString(), trimmed);
    }

    static String normalizeLemma(String lemma) {
        return Kana.fold(Normalizer.normalize(lemma, Normalizer.Form.NFKC));
    }
}
