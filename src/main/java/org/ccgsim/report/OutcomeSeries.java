package org.ccgsim.report;

import org.ccgsim.chart.Band;
import org.ccgsim.outcome.Outcome;

/** One outcome of one CCG month by month: mean across replications and its 95% interval. */
public record OutcomeSeries(String ccg, String outcome, int[] months, double[] n, double[] mean, double[] sd,
                            double[] low, double[] high) {

    public int size() {
        return months.length;
    }

    public double[] x() {
        double[] x = new double[months.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = months[i];
        }
        return x;
    }

    /** Mean and 95% interval, the interval clipped to what the quantity can be (no stand-off band above all contracts' count below 0). */
    public Band band(String label) {
        Outcome o = Outcome.byColumn(outcome);
        if (o == null) {
            return new Band(label, x(), mean, low, high);
        }
        double[] lo = new double[low.length];
        double[] hi = new double[high.length];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = o.clip(low[i]);
            hi[i] = o.clip(high[i]);
        }
        return new Band(label, x(), mean, lo, hi);
    }

    public Band line(String label) {
        return Band.line(label, x(), mean);
    }

    /** Index of a month, or -1. */
    public int indexOf(int month) {
        for (int i = 0; i < months.length; i++) {
            if (months[i] == month) {
                return i;
            }
        }
        return -1;
    }

    /** Mean of the monthly means over months [from, to]; NaN if none. */
    public double averageOver(int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < months.length; i++) {
            if (months[i] >= from && months[i] <= to && !Double.isNaN(mean[i])) {
                sum += mean[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
