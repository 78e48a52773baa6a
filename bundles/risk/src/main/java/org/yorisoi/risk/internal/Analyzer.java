package org.yorisoi.risk.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Kuromoji behind a per-thread tokenizer (a JapaneseTokenizer is not thread-safe). */
final class Analyzer {
    /** Shortest katakana word that is tried again in hiragana when kuromoji does not know it. */
    private static final int MIN_REREAD = 2;

    private final ThreadLocal<JapaneseTokenizer> tokenizers = ThreadLocal.withInitial(Analyzer::newTokenizer);

    private static JapaneseTokenizer newTokenizer() {
        // Kuromoji loads its dictionaries from its own class loader; under OSGi the context loader may be any
        // bundle's, so pin it to ours while the static dictionaries are first created.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Analyzer.class.getClassLoader());
        try {
            // NORMAL mode: one token per word, so patterns are plain sequences (SEARCH adds overlapping compounds).
            return new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Tokens of a normalised text. Kuromoji reads a katakana run it does not know as one proper noun (シニタイ,
     * シニタクナイ); when the same run in hiragana reads as known words with a verb and an auxiliary among them
     * (しに たく ない; not アムカ → あむ か), that run is read in hiragana, so negation and inflection work as in any other spelling.
     * Known katakana words (ナイフ, ロープ) and unknown nouns (ボカロ) stay as written. Offsets are unchanged:
     * the fold is one char for one char.
     */
    List<Token> analyse(String normalized) {
        List<Token> tokens = tokenize(normalized);
        char[] reread = null;
        for (Token token : tokens) {
            String written = normalized.substring(token.start(), token.end());
            if (token.reading() != null || written.length() < MIN_REREAD || !Kana.allKatakana(written)) {
                continue;
            }
            String hiragana = Kana.fold(written);
            List<Token> alone = tokenize(hiragana);
            boolean known = alone.size() >= 2 && alone.stream().allMatch(t -> t.reading() != null);
            boolean predicate = alone.stream().anyMatch(t -> t.partOfSpeech().startsWith("動詞"))
                    && alone.stream().anyMatch(Token::auxiliary);
            if (known && predicate) {
                if (reread == null) {
                    reread = normalized.toCharArray();
                }
                hiragana.getChars(0, hiragana.length(), reread, token.start());
            }
        }
        return reread == null ? tokens : tokenize(new String(reread));
    }

    /** Tokens of a normalised text as kuromoji reads it; whitespace is dropped, line breaks are kept. */
    List<Token> tokenize(String text) {
        JapaneseTokenizer tokenizer = tokenizers.get();
        List<Token> tokens = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            InflectionAttribute inflection = tokenizer.addAttribute(InflectionAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                if (surface.isBlank() && !surface.contains("\n")) {
                    continue;
                }
                String base = baseForm.getBaseForm();
                String partOfSpeech = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                String sound = reading.getReading();
                String type = inflection.getInflectionType();
                tokens.add(new Token(TextNormalizer.normalizeLemma(base == null ? surface : base),
                        TextNormalizer.normalizeLemma(surface), sound == null ? null : TextNormalizer.normalizeLemma(sound),
                        partOfSpeech, type == null ? "" : type, offset.startOffset(), offset.endOffset()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenizing a message failed", e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // closing a reader over a String does not fail
            }
        }
        return tokens;
    }
}
