package org.ccgsim.report;

import org.ccgsim.chart.Band;

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

    public Band band(String label) {
        return new Band(label, x(), mean, low, high);
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
