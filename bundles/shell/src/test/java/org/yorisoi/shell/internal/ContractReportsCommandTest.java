package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.platform.ReportDue;

public class ContractReportsCommandTest {

    private final Fixtures.Calendar calendar = new Fixtures.Calendar();
    private ContractReportsCommand command;

    @Before
    public void setUp() {
        Recipient board = new Recipient("kyoto-board", "京都市教育委員会", "Kyoto City Board of Education");
        Recipient office = new Recipient("kyoto-office", "生徒指導課", "Student Guidance Division");
        calendar.reports = List.of(
                new ReportDue("monthly", "月次報告書", LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-30"),
                        OffsetDateTime.parse("2025-05-10T17:00+09:00"), List.of(board, office), "kyoto 9(1)"),
                new ReportDue("monthly", "月次報告書", LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"),
                        OffsetDateTime.parse("2025-06-10T17:00+09:00"), List.of(board), "kyoto 9(1)"));
        command = new ContractReportsCommand();
        command.registry = new Fixtures.Registry(
                Fixtures.contract("kyoto", "京都市SNS相談業務", "2025-04-01", "2026-03-31", Channel.LINE));
        command.calendar = calendar;
        command.clock = Fixtures.clockAt("2025-04-20T12:00+09:00");
        command.id = "kyoto";
    }

    @Test
    public void defaultsToThirtyOneDaysFromToday() throws Exception {
        Fixtures.Output output = Fixtures.run(command);

        assertEquals(LocalDate.parse("2025-04-20"), calendar.askedFrom);
        assertEquals(LocalDate.parse("2025-05-20"), calendar.askedTo);
        String out = output.out();
        assertTrue(out, out.matches("(?s).*Due\\s*\\|\\s*Report\\s*\\|\\s*Period\\s*\\|\\s*Recipients.*"));
        assertTrue(out, out.matches("(?s).*2025-05-10 17:00 \\(Sat\\)\\s*\\|\\s*monthly\\s*\\|"
                + "\\s*2025-04-01\\.\\.2025-04-30\\s*\\|\\s*京都市教育委員会、生徒指導課\\R.*"));
        assertFalse(out, out.contains("2025-06-10"));
    }

    @Test
    public void usesTheGivenRange() throws Exception {
        command.from = "2025-06-01";
        command.to = "2025-06-30";

        String out = Fixtures.run(command).out();

        assertTrue(out, out.contains("2025-06-10 17:00 (Tue)"));
        assertFalse(out, out.contains("2025-05-10"));
    }

    @Test
    public void saysSoWhenNoReportFallsDue() throws Exception {
        command.from = "2025-07-01";

        assertTrue(Fixtures.run(command).out().contains("No report falls due."));
    }

    @Test
    public void namesTheOptionOfABadDate() throws Exception {
        command.to = "June";

        Fixtures.Output output = Fixtures.run(command);

        assertTrue(output.err(), output.err().startsWith("--to: expected a date as YYYY-MM-DD"));
        assertEquals("", output.out());
    }
}
