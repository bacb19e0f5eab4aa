package org.ccgsim.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The monthly step allocates nothing per practice: doubling the practices adds no allocation in
 * steady state. An allocation count from the JVM, not a timing, so it cannot flake with load.
 */
class AllocationTest {
    @Test
    void theMonthlyStepAllocatesNothingPerPractice() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of("months=36", "ccg.practices=200", "ccg.finance.allocation=1200000000")).scenario();
        double bytes = ModelRuns.marginalBytesPerPracticeMonth(s, 1, 12);
        assertTrue(Math.abs(bytes) < 0.5, "bytes allocated per extra practice-month: " + bytes);
    }

    @Test
    void theCountIsAbleToSeeAllocationPerPractice() {
        // the yardstick itself: a step that allocates per practice must show up
        long before = ModelRuns.allocatedBytes();
        double[][] perPractice = new double[1_000][];
        for (int i = 0; i < perPractice.length; i++) perPractice[i] = new double[4];
        long bytes = ModelRuns.allocatedBytes() - before;
        assertTrue(bytes >= 1_000 * 48, "1,000 small arrays counted as " + bytes + " bytes");
    }
}
