package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.testkit.StaffDoubles;

public class CaseCommandsTest {

    private EmergencyDoubles.Cases cases;
    private StaffDoubles.Directory staff;
    private Fixtures.Registry registry;
    private AuditTestLog audit;
    private Fixtures.Accounts accounts;

    @Before
    public void setUp() {
        cases = new EmergencyDoubles.Cases().with(
                EmergencyDoubles.kyotoEmergency("C-1", "conv-1", "2023-07-14T18:05:00+09:00", true),
                EmergencyDoubles.kyotoEmergency("C-2", "conv-2", "2023-07-14T18:30:00+09:00", false),
                EmergencyDoubles.closedInformationSharing("C-0", "kyoto", "2023-07-10T17:30:00+09:00"),
                EmergencyDoubles.closedInformationSharing("S-1", "sakai", "2023-07-11T10:00:00+09:00"))
                .timeline("C-1",
                        EmergencyDoubles.entry(41, "2023-07-14T18:05:00+09:00", "c.sato", "203.0.113.5",
                                AuditActions.CASE_OPENED, "C-1", "EMERGENCY DETECTION_CONFIRMED"),
                        EmergencyDoubles.entry(42, "2023-07-14T18:05:01+09:00", "platform", null,
                                AuditActions.NOTICE_SENT, "C-1", "notice=n-C-1 attempt=1 kyoto-city-board SMTP 250"),
                        EmergencyDoubles.entry(47, "2023-07-14T18:10:00+09:00", "-", "198.51.100.7",
                                AuditActions.NOTICE_ACKNOWLEDGED, "C-1", "notice=n-C-1"));
        staff = new StaffDoubles.Directory();
        staff.createPerson("c.sato", "佐藤 相談員", "setup");
        staff.createPerson("lead", "京都 責任者", "setup");
        registry = new Fixtures.Registry(Fixtures.contract("kyoto", "京都市相談", "2023-07-14", "2024-03-31", Channel.LINE),
                Fixtures.contract("sakai", "堺市相談", "2023-04-01", "2024-03-31", Channel.APPOINTMENT));
        audit = new AuditTestLog();
        accounts = EmergencyDoubles.kyotoStaff();
    }

    private <C extends CaseCommands.CaseCommand> C wired(C command) {
        command.cases = cases;
        command.staff = staff;
        command.audit = audit;
        command.credentials = accounts;
        return command;
    }

    private CaseCommands.ListCases list(String contract) {
        CaseCommands.ListCases command = wired(new CaseCommands.ListCases());
        command.registry = registry;
        command.contract = contract;
        return command;
    }

    private CaseCommands.Show show(String caseId) {
        CaseCommands.Show command = wired(new CaseCommands.Show());
        command.caseId = caseId;
        return command;
    }

    private CaseCommands.Timeline timeline(String caseId) {
        CaseCommands.Timeline command = wired(new CaseCommands.Timeline());
        command.caseId = caseId;
        return command;
    }

    // ---- case-list ----

    @Test
    public void listsTheOpenCasesOfTheContractNewestFirst() throws Exception {
        Fixtures.Output out = Fixtures.run(list("kyoto"), Fixtures.ssh("c.sato"));

        assertEquals("", out.err());
        assertEquals(List.of("cases kyoto open"), cases.asked);
        String[] lines = out.out().split("\\R");
        assertTrue(lines[0], lines[0].matches("Opened\\s*\\|\\s*Case\\s*\\|\\s*Trigger\\s*\\|\\s*Origin\\s*\\|\\s*State\\s*\\|"
                + "\\s*Next due\\s*\\|\\s*Acknowledged\\s*\\|\\s*Conversation\\s*\\|\\s*Clause\\s*"));
        assertTrue(lines[2], lines[2].matches("2023-07-14 18:30 \\(Fri\\)\\s*\\|\\s*C-2\\s*\\|\\s*emergency\\s*\\|"
                + "\\s*detection confirmed\\s*\\|\\s*open\\s*\\|\\s*2023-07-14 18:40 \\(Fri\\)\\s*\\|\\s*0/1\\s*\\|"
                + "\\s*conv-2\\s*\\|\\s*kyoto 6\\(8\\)\\s*"));
        assertTrue(lines[3], lines[3].matches("2023-07-14 18:05 \\(Fri\\)\\s*\\|\\s*C-1\\s*\\|.*\\|\\s*1/1\\s*\\|\\s*conv-1\\s*\\|.*"));
        assertEquals(out.out(), 4, lines.length);
    }

    @Test
    public void allListsTheClosedCasesToo() throws Exception {
        CaseCommands.ListCases command = list("kyoto");
        command.all = true;

        String out = Fixtures.run(command, Fixtures.ssh("lead")).out();

        assertEquals(List.of("cases kyoto all"), cases.asked);
        assertTrue(out, out.matches("(?s).*2023-07-10 17:30 \\(Mon\\)\\s*\\|\\s*C-0\\s*\\|\\s*information sharing\\s*\\|"
                + "\\s*declared\\s*\\|\\s*closed\\s*\\|\\s*-\\s*\\|\\s*-\\s*\\|\\s*conv-C-0\\s*\\|\\s*kyoto 6\\(7\\)ウ.*"));
        assertFalse(out, out.contains("S-1"));
    }

    @Test
    public void saysSoWhenNoCaseIsOpen() throws Exception {
        String out = Fixtures.run(list("sakai"), Fixtures.ssh("sakai-lead")).out();

        assertTrue(out, out.strip().endsWith("\nNo open case under sakai. (--all shows closed ones too)"));
    }

    @Test
    public void anUnknownContractIsNamedWithTheDeployedOnes() throws Exception {
        accounts.with("everywhere", new org.yorisoi.staff.RoleGrant("id-everywhere", "kyto",
                org.yorisoi.contract.spi.Role.LEAD, java.time.LocalDate.parse("2025-04-01"), null));

        assertEquals("No contract 'kyto' is deployed. Deployed: kyoto, sakai",
                Fixtures.run(list("kyto"), Fixtures.ssh("everywhere")).err().strip());
    }

    @Test
    public void aCounselorOfKyotoMayNotListSakaisCasesAndTheRefusalIsAudited() throws Exception {
        Fixtures.Output out = Fixtures.run(list("sakai"), Fixtures.ssh("c.sato"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: CASE_WORK is needed under contract 'sakai'"));
        assertEquals("", out.out());
        assertTrue(cases.asked.isEmpty());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
        assertEquals("yorisoi:case-list", audit.entries.get(0).target());
    }

    @Test
    public void theHostsConsoleAdministratorDoesNotReadCases() throws Exception {
        CaseCommands.ListCases command = list("kyoto");
        command.credentials = null; // no account: the local console acts as administrator

        Fixtures.Output out = Fixtures.run(command);

        assertTrue(out.err(), out.err().startsWith("Permission denied: CASE_WORK is needed under contract 'kyoto'"));
        assertTrue(cases.asked.isEmpty());
    }

    // ---- case-show ----

    @Test
    public void showsTheCaseWithItsStepsAndNotices() throws Exception {
        Fixtures.Output out = Fixtures.run(show("C-2"), Fixtures.ssh("c.sato"));
        String text = out.out();

        assertEquals("", out.err());
        assertTrue(text, text.startsWith("Case:         C-2\nContract:     kyoto\nConversation: conv-2\n"));
        assertTrue(text, text.contains("Origin:       detection confirmed\n"));
        assertTrue(text, text.contains("Opened:       2023-07-14 18:30 (Fri) by c.sato\n"));
        assertTrue(text, text.contains("Next due:     2023-07-14 18:40 (Fri)\n"));
        assertFalse(text, text.contains("Closed:"));
        assertTrue(text, text.matches("(?s).*\\n\\s*0\\s*\\|\\s*OFFER_VOICE_CALL\\s*\\|\\s*c.sato\\s*\\|\\s*2023-07-14 18:40 \\(Fri\\)"
                + "\\s*\\|\\s*2023-07-14 18:32 \\(Fri\\)\\s*\\|\\s*c.sato\\s*\\|\\s*needed\\s*\\|\\s*-\\s*\\|\\s*kyoto 6\\(8\\)"
                + "\\s*\\|\\s*音声通話による相談をうながす.*"));
        assertTrue(text, text.matches("(?s).*\\n\\s*1\\s*\\|\\s*IDENTIFY_CONSULTER\\s*\\|.*\\|\\s*open\\s*\\|\\s*-\\s*\\|.*"));
        assertTrue(text, text.matches("(?s).*\\n\\s*2\\s*\\|\\s*NOTIFY_RECIPIENT \\(automatic\\)\\s*\\|.*\\|\\s*platform\\s*\\|"
                + "\\s*-\\s*\\|\\s*kyoto-city-board\\s*\\|.*"));
        assertTrue(text, text.matches("(?s).*\\nn-C-2\\s*\\|\\s*2\\s*\\|\\s*kyoto-city-board\\s*\\|\\s*EMAIL\\s*\\|"
                + "\\s*board@city.kyoto.example.jp\\s*\\|\\s*2\\s*\\|\\s*2023-07-14 18:41 \\(Fri\\)\\s*\\|\\s*yes\\s*\\|"
                + "\\s*2023-07-14 18:40 \\(Fri\\)\\s*\\|\\s*NOT YET\\s*\\|\\s*2023-07-14 18:41 \\(Fri\\)\\s*\\|\\s*SMTP 250\\s*\\|"
                + "\\s*京都市教育委員会.*"));
        assertFalse("step records only with --records", text.contains("電話に移った"));
    }

    @Test
    public void recordsArePrintedOnlyWhenAskedFor() throws Exception {
        CaseCommands.Show command = show("C-1");
        command.records = true;

        String text = Fixtures.run(command, Fixtures.ssh("lead")).out();

        assertTrue(text, text.contains("Records:\nStep 0 (OFFER_VOICE_CALL): 電話に移った\n"));
        assertTrue(text, text.matches("(?s).*\\|\\s*1\\s*\\|\\s*2023-07-14 18:05 \\(Fri\\)\\s*\\|\\s*yes\\s*\\|"
                + "\\s*2023-07-14 18:15 \\(Fri\\)\\s*\\|\\s*2023-07-14 18:10 \\(Fri\\)\\s*\\|\\s*-\\s*\\|.*"));
    }

    @Test
    public void aClosedCaseSaysWhenAndByWhom() throws Exception {
        String text = Fixtures.run(show("C-0"), Fixtures.ssh("lead")).out();

        assertTrue(text, text.contains("Closed:       2023-07-10 18:30 (Mon) by lead\n"));
        assertTrue(text, text.contains("Next due:     - (every step done)\n"));
        assertTrue(text, text.matches("(?s).*Steps:\n#[^\n]*\n[-+]*\nnone\n.*"));
        assertTrue(text, text.matches("(?s).*Notices:\nNotice[^\n]*\n[-+]*\nnone\n.*"));
    }

    @Test
    public void anUnknownCaseIsNamed() throws Exception {
        assertEquals("No case 'C-9'.", Fixtures.run(show("C-9"), Fixtures.ssh("c.sato")).err().strip());
    }

    @Test
    public void aLeadOfAnotherContractIsRefusedByTheService() throws Exception {
        Fixtures.Output out = Fixtures.run(show("C-1"), Fixtures.ssh("sakai-lead"));

        assertEquals("Permission denied: CASE_WORK is needed under contract 'kyoto'.", out.err().strip());
        assertEquals("", out.out());
    }

    @Test
    public void whoHoldsNoCaseRoleAnywhereIsRefusedBeforeTheLookup() throws Exception {
        Fixtures.Output out = Fixtures.run(show("C-1"), Fixtures.ssh("sysman"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: CASE_WORK is needed (roles "));
        assertTrue(cases.asked.isEmpty());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
        assertEquals("yorisoi:case-show", audit.entries.get(0).target());
    }

    // ---- case-timeline ----

    @Test
    public void theLeadReadsTheTimelineOldestFirst() throws Exception {
        Fixtures.Output out = Fixtures.run(timeline("C-1"), Fixtures.ssh("lead"));

        assertEquals("", out.err());
        String[] lines = out.out().split("\\R");
        assertEquals("C-1 (kyoto, emergency, open): timeline, oldest first (Asia/Tokyo)", lines[0]);
        assertTrue(lines[1], lines[1].matches("\\s*Seq\\s*\\|\\s*At \\(\\+09:00\\)\\s*\\|\\s*Actor\\s*\\|\\s*Origin\\s*\\|"
                + "\\s*Action\\s*\\|\\s*Outcome\\s*\\|\\s*Detail\\s*"));
        assertTrue(lines[3], lines[3].matches("\\s*41\\s*\\|\\s*2023-07-14 18:05:00\\s*\\|\\s*c.sato\\s*\\|\\s*203.0.113.5\\s*\\|"
                + "\\s*case-opened\\s*\\|\\s*success\\s*\\|\\s*EMERGENCY DETECTION_CONFIRMED\\s*"));
        assertTrue(lines[4], lines[4].matches("\\s*42\\s*\\|.*\\|\\s*platform\\s*\\|\\s*-\\s*\\|\\s*notice-sent\\s*\\|.*"));
        assertTrue(lines[5], lines[5].matches("\\s*47\\s*\\|.*\\|\\s*notice-acknowledged\\s*\\|.*notice=n-C-1\\s*"));
        assertEquals(List.of("find C-1", "timeline C-1"), cases.asked);
    }

    @Test
    public void aCounselorMayNotReadTheTimeline() throws Exception {
        Fixtures.Output out = Fixtures.run(timeline("C-1"), Fixtures.ssh("c.sato"));

        assertEquals("Permission denied: CASE_SUPERVISE is needed (roles [LEAD]).", out.err().strip());
        assertEquals("", out.out());
        assertTrue(cases.asked.isEmpty());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
    }

    @Test
    public void aLeadElsewhereWhoCounselsHereMayNotReadThisContractsTimeline() throws Exception {
        accounts.with("both", new org.yorisoi.staff.RoleGrant("id-both", "kyoto", org.yorisoi.contract.spi.Role.COUNSELOR,
                        java.time.LocalDate.parse("2025-04-01"), null),
                new org.yorisoi.staff.RoleGrant("id-both", "sakai", org.yorisoi.contract.spi.Role.LEAD,
                        java.time.LocalDate.parse("2025-04-01"), null));

        Fixtures.Output out = Fixtures.run(timeline("C-1"), Fixtures.ssh("both"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: CASE_SUPERVISE is needed under contract 'kyoto'"));
        assertEquals("", out.out());
        assertEquals(List.of("find C-1"), cases.asked);
        assertEquals("kyoto", audit.entries.get(0).contractId());
        assertEquals("yorisoi:case-timeline", audit.entries.get(0).target());
    }
}
