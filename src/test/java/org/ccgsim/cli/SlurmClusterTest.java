package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'ccgsim slurm' on a real cluster: the array job and its merge job leave the folder a local run
 * writes. Skipped where no Slurm answers; .ci/slurm.sh starts a one-node cluster and runs it with
 * -Dccgsim.slurm=required, where a skip is a failure.
 */
class SlurmClusterTest {
    @TempDir Path tmp;

    private static String sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", command) + ": " + out);
        return out;
    }

    private static void requireCluster() {
        String why;
        try {
            String state = sh("sinfo", "-h", "-o", "%t").trim();
            if (state.startsWith("idle") || state.startsWith("mix") || state.startsWith("alloc")) return;
            why = "sinfo shows no node ready (" + state + ")";
        } catch (Exception e) {
            why = "no Slurm answers here (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        if ("required".equals(System.getProperty("ccgsim.slurm"))) fail("a Slurm cluster is required: " + why);
        Assumptions.abort("skipped: " + why + "; bash .ci/slurm.sh starts a one-node cluster and runs this test");
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

    @Test
    void anArrayJobAndItsMergeJobWriteTheLocalRunsFiles() throws Exception {
        requireCluster();
        List<String> experiment = List.of("run", "scenarios/standoff.yaml", "--replications", "3", "--months", "6", "--quiet", "--no-report");
        Path local = tmp.resolve("local");
        String[] here = Stream.concat(experiment.stream(), Stream.of("--threads", "1", "--out", local.toString())).toArray(String[]::new);
        assertEquals(0, run(here));
        Path cluster = tmp.resolve("cluster");
        String[] slurm = Stream.concat(Stream.of("slurm", "--tasks", "2", "--out", cluster.toString()), experiment.stream()).toArray(String[]::new);
        assertEquals(0, run(slurm));
        String submitted = sh("bash", cluster.resolve("slurm/submit.sh").toString());
        Matcher m = Pattern.compile("shards: array job (\\d+); merge: job (\\d+)").matcher(submitted);
        assertTrue(m.find(), submitted);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String left;
        while (!(left = sh("squeue", "-h", "-j", m.group(1) + "," + m.group(2), "-o", "%i %T %r")).isBlank()) {
            if (left.contains("DependencyNeverSatisfied")) {
                sh("scancel", m.group(2));
                fail("a shard failed: " + Files.readString(cluster.resolve("slurm/logs/shard-0.out")));
            }
            if (System.nanoTime() > deadline) fail("the jobs did not finish in 5 minutes: " + left);
            Thread.sleep(500);
        }
        assertTrue(Files.exists(cluster.resolve("manifest.json")), "the merge job finished the folder; logs: "
                + Files.list(cluster.resolve("slurm/logs")).map(Path::toString).toList());
        for (String f : List.of("monthly.csv", "contracts.csv", "trusts.csv", "events.csv", "monthly_summary.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(cluster.resolve(f)), f);
        }
    }
}
