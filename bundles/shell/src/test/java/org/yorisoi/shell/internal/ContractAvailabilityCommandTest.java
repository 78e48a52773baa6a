package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.OffsetDateTime;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;

public class ContractAvailabilityCommandTest {

    private final Fixtures.Calendar calendar = new Fixtures.Calendar();
    private ContractAvailabilityCommand command;

    @Before
    public void setUp() {
        command = new ContractAvailabilityCommand();
        command.registry = new Fixtures.Registry(
                Fixtures.contract("kyoto", "京都市SNS相談業務", "2025-04-01", "2026-03-31", Channel.LINE));
        command.calendar = calendar;
        command.clock = Fixtures.clockAt("2025-04-07T10:00+09:00");
        command.id = "kyoto";
    }

    @Test
    public void defaultsToNowByThePlatformClock() throws Exception {
        Fixtures.Output output = Fixtures.run(command);

        assertEquals(OffsetDateTime.parse("2025-04-07T10:00+09:00").toInstant(), calendar.askedAt.toInstant());
        String out = output.out();
        assertTrue(out, out.matches("(?s).*Contract\\s*\\|\\s*kyoto.*"));
        assertTrue(out, out.matches("(?s).*At\\s*\\|\\s*2025-04-07 10:00 \\(Mon\\).*"));
        assertTrue(out, out.matches("(?s).*Receiving\\s*\\|\\s*yes.*"));
        assertTrue(out, out.matches("(?s).*Human staffed\\s*\\|\\s*no.*"));
        assertTrue(out, out.matches("(?s).*AI\\s*\\|\\s*yes.*"));
        assertTrue(out, out.matches("(?s).*Appointment window\\s*\\|\\s*none.*"));
        assertTrue(out, out.matches("(?s).*Next human opening\\s*\\|\\s*2025-04-07 17:00 \\(Mon\\).*"));
    }

    @Test
    public void answersForTheGivenInstantShownInTokyo() throws Exception {
        command.at = "2025-04-07T09:30Z"; // 18:30 in Tokyo

        String out = Fixtures.run(command).out();

        assertTrue(out, out.matches("(?s).*At\\s*\\|\\s*2025-04-07 18:30 \\(Mon\\).*"));
        assertTrue(out, out.matches("(?s).*Human staffed\\s*\\|\\s*yes.*"));
        assertTrue(out, out.matches("(?s).*Appointment window\\s*\\|\\s*standard.*"));
        assertTrue(out, out.matches("(?s).*Next human opening\\s*\\|\\s*none within the term.*"));
    }

    @Test
    public void takesADateTimeWithoutOffsetAsTokyoTime() throws Exception {
        command.at = "2025-04-07T18:30";

        Fixtures.run(command);

        assertEquals(OffsetDateTime.parse("2025-04-07T18:30+09:00"), calendar.askedAt);
    }

    @Test
    public void namesTheOptionAndFormatOfABadInstant() throws Exception {
        command.at = "tomorrow";

        Fixtures.Output output = Fixtures.run(command);

        assertTrue(output.err(), output.err().startsWith("--at: expected an ISO date-time with offset"));
        assertTrue(output.err(), output.err().contains("2025-04-07T18:00+09:00"));
        assertNull(calendar.askedAt);
    }

    @Test
    public void unknownContract() throws Exception {
        command.id = "nara";

        assertEquals("No contract 'nara' is deployed. Deployed: kyoto", Fixtures.run(command).err().strip());
    }
}
