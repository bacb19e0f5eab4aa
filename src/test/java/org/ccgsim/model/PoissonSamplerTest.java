package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PoissonSamplerTest {
    private static final int DRAWS = 200_000;

    /** Means on and between grid points, and above the grid (PTRS). */
    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 1.0, 2.71, 5.0, 9.97, 15.99, 16.0, 42.3, 99.06, 311.7, 1500.4})
    void drawsFollowThePoissonDistributionOfTheirMean(double mean) {
        MersenneTwisterFast random = new MersenneTwisterFast(20130401L + Double.hashCode(mean));
        PoissonDistribution exact = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int max = (int) (mean + 12 * Math.sqrt(mean) + 20);
        long[] counts = new long[max + 1];
        double sum = 0, sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            int k = Poisson.sample(random, mean);
            counts[Math.min(k, max)]++;
            sum += k;
            sumSq += (double) k * k;
        }
        double m = sum / DRAWS;
        double var = sumSq / DRAWS - m * m;
        double se = Math.sqrt(mean / DRAWS);
        assertEquals(mean, m, 4.5 * se, "sample mean");
        // the sample variance of Poisson counts has variance about (mean + 2 mean^2) / n
        assertEquals(mean, var, 4.5 * Math.sqrt((mean + 2 * mean * mean) / DRAWS), "sample variance");

        // chi-square over bins pooled from both ends until each expects at least 20 draws
        List<Double> expected = new ArrayList<>();
        List<Long> observed = new ArrayList<>();
        double e = 0;
        long o = 0;
        for (int k = 0; k <= max; k++) {
            e += (k == max ? 1 - exact.cumulativeProbability(max - 1) : exact.probability(k)) * DRAWS;
            o += counts[k];
            if (e >= 20 && (1 - exact.cumulativeProbability(k)) * DRAWS >= 20) {
                expected.add(e);
                observed.add(o);
                e = 0;
                o = 0;
            }
        }
        if (expected.isEmpty()) { // a mean so small that everything is one bin: only zero and the rest
            assertEquals(DRAWS * Math.exp(-mean), counts[0], 4.5 * Math.sqrt(DRAWS * Math.exp(-mean)) + 1);
            return;
        }
        int last = expected.size() - 1;
        expected.set(last, expected.get(last) + e);
        observed.set(last, observed.get(last) + o);
        if (expected.size() < 2) return;
        double p = new ChiSquareTest().chiSquareTest(
                expected.stream().mapToDouble(Double::doubleValue).toArray(),
                observed.stream().mapToLong(Long::longValue).toArray());
        assertTrue(p > 1e-4, "chi-square p-value " + p + " for mean " + mean + " over " + expected.size() + " bins");
    }

    @Test
    void sameSeedSameCounts() {
        int[] a = new int[500], b = new int[500];
        MersenneTwisterFast r1 = new MersenneTwisterFast(7), r2 = new MersenneTwisterFast(7);
        for (int i = 0; i < a.length; i++) {
            double mean = i * 2.37 % 1100;
            a[i] = Poisson.sample(r1, mean);
            b[i] = Poisson.sample(r2, mean);
        }
        assertArrayEquals(a, b);
    }

    /** Uniforms beyond either end of a table reach the tails exactly: the count whose cumulative interval holds them. */
    @Test
    void uniformsBeyondTheTablesFindTheTailCounts() {
        for (double mean : new double[] {3.0, 11.5, 15.9}) {
            PoissonDistribution exact = new PoissonDistribution(null, mean, 1e-15, 100_000);
            for (double u : new double[] {1e-14, 1e-11, 1 - 1e-12, 1 - 1e-14}) {
                int k = Poisson.sample(fixed(u), mean);
                assertTrue(exact.cumulativeProbability(k) > u * (1 - 1e-9), "mean " + mean + " u " + u + " k " + k);
                assertTrue(k == 0 || exact.cumulativeProbability(k - 1) <= u * (1 + 1e-9), "mean " + mean + " u " + u + " k " + k);
            }
        }
    }

    /** A generator whose first uniform is u and whose later ones are zero (so the remainder adds nothing). */
    private static MersenneTwisterFast fixed(double u) {
        return new MersenneTwisterFast(1) {
            private boolean first = true;

            @Override
            public double nextDouble() {
                if (!first) return 0;
                first = false;
                return u;
            }
        };
    }
}
