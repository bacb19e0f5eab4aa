package org.ccgsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based (Sobol) sensitivity indices by Saltelli sampling. N points of a quasi-random Sobol
 * sequence in [0, 1]^2k give two independent base matrices A (first k columns) and B (last k);
 * AB_i is A with column i taken from B. The model runs at every row of A, B and each AB_i:
 * N (k + 2) evaluations. With V the variance of f(A) and f(B) stacked, the first-order index
 * S_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli et al. 2010; f(B) centred on the mean of f(A)
 * and f(B)) is the share of the variance a factor explains alone, and the total index
 * ST_i = mean((f(A) - f(AB_i))^2) / (2V) (Jansen 1999) its share including every interaction.
 * 95% intervals are bootstrap percentiles over the N base rows.
 */
public final class Sobol {
    private Sobol() {}

    /** The sequence starts at the origin, a corner of the cube; it is skipped. */
    public static final int SKIPPED_POINTS = 1;
    /** Commons Math's direction numbers go up to 1000 dimensions, and the design needs 2k. */
    public static final int MAX_FACTORS = 500;

    /**
     * The design: base matrices A and B, N rows of k factors each. Matrix index 0 is A, 1 is B
     * and 2 + i is AB_i.
     */
    public record Design(int factors, double[][] a, double[][] b) {
        public int samples() { return a.length; }
        public int matrices() { return factors + 2; }
        public int evaluations() { return samples() * matrices(); }

        /** Row {@code row} of matrix {@code matrix} (0 = A, 1 = B, 2 + i = AB_i). */
        public double[] point(int matrix, int row) {
            if (matrix == 0) return a[row].clone();
            if (matrix == 1) return b[row].clone();
            double[] x = a[row].clone();
            x[matrix - 2] = b[row][matrix - 2];
            return x;
        }
    }

    /** Deterministic: the same factors and samples always give the same design. */
    public static Design design(int factors, int samples) {
        if (factors < 1) throw new IllegalArgumentException("Sobol needs at least one parameter");
        if (factors > MAX_FACTORS) throw new IllegalArgumentException("Sobol takes at most " + MAX_FACTORS + " parameters, found " + factors);
        if (samples < 2) throw new IllegalArgumentException("--samples must be at least 2, found " + samples);
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * factors);
        sequence.skipTo(SKIPPED_POINTS);
        double[][] a = new double[samples][];
        double[][] b = new double[samples][];
        for (int j = 0; j < samples; j++) {
            double[] x = sequence.nextVector();
            a[j] = Arrays.copyOfRange(x, 0, factors);
            b[j] = Arrays.copyOfRange(x, factors, 2 * factors);
        }
        return new Design(factors, a, b);
    }

    /** One factor's indices with their 95% bootstrap intervals; NaN when the outcome did not vary. */
    public record Index(int factor, double firstOrder, double firstOrderLow, double firstOrderHigh,
                        double total, double totalLow, double totalHigh, int rank) {}

    /**
     * Indices per factor from the outputs {@code y[matrix][row]} (one outcome), ranked by the total
     * index (1 = most influential; ties and NaN keep factor order, NaN last). Every bootstrap
     * resample draws N base rows with replacement from a Mersenne Twister seeded with
     * {@code seed}, so the same seed gives the same intervals for every outcome.
     */
    public static List<Index> analyse(Design d, double[][] y, int resamples, long seed) {
        if (resamples < 1) throw new IllegalArgumentException("--bootstrap must be at least 1, found " + resamples);
        int k = d.factors(), n = d.samples();
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = estimates(y, k, all);
        double[][][] boot = new double[2][k][resamples];
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] rows = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) rows[j] = random.nextInt(n);
            double[][] e = estimates(y, k, rows);
            for (int i = 0; i < k; i++) {
                boot[0][i][r] = e[0][i];
                boot[1][i][r] = e[1][i];
            }
        }
        Integer[] byInfluence = new Integer[k];
        for (int i = 0; i < k; i++) byInfluence[i] = i;
        Arrays.sort(byInfluence, (p, q) -> Double.compare(rankKey(point[1][q]), rankKey(point[1][p])));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) rank[byInfluence[r]] = r + 1;
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new Index(i, point[0][i], percentile(boot[0][i], 0.025), percentile(boot[0][i], 0.975),
                    point[1][i], percentile(boot[1][i], 0.025), percentile(boot[1][i], 0.975), rank[i]));
        }
        return out;
    }

    private static double rankKey(double total) { return Double.isNaN(total) ? Double.NEGATIVE_INFINITY : total; }

    /** {first order[k], total[k]} from the base rows listed (repeats allowed, for the bootstrap). */
    static double[][] estimates(double[][] y, int k, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) mean += y[0][j] + y[1][j];
        mean /= 2.0 * n;
        double v = 0;
        for (int j : rows) {
            double da = y[0][j] - mean, db = y[1][j] - mean;
            v += da * da + db * db;
        }
        v /= 2.0 * n;
        double[][] e = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j : rows) {
                double fa = y[0][j], fb = y[1][j], fab = y[2 + i][j];
                // f(B) centred: f(AB_i) - f(A) has mean zero, so the expectation is unchanged, but
                // an outcome's level (millions of pounds) no longer multiplies the sampling noise.
                first += (fb - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            // A constant outcome has no variance to share out: the indices are undefined.
            e[0][i] = v > 0 ? first / n / v : Double.NaN;
            e[1][i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
        }
        return e;
    }

    /**
     * Linear interpolation between order statistics (R's type 7). Resamples whose outcome happened
     * not to vary (NaN) are left out; NaN if every one is.
     */
    static double percentile(double[] values, double p) {
        double[] s = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) return Double.NaN;
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Convenience for tests and cheap functions: evaluates f at every design point, y[matrix][row]. */
    public static double[][] evaluate(Design d, ToDoubleFunction<double[]> f) {
        double[][] y = new double[d.matrices()][d.samples()];
        for (int m = 0; m < d.matrices(); m++) {
            for (int j = 0; j < d.samples(); j++) y[m][j] = f.applyAsDouble(d.point(m, j));
        }
        return y;
    }
}
