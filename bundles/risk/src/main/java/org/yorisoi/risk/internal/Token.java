package org.yorisoi.risk.internal;

/** One kuromoji token: normalised lemma and surface keys, part of speech, offsets in the normalised text. */
record Token(String lemma, String surface, String partOfSpeech, int start, int end) {
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

    boolean matches(String key) {
        return lemma.equals(key) || surface.equals(key);
    }
}
