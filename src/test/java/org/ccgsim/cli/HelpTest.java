package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
    @Test
    void helpOnEveryCommandPrintsUsageAndExitsZeroWithoutWarnings() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        for (String name : new CommandLine(new Main()).getSubcommands().keySet()) {
            commands.add(List.of(name, "--help"));
            commands.add(List.of("help", name));
        }
        assertTrue(commands.size() > 20, "every subcommand is listed");
        for (List<String> c : commands) {
            Cli.Result r = Cli.run(c.toArray(String[]::new));
            assertEquals(0, r.code(), c + ": " + r);
            assertTrue(r.out().contains("Usage:"), c + " prints usage: " + r);
            assertFalse((r.out() + r.err()).contains("WARN"), c + " prints no picocli warning: " + r);
        }
    }
}
