package org.yorisoi.risk.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Context words (思う, 友達, アニメ) matched against a token's lemma or surface, normalised like them, and against
 * the lemma of a kana-written token by the word's reading (おもう, ともだち), so context reads the same in any
 * spelling. Readings of one kana are left out (気 = き would match too much).
 */
final class WordSet {
    private final Set<String> words;
    private final Set<String> readings;

    private WordSet(Set<String> words, Set<String> readings) {
        this.words = Set.copyOf(words);
        this.readings = Set.copyOf(readings);
    }

    static WordSet of(Function<String, List<Token>> analyse, String... spellings) {
        Set<String> words = new HashSet<>();
        Set<String> readings = new HashSet<>();
        for (String spelling : spellings) {
            String word = TextNormalizer.normalizeLemma(spelling);
            words.add(word);
            List<Token> analysis = analyse.apply(word);
            if (analysis.size() == 1 && analysis.get(0).lemma().equals(word) && analysis.get(0).reading() != null
                    && analysis.get(0).reading().length() > 1) {
                readings.add(analysis.get(0).reading());
            }
        }
        return new WordSet(words, readings);
    }

    boolean contains(Token token) {
        return words.contains(token.lemma()) || words.contains(token.surface())
                || (token.kana() && readings.contains(token.lemma()));
    }
}
