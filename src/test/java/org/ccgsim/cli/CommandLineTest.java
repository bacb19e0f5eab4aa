package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir Path tmp;

    private int run(String... args) {
        return Main.execute(args);
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalResultsTwiceAndOnAnyThreadCount() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "6", "--months", "24", "--threads", "1", "--out", a.toString(), "--quiet", "--no-report"));
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "6", "--months", "24", "--threads", "1", "--out", b.toString(), "--quiet", "--no-report"));
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "6", "--months", "24", "--threads", "2", "--out", c.toString(), "--quiet", "--no-report"));
        for (String f : List.of("monthly.csv", "events.csv", "contracts.csv", "trusts.csv", "monthly_summary.csv", "summary.json", "scenario.yaml")) {
            byte[] first = Files.readAllBytes(a.resolve(f));
            assertArrayEquals(first, Files.readAllBytes(b.resolve(f)), f + " differs between two runs");
            assertArrayEquals(first, Files.readAllBytes(c.resolve(f)), f + " differs between 1 and 2 threads");
        }
    }

    @Test
    void aSingleReplicationRerunAloneGivesTheSameRows() throws Exception {
        Path all = tmp.resolve("all"), one = tmp.resolve("one");
        assertEquals(0, run("run", "scenarios/standoff.yaml", "--replications", "4", "--months", "12", "--out", all.toString(), "--quiet", "--no-report"));
        assertEquals(0, run("run", "scenarios/standoff.yaml", "--replications", "4", "--months", "12", "--replication", "2", "--out", one.toString(), "--quiet", "--no-report"));
        List<String> rowsOfTwo = Files.readAllLines(all.resolve("monthly.csv")).stream().filter(l -> l.startsWith("2,")).toList();
        List<String> alone = Files.readAllLines(one.resolve("monthly.csv"));
        assertEquals(rowsOfTwo, alone.subList(1, alone.size()));
    }

    @Test
    void aRunWritesEveryFileAndTheManifestLast() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "13", "--out", out.toString(), "--quiet"));
        for (String f : List.of("scenario.yaml", "monthly.csv", "monthly_summary.csv", "events.csv", "contracts.csv", "trusts.csv", "summary.json", "manifest.json")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String header = Files.readAllLines(out.resolve("monthly.csv")).get(0);
        for (String column : List.of("replication", "month", "date", "ccg", "engagement_mean", "engagement_p25", "engagement_p75",
                "delivery_mean", "elective_referrals", "non_elective_admissions", "ae_attendances", "prescribing_cost", "ccg_spend",
                "ccg_allocation", "ccg_surplus", "qipp_required", "qipp_delivered", "contracts_in_standoff", "trust_income",
                "trust_surplus", "waiting_list", "breaches_18wk", "mrsa_cases", "quality_premium", "at_interventions")) {
            assertTrue(List.of(header.split(",")).contains(column), "monthly.csv has column " + column);
        }
        assertEquals(1 + 3 * 13, Files.readAllLines(out.resolve("monthly.csv")).size());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"monthly.csv\"") && manifest.contains("scenario_sha256"), manifest);
    }

    @Test
    void aBadScenarioExitsWithTwoAndCreatesNoOutputFolder() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nccg:\n  management:\n    stile: directive\n    mix: 0.4\n");
        Path out = tmp.resolve("never");
        assertEquals(2, run("run", bad.toString(), "--out", out.toString(), "--quiet"));
        assertFalse(Files.exists(out));
        assertEquals(2, run("validate", bad.toString()));
    }

    @Test
    void aBadSetOrArgumentExitsWithTwo() {
        Path out = tmp.resolve("never");
        assertEquals(2, run("run", "scenarios/baseline.yaml", "--set", "ccg.management.style=bossy", "--out", out.toString(), "--quiet"));
        assertEquals(2, run("run", "scenarios/baseline.yaml", "--threads", "0", "--out", out.toString(), "--quiet"));
        assertEquals(2, run("run", "scenarios/missing.yaml", "--out", out.toString(), "--quiet"));
        assertEquals(2, run("run", "--no-such-option"));
        assertFalse(Files.exists(out));
    }

    @Test
    void anEconomyItsAllocationCannotPayForIsRefusedAsBadInputBeforeAnyOutput() {
        Path out = tmp.resolve("never");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            assertEquals(2, run("run", "scenarios/baseline.yaml", "--set", "ccg.practices=200", "--out", out.toString(), "--quiet"));
        } finally {
            System.setErr(old);
        }
        assertFalse(Files.exists(out));
        assertTrue(err.toString().contains("CCG stoke: its allocation of £320,000,000 a year cannot pay for"), err.toString());
        assertTrue(err.toString().contains("raise finance.allocation"), err.toString());
    }

    @Test
    void anExistingOutputFolderIsNotOverwrittenWithoutForce() throws Exception {
        Path out = tmp.resolve("twice");
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--out", out.toString(), "--quiet", "--no-report"));
        assertEquals(2, run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--out", out.toString(), "--quiet", "--no-report"));
        assertEquals(0, run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--out", out.toString(), "--quiet", "--no-report", "--force"));
    }

    @Test
    void everyShippedScenarioValidates() {
        assertEquals(0, run("validate", "scenarios/baseline.yaml", "scenarios/engagement.yaml", "scenarios/directive.yaml",
                "scenarios/adaptive.yaml", "scenarios/standoff.yaml", "scenarios/area-team-directive.yaml",
                "scenarios/quality-premium-to-practices.yaml", "scenarios/fund-to-social-care.yaml", "scenarios/staffordshire-cluster.yaml",
                "scenarios/switch-to-directive.yaml", "scenarios/england.yaml", "scenarios/england-directive.yaml",
                "scenarios/england-standoff.yaml"));
    }
}
