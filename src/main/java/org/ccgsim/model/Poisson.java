package org.ccgsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson counts from MASON's generator without allocating, exactly distributed.
 *
 * <p>Table inversion on a grid of means: the mean {@code m} is split into the grid point
 * {@code g <= m} below it and a small remainder {@code d = m - g}, and the count is the sum of a
 * Poisson(g) and a Poisson(d) count (Poisson counts add). Poisson(g) is one uniform looked up in
 * the grid point's cumulative table through a guide table (Chen and Asau's indexed search: one
 * or two comparisons on average); Poisson(d) is usually zero, recognised without an exponential by
 * a Taylor lower bound of {@code exp(-d)}. The tables are built once, when the class loads, and
 * shared read-only by every replication and thread; means of 16 and above use Hörmann's transformed
 * rejection (PTRS, 1993), as before.
 */
public final class Poisson {
    private Poisson() {}

    /**
     * Grid of means: step 1/32 below 16; PTRS above. Small means are where inversion was slowest
     * for its one uniform, and their tables are small enough to stay in cache; tables for large
     * means measured slower than PTRS on the shared benchmark machine (docs/performance.md).
     */
    private static final double STEPS_PER_UNIT = 32;
    private static final double GRID_END = 16;
    private static final int POINTS = (int) (GRID_END * STEPS_PER_UNIT);

    /** Half-width of a table in standard deviations; counts beyond it are found by stepping on from the table's ends. */
    private static final double TABLE_SD = 6.5;

    // Declared before the tables, which use it. Counts reach several hundred (A&E attendances of a large practice); a table saves a log on the slow path.
    private static final double[] LOG_FACTORIAL = new double[2048];
    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + StrictMath.log(k);
    }

    private static final int[] LO = new int[POINTS]; // first count in the point's table
    private static final int[] OFFSET = new int[POINTS + 1]; // where the point's table starts in CDF and GUIDE
    private static final double[] BELOW = new double[POINTS]; // P(X < LO)
    private static final double[] CDF; // P(X <= LO + i)
    private static final int[] GUIDE; // smallest i with CDF >= BELOW + j * (top - BELOW) / length
    private static final double[] MEAN = new double[POINTS];
    private static final double[] TOP = new double[POINTS]; // P(X <= last count in the table)
    /** What a lookup reads about a grid point, side by side so that one or two cache lines hold it. */
    private static final int STRIDE = 8, H_OFFSET = 0, H_LENGTH = 1, H_LO = 2, H_BELOW = 3, H_TOP = 4, H_SCALE = 5, H_MEAN = 6;
    private static final double[] HEAD = new double[POINTS * STRIDE];

    static {
        int total = 0;
        for (int p = 0; p < POINTS; p++) {
            double m = gridMean(p);
            MEAN[p] = m;
            double sd = StrictMath.sqrt(m);
            int lo = Math.max(0, (int) StrictMath.floor(m - TABLE_SD * sd) - 1);
            int hi = (int) StrictMath.ceil(m + TABLE_SD * sd) + 3;
            LO[p] = lo;
            OFFSET[p] = total;
            total += hi - lo + 1;
        }
        OFFSET[POINTS] = total;
        CDF = new double[total];
        GUIDE = new int[total];
        for (int p = 0; p < POINTS; p++) {
            double m = MEAN[p];
            int lo = LO[p], off = OFFSET[p], n = OFFSET[p + 1] - off;
            double below = lo == 0 || m == 0 ? 0 : Gamma.regularizedGammaQ(lo, m); // P(X <= lo - 1)
            BELOW[p] = below;
            double c = below;
            for (int i = 0; i < n; i++) {
                c += pmf(m, lo + i);
                CDF[off + i] = c;
            }
            double top = CDF[off + n - 1];
            TOP[p] = top;
            int h = p * STRIDE;
            HEAD[h + H_OFFSET] = off;
            HEAD[h + H_LENGTH] = n;
            HEAD[h + H_LO] = lo;
            HEAD[h + H_BELOW] = below;
            HEAD[h + H_TOP] = top;
            HEAD[h + H_SCALE] = n / (top - below);
            HEAD[h + H_MEAN] = m;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double target = below + (top - below) * (j - 1e-6) / n; // a shade low, so rounding in the lookup cannot overshoot
                while (i < n - 1 && CDF[off + i] < target) i++;
                GUIDE[off + j] = i;
            }
        }
    }

    private static double gridMean(int point) {
        return point / STEPS_PER_UNIT;
    }

    private static double pmf(double mean, int k) {
        if (mean == 0) return k == 0 ? 1 : 0;
        return StrictMath.exp(-mean + k * StrictMath.log(mean) - logFactorial(k));
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
        return draw(random, mean);
    }

    private static int recorded(Recorder r, MersenneTwisterFast random, double mean) {
        r.poissonStarted(mean);
        int k = draw(random, mean);
        r.poissonEnded();
        return k;
    }

    private static int draw(MersenneTwisterFast random, double mean) {
        if (!(mean > 0)) return 0;
        if (mean >= GRID_END) return ptrs(random, mean);
        int point = (int) (mean * STEPS_PER_UNIT);
        return table(random, point) + remainder(random, mean - HEAD[point * STRIDE + H_MEAN]);
    }

    private static int table(MersenneTwisterFast random, int point) {
        double u = random.nextDouble();
        int h = point * STRIDE;
        double below = HEAD[h + H_BELOW];
        if (u < below || u >= HEAD[h + H_TOP]) return tail(point, u);
        int off = (int) HEAD[h + H_OFFSET], n = (int) HEAD[h + H_LENGTH];
        int i = GUIDE[off + Math.min(n - 1, (int) ((u - below) * HEAD[h + H_SCALE]))];
        while (CDF[off + i] <= u) i++;
        return (int) HEAD[h + H_LO] + i;
    }

    /** A count outside the table (about one draw in ten billion), found by stepping on from the table's nearer end. */
    private static int tail(int point, double u) {
        double m = MEAN[point];
        int off = OFFSET[point], n = OFFSET[point + 1] - off, lo = LO[point];
        if (u < BELOW[point]) { // below the table: step down from lo - 1
            int k = lo - 1;
            double c = BELOW[point];
            double p = pmf(m, k);
            while (k > 0 && u < c - p) {
                c -= p;
                p *= k / m;
                k--;
            }
            return k;
        }
        int k = lo + n - 1;
        double c = CDF[off + n - 1];
        double p = pmf(m, k);
        while (u >= c && k < lo + n + 1000) {
            k++;
            p *= m / k;
            c += p;
        }
        return k;
    }

    /** Poisson(d) for the small remainder d below one grid step; zero unless the uniform exceeds exp(-d). */
    private static int remainder(MersenneTwisterFast random, double d) {
        double u = random.nextDouble();
        if (u <= 1 - d * (1 - d * (0.5 - d * (1.0 / 6)))) return 0; // a lower bound of exp(-d) for 0 <= d < 1
        double p = StrictMath.exp(-d);
        double c = p;
        int k = 0;
        while (u > c && k < 100) {
            k++;
            p *= d / k;
            c += p;
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
        return (x - 0.5) * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }
}
