package org.yorisoi.risk.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.risk.Category;
import org.yorisoi.risk.RiskAssessment;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

/**
 * Matches the lexicon in two passes: kuromoji base forms (死にたかった → 死ぬ たい), then the sound of kana-written
 * text ({@link ReadingPass}: しにたい, シニタイ, ｼﾆﾀｲ, しのうかな). Then it reads the context of each hit: negation
 * in the same clause (死にたいなんて思ってない), someone else's reported words (友だちが「死にたい」って言ってた),
 * fiction (a song, anime or game), a resolved past, and imminence boosters (今夜, 遺書) that raise a hit to HIGH.
 */
@Component(service = RiskDetector.class)
public class KuromojiRiskDetector implements RiskDetector {
    private static final Logger LOG = LoggerFactory.getLogger(KuromojiRiskDetector.class);

    /** Tokens a pattern may skip between two of its steps (particles, auxiliaries: 消えて しまい たい). */
    private static final int MAX_GAP = 2;
    /** How far after a hit negation and quotation are looked for, in tokens. */
    private static final int CONTEXT_WINDOW = 8;

    // Token lemmas and surfaces are normalised (NFKC, katakana folded to hiragana), so the word lists are too:
    // written as Set.of("アニメ") they would never match.
    private static final Set<String> NEGATIONS = keys("ない", "ぬ", "ん", "ず", "ねぇ", "ねー");
    private static final Set<String> QUOTE_PARTICLES = keys("って", "と", "て");
    private static final Set<String> CONDITIONAL_NEGATIONS = keys("なきゃ", "なけれ", "なけりゃ", "ねば");
    private static final Set<String> SUBJECT_PARTICLES = keys("が", "は", "も");

    /** Context words, with their readings for kana spellings (おもってない, ともだちが). */
    private static final class Words {
        private static final Analyzer ANALYZER = new Analyzer();
        /** Words that may stand between a hit and its negation without changing what is negated. */
        static final WordSet NEGATION_BRIDGES = WordSet.of(ANALYZER::tokenize, "思う", "考える", "気", "気持ち", "こと",
                "事", "わけ", "訳", "ある", "いる", "しまう", "全然", "別に", "本当", "本気", "もう", "ちょっと", "一度",
                "一回", "一", "度", "つもり", "よう", "感じ", "言う", "なる", "別", "なんて", "とか", "など", "は", "も", "って",
                "て", "で", "と", "じゃ", "では", "まで", "わけじゃ", "全く", "まったく", "絶対", "ぜったい", "少し", "する");
        static final WordSet SAYING = WordSet.of(ANALYZER::tokenize, "言う", "いう", "話す", "書く", "つぶやく",
                "言い出す", "送る", "叫ぶ", "LINE", "ライン", "メール", "DM", "メッセージ");
        static final WordSet THIRD_PARTIES = WordSet.of(ANALYZER::tokenize, "友達", "友だち", "ともだち", "友人", "親友",
                "彼", "彼女", "彼氏", "先輩", "後輩", "弟", "妹", "兄", "姉", "子", "クラスメイト", "同級生", "いとこ", "あいつ",
                "その子", "知り合い", "人", "みんな");
        static final WordSet FIRST_PERSONS = WordSet.of(ANALYZER::tokenize, "私", "わたし", "僕", "ぼく", "俺", "おれ",
                "うち", "自分", "あたし");
        static final WordSet FICTION = WordSet.of(ANALYZER::tokenize, "歌", "歌詞", "曲", "アニメ", "漫画", "マンガ",
                "まんが", "セリフ", "台詞", "ドラマ", "映画", "小説", "キャラ", "ゲーム", "げーむ", "ボカロ", "主人公",
                "ラノベ", "動画", "本", "演劇", "劇", "芝居", "役");
        static final WordSet PAST_MARKERS = WordSet.of(ANALYZER::tokenize, "前", "昔", "以前", "頃", "ころ", "去年",
                "小学生", "時期");
        static final WordSet RESOLVED_MARKERS = WordSet.of(ANALYZER::tokenize, "大丈夫", "平気", "元気", "楽しい", "幸せ",
                "落ち着く");
    }

    private static Set<String> keys(String... words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) {
            keys.add(TextNormalizer.normalizeLemma(word));
        }
        return Set.copyOf(keys);
    }

    /** A lexicon with its compiled reading pass, replaced whole by {@link #useLexicon}. */
    private record Installed(Lexicon lexicon, ReadingPass readings) {
    }

    private final Analyzer analyzer = new Analyzer();
    /** An assessment reads it once and matches one lexicon throughout. */
    private volatile Installed installed;

    /** Parsed on first use: the resource is in the bundle, so it is the same for every instance. */
    private static final class Shipped {
        static final Lexicon LEXICON = Lexicon.shipped();
    }

    public KuromojiRiskDetector() {
    }

    public KuromojiRiskDetector(Lexicon lexicon) {
        installed = install(Objects.requireNonNull(lexicon, "lexicon"));
    }

    @Activate
    void activate() {
        installed = install(Shipped.LEXICON);
        LOG.info("Risk lexicon {} loaded with {} entries", Shipped.LEXICON.version(), Shipped.LEXICON.entries().size());
    }

    private Installed install(Lexicon lexicon) {
        return new Installed(lexicon, ReadingPass.compile(lexicon, analyzer::tokenize));
    }

    /** The parsed lexicon in force. */
    public Lexicon currentLexicon() {
        return installed.lexicon();
    }

    @Override
    public LexiconText lexicon() {
        return text(installed.lexicon());
    }

    @Override
    public LexiconText shippedLexicon() {
        return text(Shipped.LEXICON);
    }

    @Override
    public int useLexicon(String version, String text) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("risk lexicon version is empty");
        }
        if (version.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("risk lexicon version contains control characters");
        }
        if (text == null) {
            throw new IllegalArgumentException("risk lexicon text is missing");
        }
        Lexicon parsed = Lexicon.parse(text, version.strip());
        installed = install(parsed);
        LOG.info("Risk lexicon {} in force with {} entries", parsed.version(), parsed.entries().size());
        return parsed.entries().size();
    }

    private static LexiconText text(Lexicon lexicon) {
        return new LexiconText(lexicon.version(), lexicon.text(), lexicon.entries().size());
    }

    @Override
    public RiskAssessment assess(String text) {
        Installed current = installed;
        String version = current.lexicon().version();
        if (text == null || text.isBlank()) {
            return new RiskAssessment(Severity.NONE, List.of(), version);
        }
        TextNormalizer.Normalized normalized = TextNormalizer.normalize(text);
        List<Token> tokens = analyzer.analyse(normalized.text());
        List<Match> matches = findMatches(current.lexicon(), tokens);
        for (Match bySound : current.readings().find(tokens, KuromojiRiskDetector::skippable)) {
            if (!matches.contains(bySound)) {
                matches.add(bySound);
            }
        }
        List<Match> exceptions = matches.stream().filter(m -> m.entry().exception()).toList();
        List<Match> risks = matches.stream()
                .filter(m -> !m.entry().exception())
                .filter(m -> exceptions.stream().noneMatch(e -> e.overlaps(m)))
                .toList();
        risks = dropContained(risks);

        List<RiskHit> hits = new ArrayList<>();
        Severity max = Severity.NONE;
        boolean firstPersonCounted = false;
        boolean boosted = false;
        for (Match match : risks) {
            Context context = readContext(tokens, match);
            Severity severity = match.entry().severity();
            if (context.reported) {
                severity = severity.lower();
            }
            if (context.fiction) {
                severity = Severity.NONE;
            }
            if (context.resolvedPast) {
                severity = severity.compareTo(Severity.LOW) > 0 ? Severity.LOW : severity;
            }
            if (match.entry().booster()) {
                boosted |= !context.negated && !context.fiction && !context.resolvedPast;
            } else if (!context.negated && !context.reported && !context.fiction && !context.resolvedPast
                    && severity.atLeast(Severity.MEDIUM) && match.entry().category() != Category.ABUSE) {
                firstPersonCounted = true;
            }
            if (match.entry().booster() && match.entry().severity() == Severity.NONE) {
                continue;
            }
            hits.add(new RiskHit(match.entry().id(), match.entry().category(), severity,
                    normalized.toOriginal(tokens.get(match.first()).start()),
                    normalized.toOriginal(tokens.get(match.last()).end()), context.negated, context.reported));
            if (!context.negated && severity.compareTo(max) > 0) {
                max = severity;
            }
        }
        if (boosted && firstPersonCounted) {
            max = Severity.HIGH;
        }
        return new RiskAssessment(max, hits, version);
    }

    private static List<Match> findMatches(Lexicon lexicon, List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (int i = 0; i < tokens.size(); i++) {
                int last = matchFrom(entry, tokens, i);
                if (last >= 0) {
                    matches.add(new Match(entry, i, last));
                }
            }
        }
        return matches;
    }

    /** Index of the last token of a match of {@code entry} starting at {@code first}, or -1. */
    private static int matchFrom(LexiconEntry entry, List<Token> tokens, int first) {
        List<Set<String>> pattern = entry.pattern();
        if (!stepMatches(pattern.get(0), tokens.get(first))) {
            return -1;
        }
        int position = first;
        for (int step = 1; step < pattern.size(); step++) {
            int found = -1;
            for (int next = position + 1; next <= position + 1 + MAX_GAP && next < tokens.size(); next++) {
                Token token = tokens.get(next);
                if (stepMatches(pattern.get(step), token)) {
                    found = next;
                    break;
                }
                if (!skippable(token)) {
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    /**
     * A token a pattern may skip between two of its steps: particles, auxiliaries, dependent verbs and verb
     * suffixes (消えて しまい たい, 終わら せ たい, 生き てる 意味), never across a sentence end. Negation and
     * たい change what the words mean, so a pattern names them where it needs them and never skips them:
     * 死にたくなります is not 死にます, 死なないようにする is not 死のう.
     */
    private static boolean skippable(Token token) {
        if (token.sentenceEnd() || ((token.auxiliary() || token.partOfSpeech().startsWith("形容詞"))
                && (NEGATIONS.contains(token.lemma()) || token.lemma().equals("たい")))) {
            return false;
        }
        return token.particle() || token.auxiliary() || token.symbol() || token.dependentVerb()
                || Words.NEGATION_BRIDGES.contains(token);
    }

    private static boolean stepMatches(Set<String> alternatives, Token token) {
        for (String alternative : alternatives) {
            if (token.matches(alternative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of matches in the same category, a longer one (自殺 したい) hides the ones inside it (自殺). Of matches over
     * the same tokens (死にたい by its kanji and its kana entry) the more severe stays, then the first in the lexicon.
     */
    private static List<Match> dropContained(List<Match> matches) {
        List<Match> kept = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            boolean hidden = false;
            for (int k = 0; k < matches.size() && !hidden; k++) {
                Match other = matches.get(k);
                if (k == i || match.entry().booster()
                        || (other.entry().booster() && other.entry().category() != match.entry().category())) {
                    continue;
                }
                if (other.sameSpan(match)) {
                    int bySeverity = other.entry().severity().compareTo(match.entry().severity());
                    hidden = bySeverity > 0 || (bySeverity == 0 && k < i);
                } else {
                    hidden = other.contains(match);
                }
            }
            if (!hidden) {
                kept.add(match);
            }
        }
        return kept;
    }

    private record Context(boolean negated, boolean reported, boolean fiction, boolean resolvedPast) {
    }

    private static Context readContext(List<Token> tokens, Match match) {
        int sentenceStart = match.first();
        while (sentenceStart > 0 && !tokens.get(sentenceStart - 1).sentenceEnd()) {
            sentenceStart--;
        }
        int sentenceEnd = match.last();
        while (sentenceEnd + 1 < tokens.size() && !tokens.get(sentenceEnd).sentenceEnd()) {
            sentenceEnd++;
        }
        boolean negated = negatedAfter(tokens, match.last());
        boolean insideBrackets = insideBrackets(tokens, sentenceStart, match.first());
        Saying said = saidAfter(tokens, match.last());
        boolean thirdPartyBefore = false;
        boolean firstPersonBefore = false;
        boolean fiction = false;
        boolean pastBefore = false;
        for (int i = sentenceStart; i < match.first(); i++) {
            Token token = tokens.get(i);
            thirdPartyBefore |= Words.THIRD_PARTIES.contains(token);
            firstPersonBefore |= Words.FIRST_PERSONS.contains(token);
            pastBefore |= Words.PAST_MARKERS.contains(token);
        }
        boolean resolvedAfter = false;
        for (int i = sentenceStart; i <= sentenceEnd; i++) {
            fiction |= Words.FICTION.contains(tokens.get(i));
            if (i > match.last()) {
                resolvedAfter |= Words.RESOLVED_MARKERS.contains(tokens.get(i));
            }
        }
        // Abuse or violence someone said to the consulter (死ねって言われた, 写真送れって言われた) is not reported
        // speech: it is what happens to the consulter.
        boolean toConsulter = said == Saying.TO_CONSULTER
                && (match.entry().category() == Category.ABUSE || match.entry().category() == Category.VIOLENCE);
        boolean reported = said == Saying.BY_SOMEONE
                || (said != Saying.NONE && !toConsulter && (thirdPartyBefore || insideBrackets) && !firstPersonBefore)
                || (!firstPersonBefore && thirdPartySubject(tokens, sentenceStart, match));
        return new Context(negated, reported, fiction, pastBefore && resolvedAfter);
    }

    /**
     * Someone else is the subject of a suicidal or self-harm hit (親友がリスカしてる, 彼氏が消えたいって): a third
     * person with が/は/も and, up to the hit, nothing that could be another predicate (a verb, an adjective, a
     * conjunction or a comma), so 友達がいない、死にたい and 友達が無視するから死にたい stay the consulter's own.
     */
    private static boolean thirdPartySubject(List<Token> tokens, int sentenceStart, Match match) {
        Category category = match.entry().category();
        if (category != Category.SUICIDAL_IDEATION && category != Category.SELF_HARM) {
            return false;
        }
        for (int i = match.first() - 1; i > sentenceStart; i--) {
            Token token = tokens.get(i);
            if (SUBJECT_PARTICLES.contains(token.surface()) && token.particle()
                    && Words.THIRD_PARTIES.contains(tokens.get(i - 1))) {
                return true;
            }
            boolean plain = token.partOfSpeech().startsWith("名詞") || token.partOfSpeech().startsWith("副詞")
                    || token.partOfSpeech().startsWith("連体詞")
                    || (token.particle() && !token.partOfSpeech().startsWith("助詞-接続助詞"));
            if (!plain) {
                return false;
            }
        }
        return false;
    }

    private static boolean negatedAfter(List<Token> tokens, int last) {
        for (int i = last + 1; i < tokens.size() && i <= last + CONTEXT_WINDOW; i++) {
            Token token = tokens.get(i);
            if (token.sentenceEnd()) {
                return false;
            }
            if (NEGATIONS.contains(token.lemma()) && (token.auxiliary() || token.partOfSpeech().startsWith("形容詞"))) {
                // 〜しないと / 〜しなければ / 〜しなきゃ is a condition, not a denial: 自傷しないと落ち着かない.
                return !conditional(tokens, i);
            }
            if (token.lemma().equals("しか")) {
                return false;
            }
            if (token.partOfSpeech().startsWith("助詞-接続助詞") && !token.surface().equals("て")
                    && !token.surface().equals("で")) {
                return false;
            }
            // Dependent verbs (て/てる, しまう) carry the predicate on: 思ってない negates the thought.
            boolean bridge = token.particle() || token.auxiliary() || token.symbol()
                    || token.partOfSpeech().startsWith("動詞-非自立") || Words.NEGATION_BRIDGES.contains(token);
            if (!bridge) {
                return false;
            }
        }
        return false;
    }

    private static boolean conditional(List<Token> tokens, int negation) {
        if (CONDITIONAL_NEGATIONS.contains(tokens.get(negation).surface())) {
            return true;
        }
        if (negation + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(negation + 1);
        return next.partOfSpeech().startsWith("助詞-接続助詞") && (next.surface().equals("と") || next.surface().equals("ば"));
    }

    private static boolean insideBrackets(List<Token> tokens, int sentenceStart, int first) {
        for (int i = first - 1; i >= sentenceStart; i--) {
            String surface = tokens.get(i).surface();
            if (surface.equals("」") || surface.equals("』")) {
                return false;
            }
            if (surface.equals("「") || surface.equals("『")) {
                return true;
            }
        }
        return false;
    }

    private enum Saying {
        NONE,
        /** ...って言ってた: whose words depends on who is named before. */
        SAID,
        /** ...って言われた: said to the consulter. */
        TO_CONSULTER,
        /** ...って言ってる人 / 子: the saying describes someone else. */
        BY_SOMEONE
    }

    private static Saying saidAfter(List<Token> tokens, int last) {
        for (int i = last + 1; i < tokens.size() && i <= last + CONTEXT_WINDOW; i++) {
            Token token = tokens.get(i);
            if (token.sentenceEnd()) {
                return Saying.NONE;
            }
            if (QUOTE_PARTICLES.contains(token.surface()) && i + 1 < tokens.size()) {
                for (int k = i + 1; k <= i + 2 && k < tokens.size(); k++) {
                    if (Words.SAYING.contains(tokens.get(k))) {
                        return after(tokens, k);
                    }
                }
            }
        }
        return Saying.NONE;
    }

    /** What follows the saying verb at {@code verb}: a passive, or a person it describes (言ってる人). */
    private static Saying after(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size() && i <= verb + 3; i++) {
            Token token = tokens.get(i);
            if (token.lemma().equals("れる") || token.lemma().equals("られる")) {
                return Saying.TO_CONSULTER;
            }
            if (Words.THIRD_PARTIES.contains(token)) {
                return Saying.BY_SOMEONE;
            }
            if (!(token.auxiliary() || token.dependentVerb() || token.particle())) {
                break;
            }
        }
        return Saying.SAID;
    }
}
