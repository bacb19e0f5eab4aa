package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ccgsim.outcome.Outcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario loads and runs briefly (15 months, past any April 2014 event) through {@code ccgsim run}, writing a whole, sane monthly.csv. */
class ShippedScenariosSmokeTest {
    @TempDir Path tmp;

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void runsFifteenMonthsAndWritesAFullTidyTable(Path scenario) throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("run", scenario.toString(), "--replications", "1", "--months", "15", "--threads", "1",
                "--no-report", "--quiet", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out.resolve("monthly.csv"));
        String[] header = lines.get(0).split(",");
        assertEquals(5 + Outcome.values().length, header.length);
        assertTrue(lines.size() > 15, "at least one row per month");
        assertEquals(0, (lines.size() - 1) % 15, "the same units every month");
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            assertEquals(header.length, v.length, line);
            for (int c = 5; c < v.length; c++) {
                Outcome o = Outcome.of(header[c]);
                assertFalse(v[c].equals("NA"), o.column + " missing in " + line);
                double x = Double.parseDouble(v[c]);
                boolean bounded = o.kind == org.ccgsim.outcome.Kind.SHARE || o.kind == org.ccgsim.outcome.Kind.COUNT
                        || o == Outcome.ENGAGEMENT_MORANS_I;
                if (bounded) assertTrue(x >= o.lowest() && x <= o.highest(), o.column + " = " + x + " outside what it can be");
            }
        }
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }
}
