package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.ccgsim.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs end to end and writes its figures; the figures themselves are not asserted (timings are the machine's). */
class BenchCommandTest {
    @TempDir Path tmp;

    @Test
    void aQuickBenchWritesItsFiguresTargetsAndScalingChart() throws Exception {
        Path out = tmp.resolve("bench");
        assertEquals(0, Main.execute("bench", "--quick", "--scenario", "scenarios/baseline.yaml", "--out", out.toString()));
        JsonNode json = Json.mapper().readTree(out.resolve("bench.json").toFile());
        JsonNode baseline = json.get("scenarios").get(0);
        assertEquals("baseline", baseline.get("scenario").asText());
        assertTrue(baseline.get("draws").get("doubles").asLong() > 0, "draws are counted");
        assertTrue(baseline.get("modelPracticeMonthsPerSecond").asDouble() > 0);
        assertEquals(2, json.get("scaling").size());
        String md = Files.readString(out.resolve("bench.md"));
        assertTrue(md.contains("## Targets") && md.contains("limit loop"), md);
        assertTrue(Files.size(out.resolve("scaling.png")) > 10_000);
        assertFalse(Files.exists(out.resolve("work")), "scratch folder removed");
    }

    @Test
    void scalingFromAScenarioWithoutAGeneratedWorldIsBadInput() {
        assertEquals(2, Main.execute("bench", "--quick", "--scale-from", "scenarios/baseline.yaml", "--out", tmp.resolve("x").toString()));
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
