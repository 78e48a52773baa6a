package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.yorisoi.contract.spi.Channel;

public class ContractListCommandTest {

    @Test
    public void listsEveryDeployedContractWithTermChannelsAndState() throws Exception {
        ContractListCommand command = new ContractListCommand();
        command.registry = new Fixtures.Registry(
                Fixtures.contract("sakai", "堺市訪問相談業務", "2025-04-01", "2026-03-31", Channel.APPOINTMENT),
                Fixtures.contract("kyoto", "京都市SNS相談業務", "2025-07-14", "2026-03-31", Channel.LINE, Channel.WEB));

        Fixtures.Output output = Fixtures.run(command);

        String[] lines = output.out().split("\\R");
        assertTrue(lines[0], lines[0].matches("ID\\s*\\|\\s*Term\\s*\\|\\s*Channels\\s*\\|\\s*State\\s*\\|\\s*Name\\s*"));
        assertTrue(lines[2], lines[2].matches("kyoto\\s*\\|\\s*2025-07-14\\.\\.2026-03-31\\s*\\|\\s*web, line\\s*\\|\\s*active\\s*\\|\\s*京都市SNS相談業務"));
        assertTrue(lines[3], lines[3].matches("sakai\\s*\\|\\s*2025-04-01\\.\\.2026-03-31\\s*\\|\\s*appointment\\s*\\|\\s*active\\s*\\|\\s*堺市訪問相談業務"));
        assertEquals("", output.err());
        // the full-width name comes last, so every separator lines up
        for (int i = 1; i < lines.length; i++) {
            assertEquals(lines[i], lines[0].lastIndexOf('|'), lines[i].lastIndexOf(lines[i].startsWith("-") ? '+' : '|'));
        }
    }

    @Test
    public void saysSoWhenNothingIsDeployed() throws Exception {
        ContractListCommand command = new ContractListCommand();
        command.registry = new Fixtures.Registry();

        assertTrue(Fixtures.run(command).out().contains("No contract is deployed."));
    }
}
