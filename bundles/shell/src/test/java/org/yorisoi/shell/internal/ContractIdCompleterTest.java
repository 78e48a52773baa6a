package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;

public class ContractIdCompleterTest {

    private final Fixtures.Registry registry = new Fixtures.Registry(
            Fixtures.contract("kyoto", "京都市SNS相談業務", "2025-04-01", "2026-03-31", Channel.LINE),
            Fixtures.contract("kumamoto", "熊本市SNS相談業務", "2025-04-01", "2026-03-31", Channel.LINE),
            Fixtures.contract("sakai", "堺市訪問相談業務", "2025-04-01", "2026-03-31", Channel.APPOINTMENT));
    private final ContractIdCompleter completer = new ContractIdCompleter();

    @Before
    public void setUp() {
        completer.registry = registry;
    }

    @Test
    public void completesIdsWithThePrefixTyped() {
        List<String> candidates = complete("yorisoi:contract-calendar k");

        assertEquals(List.of("kumamoto", "kyoto"), strip(candidates));
    }

    @Test
    public void offersEveryIdOnAnEmptyArgument() {
        assertEquals(List.of("kumamoto", "kyoto", "sakai"), strip(complete("yorisoi:contract-calendar ")));
    }

    @Test
    public void followsContractsAsTheyComeAndGo() {
        registry.contracts.add(Fixtures.contract("sapporo", "札幌市SNS相談業務", "2025-04-01", "2026-03-31", Channel.WEB));

        assertEquals(List.of("sakai", "sapporo"), strip(complete("yorisoi:contract-calendar sa")));
    }

    @Test
    public void offersNothingForAnUnknownPrefix() {
        List<String> candidates = new ArrayList<>();
        int position = completer.complete(null, line("yorisoi:contract-calendar x"), candidates);

        assertTrue(candidates.isEmpty());
        assertEquals(-1, position);
    }

    private List<String> complete(String buffer) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line(buffer), candidates);
        return candidates;
    }

    private static List<String> strip(List<String> candidates) {
        return candidates.stream().map(String::strip).sorted().toList();
    }

    /** The command line as the console hands it over, the cursor at the end of the buffer. */
    private static CommandLine line(String buffer) {
        String[] args = buffer.split(" ", -1);
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return args.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return args[args.length - 1];
            }

            @Override
            public int getArgumentPosition() {
                return args[args.length - 1].length();
            }

            @Override
            public String[] getArguments() {
                return args;
            }

            @Override
            public int getBufferPosition() {
                return buffer.length();
            }

            @Override
            public String getBuffer() {
                return buffer;
            }
        };
    }
}
