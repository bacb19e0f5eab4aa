package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;

/**
 * How many replications bring the 95% Student t interval of an outcome's mean within a relative
 * precision: the smallest n with t(0.975, n - 1) * sd / sqrt(n) &lt;= precision * |mean|, the sd
 * estimated from a pilot.
 */
public final class ReplicationPlanner {
    private ReplicationPlanner() {}

    /**
     * @return the smallest such n from 2 to {@code max}, or {@code max + 1} when even {@code max} is not enough
     * @throws IllegalArgumentException when the mean is 0 (a relative precision means nothing) or precision &lt;= 0
     */
    public static int required(double mean, double sd, double precision, int max) {
        if (!(precision > 0)) throw new IllegalArgumentException("--precision must be positive, found " + precision);
        if (mean == 0 || Double.isNaN(mean)) throw new IllegalArgumentException("the pilot's mean is 0: a precision relative to the mean cannot be reached");
        double target = precision * Math.abs(mean);
        for (int n = 2; n <= max; n++) {
            if (Statistics.tQuantile975(n - 1) * sd / Math.sqrt(n) <= target) return n;
        }
        return max + 1;
    }
}
