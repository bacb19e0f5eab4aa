package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ccgsim.experiment.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment split into shards, run in any order, merges to the folder the unsplit command writes. */
class ShardMergeTest {
    @TempDir Path tmp;

    private static final List<String> SMALL = List.of("--months", "12", "--replications", "2", "--quiet", "--threads", "1");

    /** Runs the command whole and as {@code n} shards (last first), merges, and checks every CSV and JSON file is identical. */
    private void mergesToTheUnsplitBytes(String name, int n, boolean report, String... command) throws Exception {
        Path whole = tmp.resolve(name + "-whole");
        assertEquals(0, run(args(command, report, "--out", whole.toString())));
        List<String> parts = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            Path part = tmp.resolve(name + "-part" + i);
            assertEquals(0, run(args(command, report, "--out", part.toString(), "--shard", i + "/" + n)));
            parts.add(0, part.toString());
        }
        Path merged = tmp.resolve(name + "-merged");
        List<String> merge = new ArrayList<>(List.of("merge"));
        merge.addAll(List.of(parts.get(1), parts.get(0))); // any order
        merge.addAll(parts.subList(2, parts.size()));
        merge.addAll(List.of("--out", merged.toString(), "--quiet"));
        assertEquals(0, run(merge.toArray(String[]::new)));
        List<String> files = dataFiles(whole);
        assertFalse(files.isEmpty());
        assertEquals(files, dataFiles(merged), "the merged folder holds the same CSV and JSON files");
        for (String f : files) assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        assertTrue(Files.exists(merged.resolve("manifest.json")));
        if (report) assertTrue(Files.exists(merged.resolve("report.html")));
    }

    private static String[] args(String[] command, boolean report, String... more) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(SMALL);
        if (!report) a.add("--no-report");
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** Every CSV and JSON file but the manifest (which records times), relative and sorted. */
    private static List<String> dataFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(f -> f.endsWith(".csv") || f.endsWith(".csv.gz") || f.endsWith(".json")).filter(f -> !f.endsWith("manifest.json")).sorted().toList();
        }
    }

    private static int run(String... args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            return Main.execute(args);
        } finally {
            System.setOut(out);
        }
    }

    /** Runs and captures stderr. */
    private static String errorOf(int expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            assertEquals(expected, run(args), () -> err.toString());
        } finally {
            System.setErr(old);
        }
        return err.toString();
    }

    @Test
    void aRunsShardsMergeToTheUnsplitRun() throws Exception {
        mergesToTheUnsplitBytes("run", 2, false, "run", "scenarios/standoff.yaml");
    }

    @Test
    void aComparisonsShardsMergeToTheUnsplitComparison() throws Exception {
        mergesToTheUnsplitBytes("compare", 3, false, "compare", "scenarios/engagement.yaml", "scenarios/directive.yaml");
    }

    @Test
    void aGridSweepsShardsMergeToTheUnsplitSweepWithItsReport() throws Exception {
        mergesToTheUnsplitBytes("grid", 4, true, "sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1:0.5",
                "--param", "ccg.management.style=mix");
    }

    @Test
    void aLatinHypercubeSweepsShardsMergeToTheUnsplitSweep() throws Exception {
        mergesToTheUnsplitBytes("lhs", 3, false, "sweep", "scenarios/baseline.yaml", "--design", "lhs", "--samples", "4",
                "--param", "ccg.management.mix=0:1", "--param", "practice.deliveryHalfEngagement=0.05:0.2", "--set", "ccg.management.style=mix");
    }

    @Test
    void aMorrisAnalysissShardsMergeToTheUnsplitAnalysis() throws Exception {
        mergesToTheUnsplitBytes("morris", 3, false, "sensitivity", "scenarios/baseline.yaml", "--trajectories", "2",
                "--param", "ccg.management.mix=0:1", "--param", "practice.deliveryHalfEngagement=0.05:0.2", "--set", "ccg.management.style=mix");
    }

    @Test
    void aSobolAnalysissShardsMergeToTheUnsplitAnalysis() throws Exception {
        mergesToTheUnsplitBytes("sobol", 2, false, "sensitivity", "scenarios/baseline.yaml", "--method", "sobol", "--samples", "2",
                "--bootstrap", "100", "--param", "ccg.management.mix=0:1", "--param", "practice.deliveryHalfEngagement=0.05:0.2",
                "--set", "ccg.management.style=mix");
    }

    @Test
    void aCompressedRunHoldsTheSameRowsGzippedAndMergesToTheSameBytes() throws Exception {
        Path plain = tmp.resolve("plain"), gz = tmp.resolve("gz");
        assertEquals(0, run("run", "scenarios/standoff.yaml", "--months", "12", "--replications", "2", "--quiet", "--threads", "1",
                "--out", plain.toString()));
        assertEquals(0, run("run", "scenarios/standoff.yaml", "--months", "12", "--replications", "2", "--quiet", "--threads", "1",
                "--out", gz.toString(), "--compress"));
        for (String f : List.of("monthly.csv", "contracts.csv", "trusts.csv", "events.csv")) {
            assertFalse(Files.exists(gz.resolve(f)), f);
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz.resolve(f + ".gz")))) {
                assertArrayEquals(Files.readAllBytes(plain.resolve(f)), in.readAllBytes(), f);
            }
        }
        assertArrayEquals(Files.readAllBytes(plain.resolve("monthly_summary.csv")), Files.readAllBytes(gz.resolve("monthly_summary.csv")));
        try (Stream<Path> a = Files.list(plain.resolve("charts")); Stream<Path> b = Files.list(gz.resolve("charts"))) {
            assertEquals(a.map(p -> p.getFileName().toString()).sorted().toList(), b.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the charts that read contracts, trusts and events are drawn from the compressed files too");
        }
        mergesToTheUnsplitBytes("gz", 2, false, "run", "scenarios/standoff.yaml", "--compress");
    }

    @Test
    void outcomesNamedAreTheOnlyOnesRecordedAndAShardedSelectionMergesToTheSameBytes() throws Exception {
        mergesToTheUnsplitBytes("sel", 2, false, "sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1:0.5",
                "--param", "ccg.management.style=mix", "--outcomes", "qipp_delivered,engagement_mean");
        List<String> lines = Files.readAllLines(tmp.resolve("sel-whole/sweep.csv"));
        assertTrue(lines.get(0).endsWith(",ccg.management.style,engagement_mean,qipp_delivered"), lines.get(0));
        List<String> outcomes = Files.readAllLines(tmp.resolve("sel-whole/sweep_summary.csv")).stream().skip(1)
                .map(l -> l.split(",")[3]).distinct().toList();
        assertEquals(List.of("engagement_mean", "qipp_delivered"), outcomes);
        String err = errorOf(2, "sensitivity", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1", "--outcomes", "happiness",
                "--out", tmp.resolve("no").toString(), "--quiet");
        assertTrue(err.contains("unknown outcome 'happiness'"), err);
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    private List<Path> sweepParts(String name, int n, String... extra) {
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path p = tmp.resolve(name + i);
            List<String> a = new ArrayList<>(List.of("sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1:0.5",
                    "--param", "ccg.management.style=mix", "--no-report", "--shard", i + "/" + n, "--out", p.toString()));
            a.addAll(SMALL);
            a.addAll(List.of(extra));
            assertEquals(0, run(a.toArray(String[]::new)));
            parts.add(p);
        }
        return parts;
    }

    @Test
    void aMissingRepeatedOrForeignPartIsRefusedNamingTheProblem() {
        List<Path> parts = sweepParts("p", 3);
        Path out = tmp.resolve("merged");
        String missing = errorOf(2, "merge", parts.get(0).toString(), parts.get(2).toString(), "--out", out.toString());
        assertTrue(missing.contains("missing shard 2/3"), missing);
        String twice = errorOf(2, "merge", parts.get(0).toString(), parts.get(1).toString(), parts.get(1).toString(),
                parts.get(2).toString(), "--out", out.toString());
        assertTrue(twice.contains("shard 2/3 is given twice"), twice);
        Path foreign = sweepParts("other", 3, "--set", "seed=7").get(1);
        String other = errorOf(2, "merge", parts.get(0).toString(), foreign.toString(), parts.get(2).toString(), "--out", out.toString());
        assertTrue(other.contains(foreign + " is not part of the same experiment"), other);
        Path split4 = sweepParts("four", 4).get(1);
        String count = errorOf(2, "merge", parts.get(0).toString(), split4.toString(), parts.get(2).toString(), "--out", out.toString());
        assertTrue(count.contains("not part of the same experiment"), count);
        String notPart = errorOf(2, "merge", parts.get(0).toString(), tmp.resolve("nowhere").toString(), "--out", out.toString());
        assertTrue(notPart.contains("has no manifest.json"), notPart);
        assertFalse(Files.exists(out), "a refused merge writes nothing");
    }

    @Test
    void aChangedPartIsRefused() throws Exception {
        List<Path> parts = sweepParts("c", 2);
        Path results = parts.get(1).resolve("replications.bin.gz");
        byte[] b = Files.readAllBytes(results);
        Files.write(results, java.util.Arrays.copyOf(b, b.length - 3));
        String err = errorOf(2, "merge", parts.get(0).toString(), parts.get(1).toString(), "--out", tmp.resolve("m").toString());
        assertTrue(err.contains("does not match its manifest's checksum"), err);
    }

    @Test
    void shardsAreContiguousBlocksThatDifferByAtMostOneAndCoverEverything() {
        for (int total : new int[] {0, 1, 7, 10, 101}) {
            for (int n : new int[] {1, 2, 3, 4, 16}) {
                long next = 0, least = Long.MAX_VALUE, most = 0;
                for (int i = 1; i <= n; i++) {
                    Shard s = new Shard(i, n);
                    assertEquals(next, s.from(total));
                    long size = s.to(total) - s.from(total);
                    least = Math.min(least, size);
                    most = Math.max(most, size);
                    next = s.to(total);
                }
                assertEquals(total, next);
                assertTrue(most - least <= 1);
            }
        }
    }

    @Test
    void aSlurmArrayTaskIsAShard() {
        assertEquals(new Shard(3, 4), Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4", "SLURM_ARRAY_TASK_MIN", "0")));
        assertEquals(new Shard(1, 4), Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4", "SLURM_ARRAY_TASK_MIN", "1")));
        assertEquals(null, Shard.fromSlurm(Map.of("SLURM_JOB_ID", "12")));
        assertEquals(new Shard(2, 8), Shard.parse("2/8"));
    }

    @Test
    void aBadShardIsBadInput() {
        String err = errorOf(2, "run", "scenarios/baseline.yaml", "--shard", "5/4", "--out", tmp.resolve("x").toString(), "--quiet");
        assertTrue(err.contains("shard must be from 1 to 4"), err);
        err = errorOf(2, "run", "scenarios/baseline.yaml", "--shard", "two", "--out", tmp.resolve("x").toString(), "--quiet");
        assertTrue(err.contains("expected i/N"), err);
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
