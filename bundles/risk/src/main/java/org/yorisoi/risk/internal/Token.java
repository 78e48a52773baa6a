package org.yorisoi.risk.internal;

/**
 * One kuromoji token: normalised lemma and surface keys (NFKC, katakana folded to hiragana), the reading of the
 * surface in hiragana ({@code null} for words kuromoji does not know), part of speech, inflection type ({@code ""}
 * for words that do not inflect) and offsets in the normalised text.
 */
record Token(String lemma, String surface, String reading, String partOfSpeech, String inflection, int start, int end) {
    boolean sentenceEnd() {
        return partOfSpeech.startsWith("記号-句点") || surface.equals("!") || surface.equals("?")
                || surface.equals("\n") || surface.equals("。");
    }

    boolean particle() {
        return partOfSpeech.startsWith("助詞");
    }

    boolean auxiliary() {
        return partOfSpeech.startsWith("助動詞");
    }

    boolean symbol() {
        return partOfSpeech.startsWith("記号");
    }

    /** A dependent verb (てる, しまう, ちゃう) or verb suffix (れる, せる) that carries the predicate before it on. */
    boolean dependentVerb() {
        return partOfSpeech.startsWith("動詞-非自立") || partOfSpeech.startsWith("動詞-接尾");
    }

    /** A word whose base form kuromoji derived from an inflected surface (verbs, adjectives, auxiliaries). */
    boolean inflecting() {
        return partOfSpeech.startsWith("動詞") || partOfSpeech.startsWith("形容詞") || partOfSpeech.startsWith("助動詞");
    }

    /** Written in kana only (after folding: hiragana and the prolonged sound mark). */
    boolean kana() {
        return Kana.all(surface);
    }

    /** What the token sounds like, in hiragana: its surface when written in kana, else its reading or surface. */
    String sound() {
        return kana() || reading == null ? surface : reading;
    }

    boolean matches(String key) {
        return lemma.equals(key) || surface.equals(key);
    }
}
