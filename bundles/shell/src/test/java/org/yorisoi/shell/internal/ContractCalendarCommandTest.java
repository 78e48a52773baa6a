package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;

public class ContractCalendarCommandTest {

    private final Fixtures.Calendar calendar = new Fixtures.Calendar();
    private ContractCalendarCommand command;

    @Before
    public void setUp() {
        command = new ContractCalendarCommand();
        command.registry = new Fixtures.Registry(
                Fixtures.contract("kyoto", "京都市SNS相談業務", "2025-04-01", "2026-03-31", Channel.LINE),
                Fixtures.contract("sakai", "堺市訪問相談業務", "2025-04-01", "2026-03-31", Channel.APPOINTMENT));
        command.calendar = calendar;
        // 01:00 in Tokyo is still the previous day in UTC: "today" must be the Tokyo date
        command.clock = Fixtures.clockAt("2025-04-07T01:00+09:00");
        command.id = "kyoto";
    }

    @Test
    public void defaultsToSevenDaysFromTodayInTokyo() throws Exception {
        Fixtures.Output output = Fixtures.run(command);

        assertEquals(LocalDate.parse("2025-04-07"), calendar.askedFrom);
        assertEquals(LocalDate.parse("2025-04-13"), calendar.askedTo);
        assertTrue(output.out(), output.out().contains("kyoto: openings 2025-04-07..2025-04-13"));
        assertTrue(output.out(), output.out().matches(
                "(?s).*human\\s*\\|\\s*2025-04-07 17:00 \\(Mon\\)\\s*\\|\\s*2025-04-07 22:00 \\(Mon\\).*"));
        assertTrue(output.out(), output.out().contains("2025-04-13 17:00 (Sun)"));
        assertEquals("", output.err());
    }

    @Test
    public void usesTheGivenRange() throws Exception {
        command.from = "2025-05-03";
        command.to = "2025-05-04";

        Fixtures.Output output = Fixtures.run(command);

        assertTrue(output.out().contains("2025-05-03 17:00 (Sat)"));
        assertTrue(output.out().contains("2025-05-04 22:00 (Sun)"));
        assertEquals(3 + 2, output.out().split("\\R").length);
    }

    @Test
    public void namesTheDeployedContractsWhenTheIdIsUnknown() throws Exception {
        command.id = "osaka";

        Fixtures.Output output = Fixtures.run(command);

        assertEquals("No contract 'osaka' is deployed. Deployed: kyoto, sakai", output.err().strip());
        assertEquals("", output.out());
        assertNull(calendar.askedFrom);
    }

    @Test
    public void namesTheOptionAndFormatOfABadDate() throws Exception {
        command.from = "2025/05/03";

        Fixtures.Output output = Fixtures.run(command);

        assertTrue(output.err(), output.err().contains("--from"));
        assertTrue(output.err(), output.err().contains("YYYY-MM-DD"));
        assertTrue(output.err(), output.err().contains("'2025/05/03'"));
        assertNull(calendar.askedFrom);
    }

    @Test
    public void rejectsARangeThatEndsBeforeItStarts() throws Exception {
        command.from = "2025-05-03";
        command.to = "2025-05-01";

        Fixtures.Output output = Fixtures.run(command);

        assertEquals("--to 2025-05-01 is before --from 2025-05-03", output.err().strip());
    }

    @Test
    public void rejectsARangeLongerThanTheCalendarServes() throws Exception {
        command.from = "2025-01-01";
        command.to = "2030-01-01";

        assertTrue(Fixtures.run(command).err().contains("spans more than"));
        assertNull(calendar.askedFrom);
    }
}
