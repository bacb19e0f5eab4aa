package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written Poisson sampler (inversion below a mean of 10, PTRS above) against Commons
 * Math's Poisson distribution: a chi-square goodness-of-fit test over the bins that hold the mass,
 * and the sample mean and variance, for means either side of the switch. Seeded, so the verdict
 * is the same on every run; a sampler off by a few per cent in any bin fails it.
 */
class PoissonTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 2.5, 9.99, 10.0, 17.5, 60, 400})
    void samplesFollowThePoissonDistribution(double mean) {
        MersenneTwisterFast random = new MersenneTwisterFast(20130401L + Double.hashCode(mean));
        PoissonDistribution reference = new PoissonDistribution(mean);
        int lo = Math.max(0, reference.inverseCumulativeProbability(1e-4) - 1);
        int hi = reference.inverseCumulativeProbability(1 - 1e-4) + 1;
        long[] observed = new long[hi - lo + 1]; // first and last bins take the tails
        double sum = 0, sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            int k = Poisson.sample(random, mean);
            assertTrue(k >= 0);
            sum += k;
            sumSq += (double) k * k;
            observed[Math.min(hi, Math.max(lo, k)) - lo]++;
        }
        double[] expected = new double[observed.length];
        for (int k = lo; k <= hi; k++) {
            double p = k == lo ? reference.cumulativeProbability(lo)
                    : k == hi ? 1 - reference.cumulativeProbability(hi - 1)
                    : reference.probability(k);
            expected[k - lo] = p * DRAWS;
        }
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(pValue > 1e-3, "chi-square p = " + pValue + " for mean " + mean);

        double sampleMean = sum / DRAWS;
        double sampleVar = sumSq / DRAWS - sampleMean * sampleMean;
        double se = Math.sqrt(mean / DRAWS);
        assertEquals(mean, sampleMean, 5 * se, "mean");
        assertEquals(mean, sampleVar, 6 * mean * Math.sqrt(2.0 / DRAWS) + 6 * se, "variance");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN})
    void aMeanThatIsNotPositiveDrawsZero(double mean) {
        assertEquals(0, Poisson.sample(new MersenneTwisterFast(1), mean));
    }
}
