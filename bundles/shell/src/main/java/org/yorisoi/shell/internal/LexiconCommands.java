package org.yorisoi.shell.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.risk.LexiconStore;
import org.yorisoi.risk.LexiconVersion;
import org.yorisoi.risk.RiskDetector.LexiconText;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/**
 * The risk lexicon ({@link LexiconStore}): one for the platform, edited by any contract's lead
 * ({@link Permission#LEXICON_MANAGE}). The lexicon file format is tab-separated, one entry per line:
 * {@code id, category, severity, pattern (kuromoji base forms, | = alternatives), notes}; lines starting with
 * {@code #} are comments.
 */
final class LexiconCommands {

    /** A lexicon is a few hundred lines; anything far larger is the wrong file. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final String VERSION_LINE = "# version:";

    private LexiconCommands() {
    }

    abstract static class LexiconCommand extends YorisoiAction {
        @Reference
        LexiconStore lexicons;
    }

    @Service
    @Command(scope = "yorisoi", name = "lexicon-show", description = "Prints the risk lexicon in force, or a published "
            + "version with --version, in the lexicon file format (tab-separated), headed by a '# version:' line: "
            + "the output can be edited and published again with yorisoi:lexicon-publish. Needs LEXICON_MANAGE.")
    public static class Show extends LexiconCommand {
        @Option(name = "--version", description = "A published version (from yorisoi:lexicon-history); default: the one in force")
        String version;

        @Override
        void run() throws BadInputException {
            require(Permission.LEXICON_MANAGE, null);
            LexiconText lexicon = version == null ? lexicons.current() : lexicons.text(version)
                    .orElseThrow(() -> new BadInputException("No lexicon version '" + version + "'. Published: "
                            + lexicons.history().stream().map(LexiconVersion::version).collect(Collectors.joining(", "))));
            System.out.print(withVersionLine(lexicon));
        }

        /**
         * The text headed by its real version: a {@code # version:} line inside the text is ignored when it is
         * published, so one copied from an older file could name another version.
         */
        static String withVersionLine(LexiconText lexicon) {
            String body = lexicon.text().lines().filter(l -> !l.strip().startsWith(VERSION_LINE))
                    .collect(Collectors.joining("\n"));
            return VERSION_LINE + " " + lexicon.version() + "\n" + body + (body.isEmpty() ? "" : "\n");
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "lexicon-history", description = "Lists the published versions of the risk "
            + "lexicon, newest first (the shipped one last): version, when, by whom, entries, whether in force, and "
            + "the author's note. Needs LEXICON_MANAGE.")
    public static class History extends LexiconCommand {
        @Override
        void run() {
            require(Permission.LEXICON_MANAGE, null);
            String inForce = lexicons.current().version();
            ShellTable table = new ShellTable().emptyTableText("No lexicon version is published.");
            table.column("Version");
            table.column("Published");
            table.column("By");
            table.column("Entries").alignRight();
            table.column("In force");
            // last: notes are often Japanese, and ShellTable pads by characters
            table.column("Note");
            for (LexiconVersion v : lexicons.history()) {
                table.addRow().addContent(v.version(), Console.instant(v.at()), v.author(), v.entries(),
                        v.version().equals(inForce) ? "yes" : "", v.note() == null || v.note().isBlank() ? "-" : v.note());
            }
            table.print(System.out);
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "lexicon-publish", description = "Publishes a lexicon file (UTF-8, tab-separated, "
            + "as yorisoi:lexicon-show prints it) as the new version of the risk lexicon: the detector matches against "
            + "it at once, every earlier version is kept, the publication is audited (lexicon-published). An invalid "
            + "file is refused with the line at fault and changes nothing. Needs LEXICON_MANAGE.")
    public static class Publish extends LexiconCommand {
        @Option(name = "--note", description = "Why the lexicon changes, in your words (no consultation text)", required = true)
        String note;

        @Argument(index = 0, name = "file", description = "The lexicon file on the platform's host", required = true)
        @Completion(FileCompleter.class)
        String file;

        @Override
        void run() throws BadInputException {
            Caller caller = require(Permission.LEXICON_MANAGE, null);
            if (note == null || note.isBlank()) {
                throw new BadInputException("--note: say why the lexicon changes.");
            }
            String text = read(Paths.get(file).toAbsolutePath());
            LexiconText before = lexicons.current();
            LexiconVersion published = lexicons.publish(caller, text, note.strip());
            System.out.println("Published lexicon version " + published.version() + " (" + published.entries()
                    + " entries; was " + before.version() + " with " + before.entries() + "). The detector uses it from now on.");
        }

        /** The file as UTF-8 text, without a byte order mark. */
        static String read(Path path) throws BadInputException {
            if (!Files.isRegularFile(path)) {
                throw new BadInputException("No file " + path + ".");
            }
            String text;
            try {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new BadInputException(path + " is larger than " + MAX_FILE_BYTES / 1024
                            + " KiB: not a lexicon file.");
                }
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            } catch (CharacterCodingException e) {
                throw new BadInputException(path + " is not UTF-8 text: save the lexicon as UTF-8.");
            } catch (IOException e) {
                throw new BadInputException("Cannot read " + path + ": " + e.getClass().getSimpleName() + ".");
            }
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (text.isBlank()) {
                throw new BadInputException(path + " is empty.");
            }
            return text;
        }
    }
}
