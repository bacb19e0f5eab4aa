package org.ccgsim.validation;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a target turns one replication's monthly series into one number. The months are 0-based
 * month indices, inclusive ranges.
 */
public enum Statistic {
    /** the value at month [m] */
    AT(1),
    /** the mean over months [a, b] */
    MEAN(2),
    /** mean over [c, d] divided by mean over [a, b] */
    RATIO(4),
    /** 100 x (1 - mean over [c, d] / mean over [a, b]): a per-cent fall */
    FALL_PCT(4),
    /** the mean of the positive values in months [a, b] (e.g. premiums awarded to a qualifying CCG); NaN when none */
    POSITIVE_MEAN(2);

    public final int months;

    Statistic(int months) { this.months = months; }

    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    public static Statistic parse(String s) {
        for (Statistic o : values()) if (o.yamlName().equals(s)) return o;
        throw new IllegalArgumentException("unknown statistic '" + s + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Statistic::yamlName).toList()));
    }

    /** This statistic of one series. */
    public double of(double[] x, int[] m) {
        switch (this) {
            case AT: return x[m[0]];
            case MEAN: return mean(x, m[0], m[1]);
            case RATIO: return mean(x, m[2], m[3]) / mean(x, m[0], m[1]);
            case FALL_PCT: return 100 * (1 - mean(x, m[2], m[3]) / mean(x, m[0], m[1]));
            default: {
                double s = 0;
                int n = 0;
                for (int i = m[0]; i <= m[1]; i++) if (x[i] > 0) { s += x[i]; n++; }
                return n == 0 ? Double.NaN : s / n;
            }
        }
    }

    static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) s += x[i];
        return s / (to - from + 1);
    }
}
