package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;

public class LexiconCommandsTest {

    static final String SHIPPED = "# version: 2026-11-01.1\n"
            + "# id\tcategory\tseverity\tpattern\tnotes\n"
            + "si-die-want\tSUICIDAL_IDEATION\tMEDIUM\t死ぬ|しぬ たい\t死にたい\n"
            + "si-jump\tSUICIDAL_IDEATION\tHIGH\t飛び降りる\t\n";
    static final String EDITED = "# version: 2026-11-01.1\n"
            + "si-die-want\tSUICIDAL_IDEATION\tMEDIUM\t死ぬ|しぬ たい\t死にたい\n"
            + "si-jump\tSUICIDAL_IDEATION\tHIGH\t飛び降りる\t\n"
            + "si-bridge\tIMMINENT_DANGER\tHIGH\t橋 いる\t橋の上にいる\n";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private EmergencyDoubles.Lexicons lexicons;
    private AuditTestLog audit;
    private Fixtures.Accounts accounts;

    @Before
    public void setUp() {
        lexicons = new EmergencyDoubles.Lexicons().shipped("2026-11-01.1", SHIPPED);
        audit = new AuditTestLog();
        accounts = EmergencyDoubles.kyotoStaff();
    }

    private <C extends LexiconCommands.LexiconCommand> C wired(C command) {
        command.lexicons = lexicons;
        command.audit = audit;
        command.credentials = accounts;
        return command;
    }

    private LexiconCommands.Publish publish(Path file, String note) {
        LexiconCommands.Publish command = wired(new LexiconCommands.Publish());
        command.file = file.toString();
        command.note = note;
        return command;
    }

    private Path file(String name, byte[] content) throws Exception {
        Path path = folder.getRoot().toPath().resolve(name);
        Files.write(path, content);
        return path;
    }

    // ---- lexicon-publish ----

    @Test
    public void aLeadPublishesAFileAndTheNewVersionIsInForce() throws Exception {
        byte[] withBom = ("\uFEFF" + EDITED).getBytes(StandardCharsets.UTF_8);

        Fixtures.Output out = Fixtures.run(publish(file("lexicon.tsv", withBom), " 橋の表現を追加 "), Fixtures.ssh("lead"));

        assertEquals("", out.err());
        assertEquals("Published lexicon version 2026-11-24.2 (3 entries; was 2026-11-01.1 with 2). "
                + "The detector uses it from now on.", out.out().strip());
        assertEquals(List.of("2026-11-24.2 by lead: 橋の表現を追加"), lexicons.published);
        assertEquals("the file's text, without the byte order mark", EDITED, lexicons.current().text());
    }

    @Test
    public void aLeadOfAnyContractMayPublish() throws Exception {
        Fixtures.Output out = Fixtures.run(publish(file("lexicon.tsv", EDITED.getBytes(StandardCharsets.UTF_8)), "追加"),
                Fixtures.ssh("sakai-lead"));

        assertEquals("", out.err());
        assertEquals(1, lexicons.published.size());
    }

    @Test
    public void anInvalidFileIsRefusedWithItsLineAndNothingIsPublished() throws Exception {
        String broken = EDITED.replace("IMMINENT_DANGER\tHIGH", "IMMINENT_DANGER\tURGENT");

        Fixtures.Output out = Fixtures.run(publish(file("broken.tsv", broken.getBytes(StandardCharsets.UTF_8)), "追加"),
                Fixtures.ssh("lead"));

        assertEquals("line 4: severity: unknown 'URGENT'", out.err().strip());
        assertEquals("", out.out());
        assertTrue(lexicons.published.isEmpty());
        assertEquals("2026-11-01.1", lexicons.current().version());
    }

    @Test
    public void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path sjis = file("sjis.tsv", EDITED.getBytes(Charset.forName("Shift_JIS")));

        Fixtures.Output out = Fixtures.run(publish(sjis, "追加"), Fixtures.ssh("lead"));

        assertEquals(sjis.toAbsolutePath() + " is not UTF-8 text: save the lexicon as UTF-8.", out.err().strip());
        assertTrue(lexicons.published.isEmpty());
    }

    @Test
    public void aMissingOrEmptyFileAndABlankNoteAreRefused() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("missing.tsv");
        assertEquals("No file " + missing.toAbsolutePath() + ".",
                Fixtures.run(publish(missing, "追加"), Fixtures.ssh("lead")).err().strip());

        Path empty = file("empty.tsv", "\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(empty.toAbsolutePath() + " is empty.",
                Fixtures.run(publish(empty, "追加"), Fixtures.ssh("lead")).err().strip());

        Path good = file("lexicon.tsv", EDITED.getBytes(StandardCharsets.UTF_8));
        assertEquals("--note: say why the lexicon changes.",
                Fixtures.run(publish(good, "  "), Fixtures.ssh("lead")).err().strip());
        assertTrue(lexicons.published.isEmpty());
    }

    @Test
    public void aCounselorMayNotPublishAndTheRefusalIsAudited() throws Exception {
        Path good = file("lexicon.tsv", EDITED.getBytes(StandardCharsets.UTF_8));

        Fixtures.Output out = Fixtures.run(publish(good, "追加"), Fixtures.ssh("c.sato"));

        assertEquals("Permission denied: LEXICON_MANAGE is needed (roles [LEAD]).", out.err().strip());
        assertTrue(lexicons.published.isEmpty());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
        assertEquals("yorisoi:lexicon-publish", audit.entries.get(0).target());
    }

    // ---- lexicon-show ----

    @Test
    public void showsTheLexiconInForceHeadedByItsRealVersion() throws Exception {
        lexicons.publish(accounts.callerOf("lead", "ssh").orElseThrow(), EDITED, "追加");

        Fixtures.Output out = Fixtures.run(wired(new LexiconCommands.Show()), Fixtures.ssh("lead"));

        assertEquals("", out.err());
        // the copied '# version: 2026-11-01.1' line of the file is replaced by the version it was published as
        assertEquals("# version: 2026-11-24.2\n" + EDITED.substring(EDITED.indexOf('\n') + 1), out.out());
    }

    @Test
    public void showsAPublishedVersion() throws Exception {
        lexicons.publish(accounts.callerOf("lead", "ssh").orElseThrow(), EDITED, "追加");
        LexiconCommands.Show command = wired(new LexiconCommands.Show());
        command.version = "2026-11-01.1";

        assertEquals(SHIPPED, Fixtures.run(command, Fixtures.ssh("lead")).out());
    }

    @Test
    public void anUnknownVersionIsNamedWithThePublishedOnes() throws Exception {
        lexicons.publish(accounts.callerOf("lead", "ssh").orElseThrow(), EDITED, "追加");
        LexiconCommands.Show command = wired(new LexiconCommands.Show());
        command.version = "2026-11-30.9";

        assertEquals("No lexicon version '2026-11-30.9'. Published: 2026-11-24.2, 2026-11-01.1",
                Fixtures.run(command, Fixtures.ssh("lead")).err().strip());
    }

    @Test
    public void theHostsConsoleAdministratorDoesNotManageTheLexicon() throws Exception {
        LexiconCommands.Show command = wired(new LexiconCommands.Show());
        command.credentials = null;

        Fixtures.Output out = Fixtures.run(command);

        assertEquals("Permission denied: LEXICON_MANAGE is needed (roles [LEAD]).", out.err().strip());
        assertEquals("", out.out());
    }

    // ---- lexicon-history ----

    @Test
    public void listsTheVersionsNewestFirstMarkingTheOneInForce() throws Exception {
        lexicons.publish(accounts.callerOf("lead", "ssh").orElseThrow(), EDITED, "橋の表現を追加");

        Fixtures.Output out = Fixtures.run(wired(new LexiconCommands.History()), Fixtures.ssh("sakai-lead"));

        assertEquals("", out.err());
        String[] lines = out.out().split("\\R");
        assertTrue(lines[0], lines[0].matches("Version\\s*\\|\\s*Published\\s*\\|\\s*By\\s*\\|\\s*Entries\\s*\\|"
                + "\\s*In force\\s*\\|\\s*Note\\s*"));
        assertTrue(lines[2], lines[2].matches("2026-11-24.2\\s*\\|\\s*2026-11-24 10:00:00\\s*\\|\\s*lead\\s*\\|\\s*3\\s*\\|"
                + "\\s*yes\\s*\\|\\s*橋の表現を追加\\s*"));
        assertTrue(lines[3], lines[3].matches("2026-11-01.1\\s*\\|\\s*2026-11-01 00:00:00\\s*\\|\\s*shipped\\s*\\|\\s*2\\s*\\|"
                + "\\s*\\|\\s*同梱の辞書\\s*"));
        assertEquals(4, lines.length);
    }

    @Test
    public void aCounselorMayNotReadTheHistory() throws Exception {
        Fixtures.Output out = Fixtures.run(wired(new LexiconCommands.History()), Fixtures.ssh("c.sato"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: LEXICON_MANAGE is needed"));
        assertFalse(out.out(), out.out().contains("2026-11-01.1"));
    }
}
