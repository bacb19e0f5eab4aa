package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicationPlannerTest {
    @Test
    void findsTheSmallestSufficientNumber() {
        int n = ReplicationPlanner.required(0.572, 0.031, 0.02, 1000);
        double half = Statistics.tQuantile975(n - 1) * 0.031 / Math.sqrt(n);
        assertTrue(half <= 0.02 * 0.572);
        double before = Statistics.tQuantile975(n - 2) * 0.031 / Math.sqrt(n - 1);
        assertTrue(before > 0.02 * 0.572);
        assertEquals(2, ReplicationPlanner.required(1, 0, 0.01, 100));
        assertEquals(11, ReplicationPlanner.required(1, 10, 0.01, 10), "max + 1 when max is not enough");
        assertThrows(IllegalArgumentException.class, () -> ReplicationPlanner.required(0, 1, 0.01, 10));
    }

    @Test
    void pairedDifferencesOfEqualSeriesAreZeroWithNoPValue() {
        Comparison.Paired p = Comparison.paired(new double[]{1, 2, 3}, new double[]{1, 2, 3});
        assertEquals(0.0, p.diff().mean(), 0.0);
        assertTrue(Double.isNaN(p.p()));
        Comparison.Paired q = Comparison.paired(new double[]{1, 2, 3, 4}, new double[]{2.1, 2.9, 4.2, 5.0});
        assertTrue(q.p() < 0.01);
    }
}
