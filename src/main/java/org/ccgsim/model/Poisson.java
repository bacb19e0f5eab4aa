package org.ccgsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Poisson counts from MASON's generator without allocating: inversion for small means,
 * Hörmann's transformed rejection (PTRS, 1993) for large ones.
 */
public final class Poisson {
    private Poisson() {}

    private static final double[] LOG_FACTORIAL = new double[256];
    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }

    public static int sample(MersenneTwisterFast random, double mean) {
        if (!(mean > 0)) return 0;
        if (mean < 10) return inversion(random, mean);
        return ptrs(random, mean);
    }

    private static int inversion(MersenneTwisterFast random, double mean) {
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = random.nextDouble();
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private static int ptrs(MersenneTwisterFast random, double mean) {
        double slam = Math.sqrt(mean);
        double logLam = Double.NaN; // needed only on the rare slow path; a log per draw costs a fifth of a practice's month
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            int k = (int) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Double.isNaN(logLam)) logLam = Math.log(mean);
            if (Math.log(v * invAlpha / (a / (us * us) + b)) <= -mean + k * logLam - logFactorial(k)) return k;
        }
    }

    private static double logFactorial(int k) {
        if (k < LOG_FACTORIAL.length) return LOG_FACTORIAL[k];
        double x = k + 1.0; // Stirling series for ln Gamma(k+1)
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }
}
