package org.ccgsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Poisson counts from MASON's generator without allocating: inversion for small means,
 * Hörmann's transformed rejection (PTRS, 1993) for large ones.
 */
public final class Poisson {
    private Poisson() {}

    // Counts reach several hundred (A&E attendances of a large practice); a table saves a log on the slow path.
    private static final double[] LOG_FACTORIAL = new double[2048];
    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }

    private static final double[] RECIPROCAL = new double[1001];
    static {
        for (int k = 1; k < RECIPROCAL.length; k++) RECIPROCAL[k] = 1.0 / k;
    }

    /**
     * A generator that keeps account of the Poisson variates drawn from it, so that the benchmark
     * can replay the same variates with no model around them.
     */
    public interface Recorder {
        void poissonStarted(double mean);

        void poissonEnded();
    }

    /** True only in the benchmark's draw-counting JVM (-Dccgsim.recordDraws=true); the JIT folds the check away otherwise. */
    private static final boolean RECORDING = Boolean.getBoolean("ccgsim.recordDraws");

    public static int sample(MersenneTwisterFast random, double mean) {
        if (RECORDING && random instanceof Recorder r) return recorded(r, random, mean);
        if (!(mean > 0)) return 0;
        if (mean < 10) return inversion(random, mean);
        return ptrs(random, mean);
    }

    private static int recorded(Recorder r, MersenneTwisterFast random, double mean) {
        r.poissonStarted(mean);
        int k = !(mean > 0) ? 0 : mean < 10 ? inversion(random, mean) : ptrs(random, mean);
        r.poissonEnded();
        return k;
    }

    private static int inversion(MersenneTwisterFast random, double mean) {
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = random.nextDouble();
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean * RECIPROCAL[k]; // a multiplication, not a division, per step
            cumulative += p;
        }
        return k;
    }

    private static int ptrs(MersenneTwisterFast random, double mean) {
        double slam = Math.sqrt(mean);
        double logLam = Double.NaN; // needed only when the quick acceptance fails, about one draw in four
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            int k = (int) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Double.isNaN(logLam)) logLam = Math.log(mean);
            double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
            if (Math.log(v * invAlpha / (a / (us * us) + b)) <= -mean + k * logLam - logFactorial(k)) return k;
        }
    }

    private static double logFactorial(int k) {
        if (k < LOG_FACTORIAL.length) return LOG_FACTORIAL[k];
        double x = k + 1.0; // Stirling series for ln Gamma(k+1)
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }
}
