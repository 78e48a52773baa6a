package org.yorisoi.shell.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

public class RosterExportCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditTestLog audit;
    private RosterExportCommand command;

    @Before
    public void setUp() {
        audit = new AuditTestLog();
        command = new RosterExportCommand();
        command.roster = new StaffDoubles.FakeRoster();
        command.registry = new Fixtures.Registry(Fixtures.contract("kyoto", "京都市相談", "2025-04-01", "2026-03-31", Channel.LINE));
        command.audit = audit;
        command.contract = "kyoto";
    }

    @Test
    public void writesTheCsvReadableByThePlatformUserOnlyAndAuditsTheExport() throws Exception {
        Path file = folder.getRoot().toPath().resolve("roster.csv");
        command.file = file.toString();

        Fixtures.Output out = Fixtures.run(command);

        assertEquals("", out.err());
        assertEquals("csv of kyoto", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AuditEntry e = audit.entries.get(0);
        assertEquals(AuditActions.EXPORT, e.action());
        assertEquals("csv", e.target());
        assertEquals("kyoto", e.contractId());
        assertEquals("console", e.origin());
        assertTrue(out.out(), out.out().startsWith("Wrote the kyoto roster (csv, 12 bytes) to " + file));
    }

    @Test
    public void theFormatFollowsTheExtensionUnlessGiven() throws Exception {
        Path file = folder.getRoot().toPath().resolve("名簿.xlsx");
        command.file = file.toString();

        Fixtures.run(command);

        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Files.readAllBytes(file));
        assertEquals("xlsx", audit.entries.get(0).target());
        assertEquals("csv", RosterExportCommand.format("CSV", "x.xlsx"));
        assertEquals("csv", RosterExportCommand.format(null, "roster.txt"));
    }

    @Test
    public void anUnknownFormatIsRefused() throws Exception {
        command.format = "pdf";
        command.file = folder.getRoot().toPath().resolve("r.pdf").toString();

        assertEquals("--format: expected csv or xlsx, got 'pdf'", Fixtures.run(command).err().strip());
        assertTrue(audit.entries.isEmpty());
    }

    @Test
    public void anExistingFileIsKeptUnlessForced() throws Exception {
        Path file = folder.newFile("roster.csv").toPath();
        Files.writeString(file, "keep");
        command.file = file.toString();

        assertTrue(Fixtures.run(command).err().contains("exists; use --force to overwrite it."));
        assertEquals("keep", Files.readString(file));
        assertTrue(audit.entries.isEmpty());

        command.force = true;
        Fixtures.run(command);
        assertEquals("csv of kyoto", Files.readString(file));
    }

    @Test
    public void aCounselorMayNotExportTheRoster() throws Exception {
        command.file = folder.getRoot().toPath().resolve("roster.csv").toString();
        command.credentials = new Fixtures.Accounts().with("counselor",
                new RoleGrant("id-c", "kyoto", Role.COUNSELOR, LocalDate.parse("2025-04-01"), null));

        Fixtures.Output out = Fixtures.run(command, Fixtures.ssh("counselor"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: ROSTER_EXPORT is needed under contract 'kyoto'"));
        assertFalse(Files.exists(folder.getRoot().toPath().resolve("roster.csv")));
    }
}
