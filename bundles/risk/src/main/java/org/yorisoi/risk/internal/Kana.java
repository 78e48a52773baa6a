package org.yorisoi.risk.internal;

/** Kana tests and the katakana → hiragana fold used for matching. */
final class Kana {
    private Kana() {
    }

    static boolean hiragana(char c) {
        return (c >= '\u3041' && c <= '\u309F') || c == '\u30FC';
    }

    static boolean katakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC';
    }

    /** Non-empty and hiragana (or ー) throughout. */
    static boolean all(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!hiragana(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean allKatakana(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!katakana(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Katakana to hiragana, one char for one char (so offsets stay valid); other chars unchanged. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
