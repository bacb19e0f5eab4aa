package org.ccgsim.chart;

/**
 * A line over x (months, or a swept parameter) with an optional interval around it.
 * {@code low} and {@code high} are null for a plain line.
 */
public record Band(String label, double[] x, double[] mean, double[] low, double[] high) {

    public Band {
        if (mean.length != x.length || (low != null && low.length != x.length) || (high != null && high.length != x.length)) {
            throw new IllegalArgumentException("band arrays differ in length: " + label);
        }
    }

    public static Band line(String label, double[] x, double[] y) {
        return new Band(label, x, y, null, null);
    }

    public boolean hasInterval() {
        return low != null && high != null;
    }

    public Band relabel(String newLabel) {
        return new Band(newLabel, x, mean, low, high);
    }
}
