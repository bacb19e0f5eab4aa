package org.ccgsim.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.scenario.ParamPath;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with an adaptive tolerance (a population
 * Monte Carlo ABC after Beaumont et al. 2009, with the tolerance set from the population as in Lenormand
 * et al. 2013): generation 0 draws {@code proposals} points from the uniform prior and keeps the
 * {@code particles} closest to the targets; each later generation draws {@code proposals} points from the
 * previous population (by weight) moved by a Gaussian kernel truncated to the prior (standard deviation
 * sqrt(2 x weighted variance) per parameter), keeps the closest {@code particles}, and weights them by
 * prior / sum_j W_j K(theta | theta_j). The tolerance of generation t is the largest kept distance. It
 * stops after {@code generations} generations (or when the tolerance reaches 0).
 *
 * <p>Every proposal draws from its own MASON generator seeded from (seed, generation, index), and
 * evaluations run replications 0..r-1 with fixed seeds, so the result is the same on any number of
 * threads, and a run resumed from its finished generations continues exactly as if never stopped.
 */
public final class AbcSmc {
    public record Settings(int particles, int proposals, int generations, int replications, long seed) {
        public Settings {
            if (particles < 2) throw new IllegalArgumentException("--particles must be at least 2, found " + particles);
            if (proposals < particles) throw new IllegalArgumentException("--proposals (" + proposals + ") must be at least --particles (" + particles + ")");
            if (generations < 1) throw new IllegalArgumentException("--generations must be at least 1, found " + generations);
            if (replications < 1) throw new IllegalArgumentException("--replications must be at least 1, found " + replications);
        }
    }

    /** A kept point: its parameter values, distance, normalised weight and every target's values per replication. */
    public record Particle(int proposal, double[] theta, double distance, double weight, double[][] values) {}

    /** A finished generation. */
    public record Generation(int index, double epsilon, int proposals, List<Particle> particles) {
        public double ess() {
            double s = 0;
            for (Particle p : particles) s += p.weight() * p.weight();
            return 1 / s;
        }
    }

    /** Where finished generations are kept, so a stopped calibration can resume. */
    public interface Journal {
        List<Generation> finished();

        void save(Generation g) throws Exception;
    }

    /** Progress: generation t, proposals evaluated so far of the total. */
    public interface Progress {
        void update(int generation, int done, int total);

        default void generationDone(Generation g) {}
    }

    private final TargetRuns runs;
    private final List<CalibrationParameter> params;
    private final List<ParamPath> paths;
    private final Settings settings;

    public AbcSmc(TargetRuns runs, List<CalibrationParameter> params, Settings settings) {
        this.runs = runs;
        this.params = List.copyOf(params);
        this.paths = CalibrationParameter.paths(params);
        this.settings = settings;
    }

    /** Runs (or continues) the calibration; returns every generation, the last being the posterior. */
    public List<Generation> run(int threads, Journal journal, Progress progress) throws Exception {
        List<Generation> gens = new ArrayList<>(journal.finished());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "calibration");
            t.setDaemon(true);
            return t;
        });
        try {
            while (!finished(gens)) {
                Generation g = generation(gens.size(), gens.isEmpty() ? null : gens.get(gens.size() - 1), pool, progress);
                journal.save(g);
                gens.add(g);
                progress.generationDone(g);
            }
        } finally {
            pool.shutdownNow();
        }
        return gens;
    }

    /** Whether the run is done: all generations made, or the tolerance reached 0. */
    boolean finished(List<Generation> gens) {
        int n = gens.size();
        return n >= settings.generations() || n >= 1 && gens.get(n - 1).epsilon() == 0;
    }

    private Generation generation(int t, Generation prev, ExecutorService pool, Progress progress) throws Exception {
        int m = settings.proposals();
        double[][] thetas = new double[m][];
        double[] sd = prev == null ? null : kernelSd(prev);
        for (int i = 0; i < m; i++) thetas[i] = propose(t, i, prev, sd);
        List<Future<double[][]>> futures = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            List<Object> point = point(thetas[i]);
            futures.add(pool.submit(() -> runs.evaluate(paths, point)));
        }
        double[][][] values = new double[m][][];
        double[] dist = new double[m];
        try {
            for (int i = 0; i < m; i++) {
                values[i] = futures.get(i).get();
                dist[i] = runs.distance(values[i]);
                progress.update(t, i + 1, m);
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) throw ex;
            throw e;
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> dist[i]).thenComparingInt(i -> i));
        int n = settings.particles();
        double[] w = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            w[k] = prev == null ? 1 : 1 / kernelMixture(thetas[order[k]], prev, sd);
            sum += w[k];
        }
        List<Particle> kept = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            kept.add(new Particle(i, thetas[i], dist[i], w[k] / sum, values[i]));
        }
        return new Generation(t, dist[order[n - 1]], m, List.copyOf(kept));
    }

    /** The scenario values of a point (integers rounded, via the sweep's coercion). */
    public List<Object> point(double[] theta) {
        List<Object> out = new ArrayList<>(theta.length);
        for (int j = 0; j < theta.length; j++) out.add(SweepParameter.value(paths.get(j), theta[j]));
        return out;
    }

    private double[] propose(int t, int i, Generation prev, double[] sd) {
        MersenneTwisterFast rng = new MersenneTwisterFast(ReplicationSeeds.seed(settings.seed() + 0x2545F4914F6CDD1DL * (t + 1), i));
        int d = params.size();
        double[] theta = new double[d];
        if (prev == null) {
            for (int j = 0; j < d; j++) theta[j] = params.get(j).lo() + rng.nextDouble() * (params.get(j).hi() - params.get(j).lo());
            return theta;
        }
        double u = rng.nextDouble(), c = 0;
        Particle ancestor = prev.particles().get(prev.particles().size() - 1);
        for (Particle p : prev.particles()) {
            c += p.weight();
            if (u < c) { ancestor = p; break; }
        }
        for (int j = 0; j < d; j++) {
            CalibrationParameter p = params.get(j);
            double x;
            int tries = 0;
            do {
                x = ancestor.theta()[j] + sd[j] * rng.nextGaussian();
            } while (!p.contains(x) && ++tries < 10_000);
            theta[j] = p.contains(x) ? x : Math.min(p.hi(), Math.max(p.lo(), x));
        }
        return theta;
    }

    /** sqrt(2 x weighted variance) of each parameter in a population (Beaumont et al. 2009). */
    double[] kernelSd(Generation g) {
        int d = params.size();
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (Particle p : g.particles()) mean += p.weight() * p.theta()[j];
            double var = 0;
            for (Particle p : g.particles()) var += p.weight() * (p.theta()[j] - mean) * (p.theta()[j] - mean);
            sd[j] = Math.max(Math.sqrt(2 * var), 1e-6 * (params.get(j).hi() - params.get(j).lo()));
        }
        return sd;
    }

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /** sum_j W_j K(theta | theta_j), K the kernel truncated to the prior's box. */
    private double kernelMixture(double[] theta, Generation prev, double[] sd) {
        double s = 0;
        for (Particle p : prev.particles()) {
            double k = 1;
            for (int j = 0; j < theta.length; j++) {
                CalibrationParameter q = params.get(j);
                double z = (theta[j] - p.theta()[j]) / sd[j];
                double mass = STANDARD.cumulativeProbability((q.hi() - p.theta()[j]) / sd[j])
                        - STANDARD.cumulativeProbability((q.lo() - p.theta()[j]) / sd[j]);
                k *= Math.exp(-0.5 * z * z) / (sd[j] * mass);
            }
            s += p.weight() * k;
        }
        return s;
    }

    // ------------------------------------------------------------------ summaries of a population

    /** The weighted quantile q of values x with weights w (NaN values left out, weights renormalised). */
    public static double quantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        double total = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && w[i] > 0) { order[n++] = i; total += w[i]; }
        if (n == 0) return Double.NaN;
        Integer[] o = Arrays.copyOf(order, n);
        Arrays.sort(o, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingInt(i -> i));
        double c = 0;
        for (Integer i : o) {
            c += w[i] / total;
            if (c >= q - 1e-12) return x[i];
        }
        return x[o[n - 1]];
    }
}
