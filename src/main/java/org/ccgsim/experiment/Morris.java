package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris elementary effects screening (Morris 1991; Campolongo et al. 2007 for mu*). Each of r
 * trajectories starts at a random point of the p-level grid in the unit cube {0, 1/(p-1), ..., 1}
 * and moves one factor at a time, in random order and random direction, by
 * Delta = p / (2 (p - 1)). Elementary effects are measured in unit-cube terms,
 * EE = (f(x + Delta e_i) - f(x)) / Delta, so factors with different ranges compare fairly.
 */
public final class Morris {
    private Morris() {}

    public static double delta(int levels) { return levels / (2.0 * (levels - 1)); }

    /**
     * The design: r trajectories of k + 1 points each in [0, 1]^k; step {@code j} of a trajectory
     * (from point j to point j + 1) changes the factor {@code order[t][j]}.
     */
    public record Design(int factors, int levels, double[][][] points, int[][] order) {
        public int trajectories() { return points.length; }
    }

    public static Design design(int factors, int trajectories, int levels, long seed) {
        if (factors < 1) throw new IllegalArgumentException("Morris needs at least one parameter");
        if (trajectories < 2) throw new IllegalArgumentException("--trajectories must be at least 2, found " + trajectories);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("--levels must be an even number of at least 2, found " + levels);
        SplittableRandom random = new SplittableRandom(seed);
        double delta = delta(levels);
        // Starting levels whose step +Delta stays inside [0, 1].
        int startLevels = (int) Math.floor((1 - delta) * (levels - 1) + 1e-9) + 1;
        double[][][] points = new double[trajectories][factors + 1][];
        int[][] order = new int[trajectories][factors];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[factors];
            double[] step = new double[factors];
            for (int i = 0; i < factors; i++) {
                double base = random.nextInt(startLevels) / (double) (levels - 1);
                boolean up = random.nextBoolean();
                x[i] = up ? base : base + delta;
                step[i] = up ? delta : -delta;
            }
            int[] perm = new int[factors];
            for (int i = 0; i < factors; i++) perm[i] = i;
            for (int i = factors - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int tmp = perm[i]; perm[i] = perm[k]; perm[k] = tmp;
            }
            order[t] = perm;
            points[t][0] = x.clone();
            for (int j = 0; j < factors; j++) {
                x[perm[j]] += step[perm[j]];
                points[t][j + 1] = x.clone();
            }
        }
        return new Design(factors, levels, points, order);
    }

    /** One factor's screening measures. */
    public record Effect(int factor, double mu, double muStar, double sigma, int rank) {}

    /**
     * Screening measures per factor from the outputs {@code y[t][j]} at the design's points
     * (one outcome); ranked by mu* (1 = most influential; ties keep factor order).
     */
    public static List<Effect> analyse(Design d, double[][] y) {
        int k = d.factors();
        Statistics[] ee = new Statistics[k];
        double[] absSum = new double[k];
        for (int i = 0; i < k; i++) ee[i] = new Statistics();
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j < k; j++) {
                int f = d.order()[t][j];
                double dx = d.points()[t][j + 1][f] - d.points()[t][j][f];
                double e = (y[t][j + 1] - y[t][j]) / dx;
                ee[f].add(e);
                absSum[f] += Math.abs(e);
            }
        }
        double[] muStar = new double[k];
        for (int i = 0; i < k; i++) muStar[i] = absSum[i] / ee[i].n();
        Integer[] byInfluence = new Integer[k];
        for (int i = 0; i < k; i++) byInfluence[i] = i;
        Arrays.sort(byInfluence, (a, b) -> Double.compare(muStar[b], muStar[a]));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) rank[byInfluence[r]] = r + 1;
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) out.add(new Effect(i, ee[i].mean(), muStar[i], ee[i].sd(), rank[i]));
        return out;
    }

    /** Convenience for tests and cheap functions: evaluates f at every design point. */
    public static double[][] evaluate(Design d, java.util.function.ToDoubleFunction<double[]> f) {
        double[][] y = new double[d.trajectories()][d.factors() + 1];
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j <= d.factors(); j++) y[t][j] = f.applyAsDouble(d.points()[t][j]);
        }
        return y;
    }
}
