package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccgsim.experiment.ReplicationSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds survive a reader that holds numbers as doubles (R, pandas, Excel), and re-running from them reproduces a replication. */
class SeedsReadBackTest {
    @TempDir Path tmp;

    @Test
    void seedsReadAsDoublesAreExactAndRerunTheReplication() throws Exception {
        Path all = tmp.resolve("all");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--threads", "1",
                "--seed", "9007199254740991", "--quiet", "--no-report", "--out", all.toString()).code());
        List<String> rows = Files.readAllLines(all.resolve("monthly.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            int k = Integer.parseInt(cells[0]);
            double asDouble = Double.parseDouble(cells[1]); // what R's read.csv and pandas keep
            long seed = ReplicationSeeds.seed(9007199254740991L, k);
            assertTrue(seed >= 0 && seed <= ReplicationSeeds.MAX_EXACT, "a 53-bit seed");
            assertEquals(seed, (long) asDouble, "seed read as a double is exact");
            assertEquals(cells[1], Long.toString((long) asDouble));
        }
        String manifest = Files.readString(all.resolve("manifest.json"));
        assertTrue(manifest.contains(Long.toString(ReplicationSeeds.seed(9007199254740991L, 2))), manifest);

        Path one = tmp.resolve("one");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--threads", "1",
                "--seed", "9007199254740991", "--replication", "2", "--quiet", "--no-report", "--out", one.toString()).code());
        List<String> alone = Files.readAllLines(one.resolve("monthly.csv"));
        assertEquals(rows.stream().filter(r -> r.startsWith("2,")).toList(), alone.subList(1, alone.size()));
    }

    @Test
    void aScenarioSeedBeyondWhatADoubleHoldsIsBadInput() {
        Cli.Result r = Cli.run("run", "scenarios/baseline.yaml", "--seed", "9007199254740993", "--quiet", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(!Files.exists(tmp.resolve("x")));
    }
}
