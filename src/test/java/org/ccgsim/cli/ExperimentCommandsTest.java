package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandsTest {
    @TempDir Path tmp;

    private static List<Map<String, String>> readCsv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] v = l.split(",", -1);
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) m.put(header[i], v[i]);
            return m;
        }).collect(Collectors.toList());
    }

    @Test
    void comparingAScenarioWithItselfGivesZeroDifferences() throws Exception {
        Path out = tmp.resolve("self");
        assertEquals(0, Main.execute("compare", "scenarios/baseline.yaml", "scenarios/baseline.yaml", "--replications", "3",
                "--months", "12", "--out", out.toString(), "--quiet"));
        List<Map<String, String>> rows = readCsv(out.resolve("comparison.csv"));
        assertFalse(rows.isEmpty());
        int second = 0;
        for (Map<String, String> r : rows) {
            if (r.get("scenario").equals("baseline")) {
                assertEquals("", r.get("diff"));
                continue;
            }
            second++;
            assertEquals("baseline-2", r.get("scenario"));
            assertEquals(0.0, Double.parseDouble(r.get("diff")), 0.0, r.toString());
            assertEquals(0.0, Double.parseDouble(r.get("diff_ci_low")), 0.0);
            assertEquals("", r.get("p_value"));
        }
        assertTrue(second > 0);
        for (String f : List.of("baseline/manifest.json", "baseline-2/summary.json", "report.html", "manifest.json")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
    }

    @Test
    void directiveManagementLowersEngagementAgainstEngagementLed() throws Exception {
        Path out = tmp.resolve("ed");
        assertEquals(0, Main.execute("compare", "scenarios/engagement.yaml", "scenarios/directive.yaml", "--replications", "8",
                "--months", "24", "--out", out.toString(), "--quiet"));
        Map<String, String> row = readCsv(out.resolve("comparison.csv")).stream()
                .filter(r -> r.get("outcome").equals("engagement_mean") && r.get("scenario").equals("directive"))
                .findFirst().orElseThrow();
        assertTrue(Double.parseDouble(row.get("diff")) < 0, row.toString());
        assertTrue(Double.parseDouble(row.get("diff_ci_high")) < 0, row.toString());
        assertTrue(Double.parseDouble(row.get("p_value")) < 0.05, row.toString());
    }
}
