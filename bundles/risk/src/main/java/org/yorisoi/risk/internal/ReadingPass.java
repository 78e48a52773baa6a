package org.yorisoi.risk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second matching pass, on what the text sounds like. Children write risk words in hiragana or katakana
 * (しにたい, シネ, ぎゃくたい), and kuromoji often cuts kana text wrongly (しぬしかない → し ぬ しか ない,
 * しのう → し のう), so the token pass, which compares base forms, misses them. Here every lexicon alternative
 * is compiled once into the kana forms of its reading (死ぬ → し[なにぬねのん], 消える → きえ(る|れ|ろ|よ)?,
 * たい → た(い|く|かっ|けれ)) and matched against the hiragana sound of the tokens, char by char, so a match may
 * cross kuromoji's token boundaries.
 *
 * <p>Guards against false readings: only kana-written text is compared by sound (指したい is not 刺したい); a
 * match starts where a token starts (not inside おかしな); where a step covers exactly one inflecting token,
 * kuromoji's own reading of it must agree (いきたくない read as 行く is not 生きる); a match of one step by the
 * reading of a kanji word needs {@value #MIN_SINGLE_STEP} kana (遺書 read いしょ is too often a typo of いっしょ),
 * one by a kana spelling the lexicon lists itself (じさつ, りすか) does not. Steps match the base form as in the
 * token pass too, so kanji and kana mix (じさつ考えてる).
 */
final class ReadingPass {
    /** Kana a one-step match needs. */
    static final int MIN_SINGLE_STEP = 4;
    /** Whole tokens a pattern may skip between two steps, as in the token pass. */
    private static final int MAX_GAP = 2;
    /** Kana left of a token after a step that may be skipped (ころし|て from ころ して). */
    private static final int MAX_REMAINDER = 2;

    /** {@code listed}: the lexicon writes this alternative in kana itself (じさつ, りすか). */
    private record Form(Pattern pattern, String kanaLemma, boolean listed) {
    }

    private record Step(Set<String> alternatives, List<Form> forms) {
    }

    private record Compiled(LexiconEntry entry, List<Step> steps) {
    }

    private final List<Compiled> entries;

    private ReadingPass(List<Compiled> entries) {
        this.entries = entries;
    }

    /** Compiles the kana forms of every alternative; {@code analyse} tokenizes one alternative. */
    static ReadingPass compile(Lexicon lexicon, Function<String, List<Token>> analyse) {
        List<Compiled> entries = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            List<Step> steps = new ArrayList<>();
            for (Set<String> alternatives : entry.pattern()) {
                List<Form> forms = new ArrayList<>();
                for (String alternative : alternatives) {
                    if (entry.asWritten().contains(alternative)) {
                        continue;
                    }
                    Form form = form(alternative, analyse.apply(alternative));
                    if (form != null && forms.stream().noneMatch(f -> f.pattern.pattern().equals(form.pattern.pattern()))) {
                        forms.add(form);
                    }
                }
                steps.add(new Step(alternatives, forms));
            }
            entries.add(new Compiled(entry, steps));
        }
        return new ReadingPass(entries);
    }

    /** The kana forms of one alternative, or null when it has no kana reading (OD). */
    private static Form form(String alternative, List<Token> analysis) {
        if (analysis.isEmpty() || analysis.stream().anyMatch(t -> t.reading() == null && !t.kana())) {
            return Kana.all(alternative) ? new Form(Pattern.compile(Pattern.quote(alternative)), alternative, true) : null;
        }
        if (analysis.size() == 1 && analysis.get(0).lemma().equals(alternative)) {
            // One dictionary word in its base form: its reading, inflected.
            Token word = analysis.get(0);
            String reading = word.sound();
            return new Form(Pattern.compile(inflected(reading, word.inflection())), reading, Kana.all(alternative));
        }
        if (Kana.all(alternative)) {
            // Kana kuromoji cuts into pieces (しぬ → し ぬ): as written.
            return new Form(Pattern.compile(Pattern.quote(alternative)), alternative, true);
        }
        // Several words (終わらせる → 終わら せる) or a stem (消え): the readings as written, the last one inflected
        // when it is in its base form.
        StringBuilder regex = new StringBuilder();
        StringBuilder lemma = new StringBuilder();
        for (int i = 0; i < analysis.size(); i++) {
            Token word = analysis.get(i);
            String reading = word.sound();
            boolean last = i == analysis.size() - 1;
            regex.append(last && word.lemma().equals(word.surface()) ? inflected(reading, word.inflection())
                    : Pattern.quote(reading));
            lemma.append(reading);
        }
        return new Form(Pattern.compile(regex.toString()), lemma.toString(), Kana.all(alternative));
    }

    /** A regex for the inflected forms of a word whose base form reads {@code reading}. */
    static String inflected(String reading, String inflection) {
        String stem = reading.isEmpty() ? "" : Pattern.quote(reading.substring(0, reading.length() - 1));
        char last = reading.isEmpty() ? ' ' : reading.charAt(reading.length() - 1);
        if (inflection.startsWith("五段")) {
            String row = row(last);
            if (row == null) {
                return Pattern.quote(reading);
            }
            String euphonic = inflection.contains("促音便") || "るつう".indexOf(last) >= 0 ? "っ"
                    : "ぬぶむ".indexOf(last) >= 0 ? "ん" : "くぐ".indexOf(last) >= 0 ? "い" : "";
            return stem + "[" + row + euphonic + "]";
        }
        if (inflection.startsWith("一段") && last == 'る') {
            return stem + "(?:る|れ|ろ|よ)?";
        }
        if (inflection.equals("形容詞・イイ")) {
            return "(?:いい|よ(?:い|く|かっ|けれ))";
        }
        if (inflection.startsWith("形容詞") && last == 'い') {
            return stem + "(?:い|く|かっ|けれ|さ|き)";
        }
        switch (inflection) {
            case "サ変・スル":
                return "(?:する|すれ|しろ|せよ|し|さ|せ)";
            case "カ変・クル":
            case "カ変・来ル":
                return "(?:くる|くれ|こい|き|こ)";
            case "特殊・タイ":
                return "(?:た(?:い|く|かっ|けれ)|てぇ|てえ|てー)";
            case "特殊・ナイ":
                return "(?:な(?:い|く|かっ|けれ|さ)|ねぇ|ねえ|ねー)";
            case "特殊・マス":
                return "(?:ます|まし|ませ)";
            default:
                return Pattern.quote(reading);
        }
    }

    private static final String[] ROWS = {"わいうえお", "かきくけこ", "がぎぐげご", "さしすせそ", "たちつてと", "なにぬねの",
        "ばびぶべぼ", "まみむめも", "らりるれろ"};

    private static String row(char dictionaryEnding) {
        for (String row : ROWS) {
            if (row.charAt(2) == dictionaryEnding) {
                return row;
            }
        }
        return null;
    }

    /** The text as sound: the tokens' kana joined, with the token behind each char. */
    private static final class Sound {
        final List<Token> tokens;
        final String text;
        final int[] tokenAt;
        final int[] tokenStart;
        final int[] tokenEnd;
        private final Map<Pattern, Matcher> matchers = new HashMap<>();

        Sound(List<Token> tokens) {
            this.tokens = tokens;
            StringBuilder out = new StringBuilder();
            tokenStart = new int[tokens.size()];
            tokenEnd = new int[tokens.size()];
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String piece = tokens.get(i).sound();
                tokenStart[i] = out.length();
                out.append(piece);
                tokenEnd[i] = out.length();
                for (int k = 0; k < piece.length(); k++) {
                    owners.add(i);
                }
            }
            text = out.toString();
            tokenAt = owners.stream().mapToInt(Integer::intValue).toArray();
        }

        Matcher matcher(Pattern pattern) {
            return matchers.computeIfAbsent(pattern, p -> p.matcher(text));
        }

        boolean boundary(int position) {
            return position == text.length() || tokenStart[tokenAt[position]] == position;
        }

        boolean kana(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!tokens.get(tokenAt[k]).kana()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Matches with at least one step found by sound (those found by base form alone are the token pass's). */
    List<Match> find(List<Token> tokens, GapTest gap) {
        List<Match> matches = new ArrayList<>();
        if (tokens.stream().noneMatch(Token::kana)) {
            return matches;
        }
        Sound sound = new Sound(tokens);
        for (Compiled compiled : entries) {
            for (int i = 0; i < tokens.size(); i++) {
                int start = sound.tokenStart[i];
                if (start == sound.tokenEnd[i]) {
                    continue;
                }
                int end = match(compiled.steps, 0, start, start, false, sound, gap);
                if (end > start) {
                    matches.add(new Match(compiled.entry, i, sound.tokenAt[end - 1]));
                }
            }
        }
        return matches;
    }

    /** Decides whether a whole token may stand between two steps of a pattern. */
    interface GapTest {
        boolean skippable(Token token);
    }

    /** End of a match of {@code steps[step..]} from {@code position}, or -1. */
    private static int match(List<Step> steps, int step, int start, int position, boolean bySound, Sound sound,
                             GapTest gap) {
        for (int[] candidate : candidates(steps.get(step), position, sound)) {
            int end = candidate[0];
            boolean soundUsed = bySound || candidate[1] == 1;
            if (step == steps.size() - 1) {
                if (soundUsed && (steps.size() > 1 || candidate[2] == 1 || end - start >= MIN_SINGLE_STEP)) {
                    return end;
                }
                continue;
            }
            for (int next : nextStarts(end, sound, gap)) {
                int found = match(steps, step + 1, start, next, soundUsed, sound, gap);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /** Ends of the ways one step matches at {@code position}: {end, 1 when by sound, 1 when by a listed kana form}. */
    private static List<int[]> candidates(Step step, int position, Sound sound) {
        List<int[]> candidates = new ArrayList<>();
        if (position >= sound.text.length()) {
            return candidates;
        }
        int token = sound.tokenAt[position];
        if (sound.tokenStart[token] == position) {
            for (String alternative : step.alternatives) {
                if (sound.tokens.get(token).matches(alternative)) {
                    candidates.add(new int[] {sound.tokenEnd[token], 0, 0});
                    break;
                }
            }
        }
        if (!sound.tokens.get(token).kana()) {
            return candidates; // only kana is compared by sound
        }
        for (Form form : step.forms) {
            Matcher matcher = sound.matcher(form.pattern);
            matcher.region(position, sound.text.length());
            if (!matcher.lookingAt() || matcher.end() == position || !sound.kana(position, matcher.end())) {
                continue;
            }
            int end = matcher.end();
            Token covered = sound.tokens.get(token);
            boolean exactlyOneToken = sound.tokenStart[token] == position && sound.tokenEnd[token] == end;
            if (exactlyOneToken && covered.inflecting() && !covered.lemma().equals(form.kanaLemma)) {
                continue; // kuromoji read this very word as another one (いき = 行く, not 生きる)
            }
            candidates.add(new int[] {end, 1, form.listed ? 1 : 0});
        }
        return candidates;
    }

    /** Where the next step may start after one that ended at {@code end}. */
    private static List<Integer> nextStarts(int end, Sound sound, GapTest gap) {
        List<Integer> starts = new ArrayList<>();
        if (end >= sound.text.length()) {
            return starts;
        }
        starts.add(end);
        int boundary = end;
        if (!sound.boundary(end)) {
            int token = sound.tokenAt[end];
            if (sound.tokenEnd[token] - end > MAX_REMAINDER || !sound.tokens.get(token).kana()) {
                return starts;
            }
            boundary = sound.tokenEnd[token];
            starts.add(boundary);
        }
        for (int skipped = 0; skipped < MAX_GAP && boundary < sound.text.length(); skipped++) {
            Token token = sound.tokens.get(sound.tokenAt[boundary]);
            if (!gap.skippable(token)) {
                break;
            }
            boundary = sound.tokenEnd[sound.tokenAt[boundary]];
            starts.add(boundary);
        }
        return starts;
    }
}
