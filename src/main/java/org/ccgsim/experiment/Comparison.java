package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Scenarios run with common random numbers compared outcome by outcome: each scenario's final-year
 * mean with its 95% t interval, and for every scenario after the first the paired difference
 * (scenario - first) over replications with its 95% t interval and a two-sided paired t-test
 * (output.ComparisonWriter writes them).
 */
public final class Comparison {

    private Comparison() {}

    /** A paired difference: statistics of the differences and the p-value (NaN when undefined). */
    public record Paired(Statistics diff, double p) {}

    /** Paired difference of b - a over the first min(n) replications. */
    public static Paired paired(double[] a, double[] b) {
        Statistics d = new Statistics();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) d.add(b[i] - a[i]);
        return new Paired(d, pValue(d));
    }

    /** Two-sided p-value of a one-sample t-test of mean 0; NaN when n &lt; 2 or the sd is 0. */
    public static double pValue(Statistics d) {
        double sd = d.sd();
        if (d.n() < 2 || Double.isNaN(sd) || sd == 0) return Double.NaN;
        double t = d.mean() / (sd / Math.sqrt(d.n()));
        double p = 2 * new TDistribution(null, d.n() - 1).cumulativeProbability(-Math.abs(t));
        return Math.min(1, p);
    }

    /** Every replication's final-year value of an outcome for one unit. */
    public static double[] values(FinalYearValues r, String unit, int outcome) {
        int u = r.unit(unit);
        double[] v = new double[r.replications()];
        for (int i = 0; i < v.length; i++) v[i] = r.value(i, u, outcome);
        return v;
    }

}
