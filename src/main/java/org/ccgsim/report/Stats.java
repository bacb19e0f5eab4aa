package org.ccgsim.report;

import org.apache.commons.math3.distribution.TDistribution;

/** The same 95% Student t interval across replications that the run's own summaries use. */
final class Stats {

    private Stats() {
    }

    /** {mean, low, high} of the values; a single value has no interval (low = high = mean). */
    static double[] meanInterval(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new double[] {mean, mean, mean};
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new double[] {mean, mean - half, mean + half};
    }
}
