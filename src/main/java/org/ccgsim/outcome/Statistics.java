package org.ccgsim.outcome;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and a 95% Student t interval, accumulated one value at a time (Welford):
 * the one statistics class of runs, experiments, validation and reports. With one value there is a
 * mean but no spread: sd and interval are NaN (written "NA" in CSV, null in JSON, no band in a
 * chart), never a zero-width interval that would look like certainty.
 */
public final class Statistics {
    private long n;
    private double mean;
    private double m2;

    /** The statistics of {@code values}. */
    public static Statistics of(double... values) {
        Statistics s = new Statistics();
        for (double v : values) s.add(v);
        return s;
    }

    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    public long n() { return n; }
    public double mean() { return n == 0 ? Double.NaN : mean; }
    public double sd() { return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)); }

    /** Half-width of the 95% interval of the mean; NaN with fewer than two values. */
    public double halfWidth() {
        if (n < 2) return Double.NaN;
        return tQuantile975(n - 1) * sd() / Math.sqrt(n);
    }

    public double low() { return n < 2 ? Double.NaN : mean - halfWidth(); }
    public double high() { return n < 2 ? Double.NaN : mean + halfWidth(); }

    private static final double[] T_CACHE = new double[1001];

    /** The 97.5% quantile of Student's t with the given degrees of freedom. */
    public static double tQuantile975(long df) {
        if (df < T_CACHE.length) {
            double t = T_CACHE[(int) df];
            if (t == 0) {
                t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
                T_CACHE[(int) df] = t;
            }
            return t;
        }
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }
}
