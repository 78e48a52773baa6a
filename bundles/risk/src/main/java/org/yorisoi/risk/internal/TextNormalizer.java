package org.yorisoi.risk.internal;

import java.text.Normalizer;
import java.util.Arrays;

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
        // NFKC may turn one char into many (ﷺ into 18), so the offset map grows as needed.
        int[] offsets = new int[original.length() + 16];
        int i = 0;
        while (i < original.length()) {
            int end = i + Character.charCount(original.codePointAt(i));
            // A voiced sound mark (half-width or combining) composes with the preceding kana, so they normalise
            // together.
            while (end < original.length() && soundMark(original.charAt(end))) {
                end++;
            }
            String piece = Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFKC);
            if (out.length() + piece.length() + 1 > offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, out.length() + piece.length() + 1));
            }
            for (int k = 0; k < piece.length(); k++) {
                offsets[out.length()] = i;
                out.append(piece.charAt(k));
            }
            i = end;
        }
        offsets[out.length()] = original.length();
        return new Normalized(out.toString(), Arrays.copyOf(offsets, out.length() + 1));
    }

    private static boolean soundMark(char c) {
        return c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A';
    }

    static String normalizeLemma(String lemma) {
        return Kana.fold(Normalizer.normalize(lemma, Normalizer.Form.NFKC));
    }
}
