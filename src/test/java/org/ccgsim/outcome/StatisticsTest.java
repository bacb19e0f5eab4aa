package org.ccgsim.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void meanSdAndIntervalMatchAHandComputation() {
        Statistics s = Statistics.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
        // t(0.975, 7) = 2.364624; half-width = t * sd / sqrt(8)
        assertEquals(2.364624 * Math.sqrt(32.0 / 7) / Math.sqrt(8), s.halfWidth(), 1e-5);
        assertEquals(5.0 - s.halfWidth(), s.low(), 1e-12);
        assertEquals(5.0 + s.halfWidth(), s.high(), 1e-12);
    }

    @Test
    void oneValueHasAMeanButNoSpreadAndNoInterval() {
        Statistics s = Statistics.of(3.5);
        assertEquals(1, s.n());
        assertEquals(3.5, s.mean(), 0);
        assertTrue(Double.isNaN(s.sd()));
        assertTrue(Double.isNaN(s.halfWidth()));
        assertTrue(Double.isNaN(s.low()));
        assertTrue(Double.isNaN(s.high()));
    }

    @Test
    void noValuesHaveNoMean() {
        Statistics s = new Statistics();
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()));
    }

    @Test
    void twoValuesUseTheTQuantileWithOneDegreeOfFreedom() {
        Statistics s = Statistics.of(1, 3);
        // t(0.975, 1) = 12.7062047; sd = sqrt(2); half-width = t * sqrt(2) / sqrt(2)
        assertEquals(12.7062047, s.halfWidth(), 1e-6);
    }
}
