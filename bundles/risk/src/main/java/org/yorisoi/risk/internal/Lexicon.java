package org.yorisoi.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.yorisoi.risk.Category;
import org.yorisoi.risk.Severity;

/**
 * The risk lexicon as data: UTF-8 TSV, a {@code # version: X} header, then lines
 * {@code id <TAB> category <TAB> severity <TAB> pattern [<TAB> notes]}. A pattern is base forms separated by
 * spaces; {@code |} separates alternatives of one step. Other lines starting with {@code #} and blank lines
 * are ignored.
 *
 * <p>Every alternative also matches kana text by its reading (see {@code ReadingPass}: 死ぬ finds しにたい). An
 * alternative written with a leading {@code =} is matched as written only, for words whose kana spelling is
 * mostly another word: {@code =生きる} (いきたくない is usually 行きたくない).
 *
 * <p>Severity NONE has two meanings: on an IMMINENT_DANGER entry it is a booster that means nothing alone
 * (今夜, これから); on any other category it is an exception, a harmless reading (死ぬほど眠い, 死ぬかと思った)
 * that suppresses the hits it overlaps.
 *
 * <p>{@code text} is the source the lexicon was parsed from, exactly as given, so that the lexicon in force can
 * be shown and stored as it was written.
 */
public record Lexicon(String version, List<LexiconEntry> entries, String text) {
    public static final String SHIPPED_RESOURCE = "/lexicon/risk-lexicon.tsv";
    private static final String VERSION_PREFIX = "# version:";
    /** Prefix of an alternative that is matched as written only, never by its reading. */
    static final String AS_WRITTEN = "=";

    public Lexicon {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        entries = List.copyOf(entries);
    }

    public static Lexicon shipped() {
        try (InputStream in = Lexicon.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped risk lexicon missing: " + SHIPPED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Lexicon parse(Reader source) throws IOException {
        StringWriter text = new StringWriter();
        source.transferTo(text);
        return parse(text.toString());
    }

    /** Parses a lexicon whose version is its {@code # version:} header. */
    public static Lexicon parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a lexicon and gives it {@code version}; {@code # version:} lines in the text are ignored (the text
     * is kept as given). With a null {@code version} the header is required and is the version.
     */
    public static Lexicon parse(String text, String version) {
        Objects.requireNonNull(text, "text");
        String headerVersion = null;
        List<LexiconEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith(VERSION_PREFIX)) {
                if (version != null) {
                    continue;
                }
                if (headerVersion != null) {
                    throw new LexiconFormatException(lineNumber, "second version header");
                }
                headerVersion = line.substring(VERSION_PREFIX.length()).strip();
                if (headerVersion.isEmpty()) {
                    throw new LexiconFormatException(lineNumber, "empty version");
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (version == null && headerVersion == null) {
                throw new LexiconFormatException(lineNumber, "entry before the '# version:' header");
            }
            LexiconEntry entry = parseEntry(line, lineNumber);
            if (!ids.add(entry.id())) {
                throw new LexiconFormatException(lineNumber, "duplicate id " + entry.id());
            }
            entries.add(entry);
        }
        if (version == null && headerVersion == null) {
            throw new LexiconFormatException(lineNumber, "no '# version:' header");
        }
        if (entries.isEmpty()) {
            // An empty lexicon would silently switch detection off.
            throw new LexiconFormatException(lineNumber, "no entries");
        }
        return new Lexicon(version != null ? version : headerVersion, entries, text);
    }

    private static LexiconEntry parseEntry(String line, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4 || fields.length > 5) {
            throw new LexiconFormatException(lineNumber, "expected 4 or 5 tab-separated fields, found " + fields.length);
        }
        String id = fields[0].strip();
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            throw new LexiconFormatException(lineNumber, "id must be ASCII letters, digits, '_', '-' or '.'");
        }
        Category category = parseEnum(Category.class, fields[1], lineNumber, "category");
        Severity severity = parseEnum(Severity.class, fields[2], lineNumber, "severity");
        List<Set<String>> pattern = new ArrayList<>();
        Set<String> asWritten = new HashSet<>();
        for (String step : fields[3].strip().split("\\s+")) {
            if (step.isEmpty()) {
                continue;
            }
            Set<String> alternatives = new LinkedHashSet<>();
            for (String alternative : step.split("\\|", -1)) {
                boolean written = alternative.startsWith(AS_WRITTEN);
                String word = TextNormalizer.normalizeLemma(written ? alternative.substring(AS_WRITTEN.length()) : alternative);
                if (word.isEmpty()) {
                    throw new LexiconFormatException(lineNumber, "empty alternative in pattern");
                }
                alternatives.add(word);
                if (written) {
                    asWritten.add(word);
                }
            }
            pattern.add(alternatives);
        }
        if (pattern.isEmpty()) {
            throw new LexiconFormatException(lineNumber, "empty pattern");
        }
        String notes = fields.length == 5 ? fields[4].strip() : "";
        return new LexiconEntry(id, category, severity, pattern, notes, asWritten);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, int lineNumber, String field) {
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            // Echo the field's value only when it looks like a misspelt constant, never free text.
            String value = raw.strip();
            String shown = value.matches("[A-Za-z0-9_]{1,40}") ? " '" + value + "'" : "";
            throw new LexiconFormatException(lineNumber, "unknown " + field + shown + ", expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
