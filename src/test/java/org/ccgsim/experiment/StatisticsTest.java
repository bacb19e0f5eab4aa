package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void meanSdAndIntervalMatchAHandComputation() {
        Statistics s = new Statistics();
        for (double x : new double[]{2, 4, 4, 4, 5, 5, 7, 9}) s.add(x);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
        // t(0.975, 7) = 2.364624; half-width = t * sd / sqrt(8)
        assertEquals(2.364624 * Math.sqrt(32.0 / 7) / Math.sqrt(8), s.halfWidth(), 1e-5);
    }

    @Test
    void replicationSeedsAreDistinctAndStable() {
        assertEquals(ReplicationSeeds.seed(20130401L, 3), ReplicationSeeds.seed(20130401L, 3));
        assertNotEquals(ReplicationSeeds.seed(20130401L, 3), ReplicationSeeds.seed(20130401L, 4));
        assertNotEquals(ReplicationSeeds.seed(1L, 0), ReplicationSeeds.seed(2L, 0));
    }
}
