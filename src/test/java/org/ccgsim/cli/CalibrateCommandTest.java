package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calibrate (ABC-SMC) and run/compare --posterior from the command line: files, reproducibility, resumption, bad input. */
class CalibrateCommandTest {
    @TempDir Path tmp;

    private Path targets() throws Exception {
        Path f = tmp.resolve("targets.yaml");
        Files.writeString(f, """
                targets:
                - id: ratio
                  evidence: gallup-18
                  scenario: baseline
                  observable: quartile_delivery_ratio
                  statistic: at
                  months: [12]
                  target: 1.18
                  tolerance: 0.05
                  role: fitted
                - id: feedback
                  evidence: gp-feedback-44
                  scenario: baseline
                  observable: feedback_share
                  statistic: mean
                  months: [6, 12]
                  target: 0.44
                  tolerance: 0.1
                  role: held_out
                """);
        return f;
    }

    private String[] tiny(Path out, String threads, String... more) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("calibrate", "--param", "practice.deliveryHalfEngagement=0.1:0.8", "--targets", targets().toString(),
                "--particles", "6", "--proposals", "6", "--generations", "2", "--replications", "1", "--threads", threads, "--quiet"));
        if (out != null) { a.add("--out"); a.add(out.toString()); }
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void calibrationWritesItsFilesTheSameOnAnyThreadCountAndWhenResumed() throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        assertEquals(0, Main.execute(tiny(one, "1")));
        assertEquals(0, Main.execute(tiny(two, "2")));
        for (String f : List.of("posterior.csv", "posterior_summary.csv", "predictive_check.csv", "generations.csv", "pairs.png", "pairs.svg",
                "report.html", "manifest.json")) {
            assertTrue(Files.isRegularFile(one.resolve(f)), f + " is written");
        }
        for (String f : List.of("posterior.csv", "posterior_summary.csv", "predictive_check.csv", "generations.csv")) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f + " differs between 1 and 2 threads");
        }
        String check = Files.readString(one.resolve("predictive_check.csv"));
        assertTrue(check.contains(",held_out,") && check.contains(",fitted,"), check);
        assertTrue(Files.readString(one.resolve("posterior.csv")).startsWith("particle,practice.deliveryHalfEngagement,weight"));

        // defaults.yaml: the posterior median as a scenario that extends the baseline; posterior_summary.md: the tables for the docs
        String median = Files.readAllLines(one.resolve("posterior_summary.csv")).get(1).split(",")[3];
        String defaults = Files.readString(one.resolve("defaults.yaml"));
        double fitted = Double.parseDouble(defaults.replaceAll("(?s).*deliveryHalfEngagement: ([0-9.]+).*", "$1"));
        assertEquals(Double.parseDouble(median), fitted, 5e-4 * Double.parseDouble(median), defaults);
        assertTrue(defaults.contains("extends: ") && defaults.contains("practice:\n  deliveryHalfEngagement: "), defaults);
        assertEquals(0, Main.execute("validate", one.resolve("defaults.yaml").toString()), "defaults.yaml is a valid scenario");
        String md = Files.readString(one.resolve("posterior_summary.md"));
        assertTrue(md.contains("| `practice.deliveryHalfEngagement` | 0.1 – 0.8 | ") && md.contains("| feedback | baseline | held out |"), md);

        // as if killed during generation 1: its journal file and the results are missing
        Files.delete(one.resolve("journal/generation-001.csv"));
        for (String f : List.of("posterior.csv", "manifest.json")) Files.delete(one.resolve(f));
        assertEquals(0, Main.execute(tiny(null, "2", "--resume", one.toString())));
        assertEquals(Files.readString(two.resolve("posterior.csv")), Files.readString(one.resolve("posterior.csv")));

        // resuming with other settings is refused
        assertEquals(2, Main.execute(tiny(null, "1", "--resume", one.toString(), "--seed", "5")));
    }

    @Test
    void aCalibrationSplitIntoShardsAndMergedWritesTheUnsplitFilesByteForByte() throws Exception {
        Path whole = tmp.resolve("whole"), split = tmp.resolve("split");
        assertEquals(0, Main.execute(tiny(whole, "2")));
        assertEquals(1, Main.execute(tiny(split, "1", "--merge")), "a merge before any shard ran gets no further");
        int rounds = 0;
        while (!Files.exists(split.resolve("manifest.json"))) {
            assertTrue(++rounds < 20, "the sharded calibration does not finish");
            // the shards in either order, one of them twice (a resubmitted array task): the result must not change
            assertEquals(0, Main.execute(tiny(split, "1", "--shard", "2/2")));
            assertEquals(0, Main.execute(tiny(split, "2", "--shard", "1/2")));
            assertEquals(0, Main.execute(tiny(split, "1", "--shard", "2/2")));
            assertEquals(0, Main.execute(tiny(split, "1", "--merge")));
        }
        assertTrue(rounds >= 3, "generation 0 and at least one batch of generation 1 each take a round, found " + rounds);
        for (String f : List.of("posterior.csv", "posterior_summary.csv", "predictive_check.csv", "generations.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(split.resolve(f)), f + " differs between the whole and the sharded calibration");
        }
        for (String f : List.of("pairs.png", "report.html", "journal/generation-001.csv")) assertTrue(Files.isRegularFile(split.resolve(f)), f);
        assertEquals(0, Main.execute(tiny(split, "1", "--merge")), "a finished calibration: nothing to do");

        // a part written under other settings is refused, not mixed in
        Path other = tmp.resolve("other");
        assertEquals(0, Main.execute(tiny(other, "1", "--shard", "1/1")));
        try (var parts = Files.list(other.resolve("journal/shards"))) {
            for (Path part : parts.toList()) Files.writeString(part, Files.readString(part).replaceFirst("sha256 [0-9a-f]+", "sha256 0"));
        }
        assertEquals(2, Main.execute(tiny(other, "1", "--merge")));
        assertEquals(2, Main.execute(tiny(split, "1", "--shard", "1/2", "--merge")), "--shard and --merge together");
        assertEquals(2, Main.execute(tiny(null, "1", "--shard", "1/2")), "--shard needs --out");
        assertEquals(2, Main.execute(tiny(tmp.resolve("x"), "1", "--shard", "3/2")));
    }

    /**
     * The scripts 'ccgsim slurm' writes for a calibration, run by a stand-in for sbatch that runs each job at
     * once (array tasks one after another): the chain of shard arrays and merge jobs finishes the calibration
     * and leaves the unsplit files. (.ci/slurm.sh runs 'ccgsim slurm' on a real one-node cluster.)
     */
    @Test
    void slurmScriptsRunTheCalibrationBatchByBatchUntilItIsFinished() throws Exception {
        List<String> calibrate = List.of("calibrate", "--param", "practice.deliveryHalfEngagement=0.1:0.8", "--targets", targets().toString(),
                "--particles", "4", "--proposals", "12", "--generations", "2", "--replications", "1", "--quiet");
        Path whole = tmp.resolve("whole"), cluster = tmp.resolve("cluster"), bin = tmp.resolve("bin");
        List<String> local = new java.util.ArrayList<>(calibrate);
        local.addAll(List.of("--out", whole.toString()));
        assertEquals(0, Main.execute(local.toArray(String[]::new)));

        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> slurm = new java.util.ArrayList<>(List.of("slurm", "--tasks", "2", "--java", javaCommand, "--out", cluster.toString()));
        slurm.addAll(calibrate);
        assertEquals(0, Main.execute(slurm.toArray(String[]::new)));
        String shardScript = Files.readString(cluster.resolve("slurm/shard.sh"));
        assertTrue(shardScript.contains("--shard \"$((SLURM_ARRAY_TASK_ID + 1))/2\""), shardScript);
        assertTrue(Files.readString(cluster.resolve("slurm/merge.sh")).contains("--merge"));

        Files.createDirectories(bin);
        Path sbatch = bin.resolve("sbatch");
        Files.writeString(sbatch, """
                #!/usr/bin/env bash
                # a stand-in for Slurm's sbatch: runs the job now (array tasks in turn) and prints a job id
                set -euo pipefail
                script=$(realpath "${@: -1}")
                here=$(dirname "$0")
                n=$(( $(cat "$here/jobs" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$here/jobs"
                cd "$(sed -n 's/^#SBATCH --chdir=//p' "$script")"
                last=$(sed -n 's/^#SBATCH --array=0-//p' "$script")
                if [ -n "$last" ]; then
                  for i in $(seq 0 "$last"); do SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=$((last + 1)) bash "$script" >>"$here/log" 2>&1; done
                else
                  bash "$script" >>"$here/log" 2>&1
                fi
                echo "$n"
                """);
        sbatch.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", cluster.resolve("slurm/submit.sh").toString()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the job chain did not end");
        String log = Files.exists(bin.resolve("log")) ? Files.readString(bin.resolve("log")) : "";
        assertEquals(0, p.exitValue(), said + log);
        assertTrue(Files.isRegularFile(cluster.resolve("manifest.json")), said + log);
        int jobs = Integer.parseInt(Files.readString(bin.resolve("jobs")).strip());
        assertTrue(jobs >= 4 && jobs % 2 == 0, "shard arrays and merge jobs in pairs, at least two rounds (generations 0 and 1); found " + jobs + " jobs\n" + log);
        for (String f : List.of("posterior.csv", "posterior_summary.csv", "predictive_check.csv", "generations.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(cluster.resolve(f)), f + " differs between the local and the Slurm calibration");
        }
    }

    @Test
    void badCalibrationInputExitsTwoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("never");
        Path badTargets = tmp.resolve("bad.yaml");
        Files.writeString(badTargets, "targets:\n- id: x\n  evidence: gallup-18\n  scenario: baseline\n  observable: nonsense\n  statistic: at\n"
                + "  months: [1]\n  target: 1\n  tolerance: 0.1\n  role: fitted\n");
        Path params = tmp.resolve("params.txt");
        Files.writeString(params, "practice.deliveryHalfEngagement=0.1:0.8\npractice.nosuch=0:1\n");
        List<String[]> cases = List.of(
                new String[]{"calibrate", "--param", "practice.deliveryHalfEngagement=0.1", "--out", out.toString()},
                new String[]{"calibrate", "--param", "practice.deliveryHalfEngagement=0.9:0.1", "--out", out.toString()},
                new String[]{"calibrate", "--param", "practice.deliveryHalfEngagement=0:5", "--out", out.toString()},
                new String[]{"calibrate", "--param", "practice.nosuch=0:1", "--out", out.toString()},
                new String[]{"calibrate", "--params", params.toString(), "--out", out.toString()},
                new String[]{"calibrate", "--params", tmp.resolve("missing.txt").toString(), "--out", out.toString()},
                new String[]{"calibrate", "--targets", badTargets.toString(), "--out", out.toString()},
                new String[]{"calibrate", "--particles", "1", "--out", out.toString()},
                new String[]{"calibrate", "--generations", "0", "--out", out.toString()},
                new String[]{"calibrate", "--resume", tmp.resolve("nothing-here").toString()});
        for (String[] c : cases) {
            assertEquals(2, Main.execute(c), String.join(" ", c));
            assertFalse(Files.exists(out), String.join(" ", c) + " left a folder");
        }
    }

    @Test
    void badPosteriorFileExitsTwoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("never");
        Map<String, String> files = new HashMap<>();
        files.put("noweight.csv", "particle,practice.deliveryHalfEngagement\n0,0.4\n");
        files.put("badpath.csv", "practice.nosuch,weight\n0.4,1\n");
        files.put("range.csv", "practice.deliveryHalfEngagement,weight\n7,1\n");
        files.put("negative.csv", "practice.deliveryHalfEngagement,weight\n0.4,-1\n");
        files.put("cells.csv", "practice.deliveryHalfEngagement,weight\n0.4\n");
        files.put("seed.csv", "seed,weight\n4,1\n");
        for (var e : files.entrySet()) {
            Path f = tmp.resolve(e.getKey());
            Files.writeString(f, e.getValue());
            assertEquals(2, Main.execute("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "3", "--posterior", f.toString(),
                    "--out", out.toString(), "--quiet"), e.getKey());
            assertFalse(Files.exists(out), e.getKey() + " left a folder");
        }
        assertEquals(2, Main.execute("compare", "scenarios/engagement.yaml", "scenarios/directive.yaml", "--posterior", tmp.resolve("none.csv").toString(),
                "--out", out.toString(), "--quiet"));
        assertFalse(Files.exists(out));
    }

    @Test
    void comparingWithAPosteriorRecordsTheDrawsAndSaysSo() throws Exception {
        // the widths themselves: experiment.PosteriorDrawsTest
        Path posterior = tmp.resolve("posterior.csv");
        Files.writeString(posterior, "particle,practice.deliveryHalfEngagement,practice.engagementMean,weight,distance\n"
                + "0,0.2,0.3,0.25,1\n1,0.4,0.5,0.25,1\n2,0.6,0.7,0.25,1\n3,0.3,0.6,0.25,1\n");
        Path with = tmp.resolve("with");
        assertEquals(0, Main.execute("compare", "scenarios/engagement.yaml", "scenarios/directive.yaml", "--replications", "2", "--months", "12",
                "--threads", "2", "--quiet", "--out", with.toString(), "--posterior", posterior.toString()));
        String draws = Files.readString(with.resolve("engagement/posterior_draws.csv"));
        assertEquals(draws, Files.readString(with.resolve("directive/posterior_draws.csv")), "paired scenarios draw the same sets");
        assertTrue(draws.startsWith("replication,seed,posterior_row,practice.deliveryHalfEngagement,practice.engagementMean\n"), draws);
        assertTrue(Files.readString(with.resolve("manifest.json")).contains("\"posterior\""));
        assertTrue(Files.readString(with.resolve("engagement/manifest.json")).contains("\"posterior_row\""));
        assertTrue(Files.readString(with.resolve("report.html")).contains("Parameter uncertainty included"));
        assertTrue(Files.readString(with.resolve("engagement/report.html")).contains("Parameter uncertainty included"));
    }
}
