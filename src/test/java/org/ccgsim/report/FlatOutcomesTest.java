package org.ccgsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep and sensitivity reports chart only the outcomes that vary; the flat ones are named, not drawn. */
class FlatOutcomesTest {
    @TempDir Path tmp;

    @Test
    void aSweepReportSkipsAnOutcomeThatNeverVaries() throws Exception {
        Files.writeString(tmp.resolve("sweep_summary.csv"), """
                point,ccg.management.mix,outcome,n,mean,ci_low,ci_high
                0,0,population,2,250000,250000,250000
                0,0,engagement_mean,2,0.5,0.45,0.55
                1,1,population,2,250000,250000,250000
                1,1,engagement_mean,2,0.4,0.35,0.45
                """);
        ReportBuilder.buildSweep(tmp);
        assertTrue(Files.exists(tmp.resolve("charts/sweep-engagement_mean-ccg_management_mix.png")));
        assertFalse(Files.exists(tmp.resolve("charts/sweep-population-ccg_management_mix.png")));
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("Not charted because they were the same"), html);
    }

    @Test
    void aMorrisReportSkipsAnOutcomeNoParameterMoves() throws Exception {
        Files.writeString(tmp.resolve("sensitivity.csv"), """
                method,outcome,parameter,mu_star,mu,sigma,rank
                morris,population,ccg.management.mix,0,0,0,1
                morris,population,world.abolitionTalk,0,0,0,2
                morris,engagement_mean,ccg.management.mix,0.2,-0.2,0.01,1
                morris,engagement_mean,world.abolitionTalk,0.01,0.01,0.001,2
                """);
        ReportBuilder.buildSensitivity(tmp);
        assertTrue(Files.exists(tmp.resolve("charts/sensitivity-engagement_mean.png")));
        assertFalse(Files.exists(tmp.resolve("charts/sensitivity-population.png")));
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("Left out because they were the same at every design point"), html);
    }
}
