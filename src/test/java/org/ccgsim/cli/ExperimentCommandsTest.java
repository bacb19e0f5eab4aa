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

    @Test
    void aSweepWritesOneRowPerPointAndReplication() throws Exception {
        Path out = tmp.resolve("sweep");
        assertEquals(0, Main.execute("sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1:0.5",
                "--param", "ccg.management.style=mix", "--replications", "2", "--months", "12", "--out", out.toString(), "--quiet"));
        List<Map<String, String>> rows = readCsv(out.resolve("sweep.csv"));
        assertEquals(3 * 2, rows.size());
        assertEquals(List.of("0", "0.5", "1"), rows.stream().map(r -> r.get("ccg.management.mix")).distinct().toList());
        assertTrue(rows.get(0).containsKey("engagement_mean"));
        List<Map<String, String>> summary = readCsv(out.resolve("sweep_summary.csv"));
        assertTrue(summary.stream().allMatch(r -> r.get("n").equals("2")));
        assertTrue(Files.exists(out.resolve("manifest.json")));
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aSweepFromADesignFileRunsItsRows() throws Exception {
        Path design = tmp.resolve("points.csv");
        Files.writeString(design, "ccg.management.mix,ccg.management.style\n0.1,mix\n0.9,mix\n");
        Path out = tmp.resolve("file");
        assertEquals(0, Main.execute("sweep", "scenarios/baseline.yaml", "--design-file", design.toString(),
                "--replications", "1", "--months", "12", "--out", out.toString(), "--quiet"));
        assertEquals(2, readCsv(out.resolve("sweep.csv")).size());
    }

    @Test
    void badSweepInputExitsTwoAndMakesNoFolder() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "ccg.management.mixx\n0.1\n");
        List<List<String>> cases = List.of(
                List.of("--param", "ccg.management.mix=0.8:0.2:0.1"),
                List.of("--param", "ccg.management.mix=0:1:0"),
                List.of("--param", "ccg.management.mix=0,1.5"),
                List.of("--param", "ccg.management.style=bossy"),
                List.of("--param", "ccg.nonsense.mix=0,1"),
                List.of("--design-file", bad.toString()),
                List.of("--design-file", tmp.resolve("missing.csv").toString()));
        int i = 0;
        for (List<String> c : cases) {
            Path out = tmp.resolve("bad" + i++);
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "scenarios/baseline.yaml", "--out", out.toString(), "--quiet"));
            args.addAll(c);
            assertEquals(2, Main.execute(args.toArray(String[]::new)), c.toString());
            assertFalse(Files.exists(out), "no folder for " + c);
        }
    }

    @Test
    void aSweepPointTheModelCannotStartIsBadInputFoundBeforeAnyRun() {
        // 400 practices cost more than Stoke's £320m: every point is started once before the folder is made
        Path out = tmp.resolve("unaffordable");
        String err = stderrOf(() -> assertEquals(2, Main.execute("sweep", "scenarios/baseline.yaml", "--param", "ccg.practices=55,400",
                "--replications", "1", "--months", "2", "--out", out.toString(), "--quiet")));
        assertFalse(java.nio.file.Files.exists(out));
        assertTrue(err.contains("design point 2 (ccg.practices=400)") && err.contains("cannot pay for"), err);
    }

    @Test
    void aSweepOverTheGeneratorRefusesAWorldThatCannotBeLaidOut() {
        Path out = tmp.resolve("impossible");
        String err = stderrOf(() -> assertEquals(2, Main.execute("sweep", "scenarios/england.yaml", "--param", "generate.areaTeams=27,300",
                "--replications", "1", "--months", "1", "--out", out.toString(), "--quiet")));
        assertFalse(java.nio.file.Files.exists(out));
        assertTrue(err.contains("design point 2 (generate.areaTeams=300)") && err.contains("no more Area Teams than CCGs"), err);
    }

    private static String stderrOf(Runnable r) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return err.toString();
    }

    @Test
    void morrisScreeningWritesARankedTable() throws Exception {
        Path out = tmp.resolve("morris");
        assertEquals(0, Main.execute("sensitivity", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1",
                "--param", "ccg.management.adaptiveReviewMonths=2:12", "--set", "ccg.management.style=mix", "--method", "morris",
                "--trajectories", "2", "--replications", "1", "--months", "12", "--out", out.toString(), "--quiet"));
        List<Map<String, String>> rows = readCsv(out.resolve("sensitivity.csv"));
        List<Map<String, String>> engagement = rows.stream().filter(r -> r.get("outcome").equals("engagement_mean")).toList();
        assertEquals(2, engagement.size());
        assertEquals(List.of("1", "2"), engagement.stream().map(r -> r.get("rank")).sorted().toList());
        assertTrue(Files.exists(out.resolve("manifest.json")));
        assertEquals(2, Main.execute("sensitivity", "scenarios/baseline.yaml", "--param", "ccg.management.mix=1:0",
                "--out", tmp.resolve("none").toString(), "--quiet"));
        assertFalse(Files.exists(tmp.resolve("none")));
    }

    @Test
    void sobolIndicesAreWrittenRankedWithIntervalsAReportAndAManifest() throws Exception {
        Path out = tmp.resolve("sobol");
        assertEquals(0, Main.execute("sensitivity", "scenarios/baseline.yaml", "--method", "sobol", "--samples", "4",
                "--bootstrap", "200", "--replications", "2", "--months", "24", "--param", "ccg.management.mix=0:1",
                "--param", "world.abolitionTalk=0:1", "--out", out.toString(), "--quiet"));
        List<Map<String, String>> rows = readCsv(out.resolve("sensitivity.csv"));
        assertEquals(List.of("method", "outcome", "parameter", "s1", "s1_low", "s1_high", "st", "st_low", "st_high", "rank"),
                List.copyOf(rows.get(0).keySet()));
        List<Map<String, String>> engagement = rows.stream().filter(r -> r.get("outcome").equals("engagement_mean")).toList();
        assertEquals(2, engagement.size());
        assertEquals(List.of("1", "2"), engagement.stream().map(r -> r.get("rank")).toList(), "listed in rank order");
        assertTrue(Double.parseDouble(engagement.get(0).get("st")) >= Double.parseDouble(engagement.get(1).get("st")));
        for (Map<String, String> r : engagement) {
            assertEquals("sobol", r.get("method"));
            assertTrue(Double.parseDouble(r.get("st_low")) <= Double.parseDouble(r.get("st_high")), r.toString());
        }
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("charts/sensitivity-engagement_mean.png")));
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String s : List.of("\"method\" : \"sobol\"", "\"samples\" : 4", "\"evaluations\" : 16", "\"bootstrap_resamples\" : 200")) {
            assertTrue(manifest.contains(s), s + " in " + manifest);
        }
    }

    @Test
    void sensitivityRefusesBadSamplesUnknownMethodsAndTheOtherMethodsOptions() throws Exception {
        List<List<String>> bad = List.of(
                List.of("--method", "sobol", "--samples", "1"),
                List.of("--method", "sobol", "--bootstrap", "5"),
                List.of("--method", "foo"),
                List.of("--method", "sobol", "--trajectories", "4"),
                List.of("--samples", "8"));
        for (List<String> options : bad) {
            List<String> args = new java.util.ArrayList<>(List.of("sensitivity", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1",
                    "--out", tmp.resolve("none").toString(), "--quiet"));
            args.addAll(options);
            assertEquals(2, Main.execute(args.toArray(String[]::new)), options.toString());
            assertFalse(Files.exists(tmp.resolve("none")), options.toString());
        }
    }

    @Test
    void replicationsAnswersInASentence() throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(buf, true, "UTF-8"));
        int code;
        try {
            code = Main.execute("replications", "scenarios/baseline.yaml", "--outcome", "engagement_mean", "--precision", "0.02",
                    "--pilot", "3", "--months", "12", "--quiet");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String text = buf.toString("UTF-8");
        assertTrue(text.matches("(?s)(About \\d+|More than \\d+) replications.*engagement_mean.*2%.*pilot of 3: mean .*"), text);
        assertEquals(2, Main.execute("replications", "scenarios/baseline.yaml", "--outcome", "nonsense", "--precision", "0.02"));
    }
}
