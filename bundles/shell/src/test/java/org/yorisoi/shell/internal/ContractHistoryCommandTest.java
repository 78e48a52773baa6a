package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.ContractDeployment.Action;

public class ContractHistoryCommandTest {

    private final Fixtures.History history = new Fixtures.History();
    private ContractHistoryCommand command;

    @Before
    public void setUp() {
        history.events.add(new ContractDeployment("kyoto", "org.yorisoi.contract.kyoto", "0.1.0.SNAPSHOT",
                Action.DEPLOYED, Instant.parse("2025-04-01T00:00:00Z"), "system"));
        history.events.add(new ContractDeployment("kyoto", "org.yorisoi.contract.kyoto", "0.1.0.SNAPSHOT",
                Action.UNDEPLOYED, Instant.parse("2025-04-02T03:04:05Z"), "karaf"));
        history.events.add(new ContractDeployment("sakai", "org.yorisoi.contract.sakai", "0.2.0",
                Action.DEPLOYED, Instant.parse("2025-04-03T00:00:00Z"), "admin"));
        command = new ContractHistoryCommand();
        command.history = history;
    }

    @Test
    public void listsAllContractsNewestFirstInTokyoTime() throws Exception {
        String out = Fixtures.run(command).out();

        assertNull(history.askedId);
        assertEquals(20, history.askedLimit);
        String[] lines = out.split("\\R");
        assertTrue(lines[0], lines[0].matches("At\\s*\\|\\s*Contract\\s*\\|\\s*Action\\s*\\|\\s*Bundle\\s*\\|\\s*Version\\s*\\|\\s*By\\s*"));
        assertTrue(lines[2], lines[2].matches("2025-04-03 09:00:00\\s*\\|\\s*sakai\\s*\\|\\s*deployed\\s*\\|"
                + "\\s*org.yorisoi.contract.sakai\\s*\\|\\s*0.2.0\\s*\\|\\s*admin\\s*"));
        assertTrue(lines[3], lines[3].matches("2025-04-02 12:04:05\\s*\\|\\s*kyoto\\s*\\|\\s*undeployed.*karaf\\s*"));
        assertTrue(lines[4], lines[4].matches("2025-04-01 09:00:00\\s*\\|\\s*kyoto\\s*\\|\\s*deployed.*system\\s*"));
    }

    @Test
    public void listsOneContractUpToTheLimit() throws Exception {
        command.id = "kyoto";
        command.limit = 1;

        String out = Fixtures.run(command).out();

        assertEquals("kyoto", history.askedId);
        assertEquals(1, history.askedLimit);
        assertTrue(out, out.contains("undeployed"));
        assertFalse(out, out.contains("sakai"));
        assertFalse(out, out.contains("2025-04-01"));
    }

    @Test
    public void saysSoWhenNothingIsRecorded() throws Exception {
        command.id = "nara";

        assertTrue(Fixtures.run(command).out().contains("No deployment of 'nara' recorded."));
    }

    @Test
    public void saysTheHistoryIsUnavailableWithoutTheService() throws Exception {
        command.history = null;

        Fixtures.Output output = Fixtures.run(command);

        assertEquals("deployment history unavailable", output.err().strip());
        assertEquals("", output.out());
    }

    @Test
    public void rejectsANonPositiveLimit() throws Exception {
        command.limit = 0;

        assertTrue(Fixtures.run(command).err().startsWith("--limit: expected a positive number"));
        assertNull(history.askedId);
    }
}
