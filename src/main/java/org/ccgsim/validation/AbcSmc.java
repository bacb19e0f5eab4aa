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
 * Approximate Bayesian computation by sequential Monte Carlo with an adaptive tolerance (ABC population
 * Monte Carlo, Beaumont et al. 2009, with the tolerance schedule set from the population as in Del Moral
 * et al. 2012 and Drovandi and Pettitt 2011). Generation 0 draws {@code particles + proposals} points from
 * the uniform prior and keeps the {@code particles} closest to the targets (equal weights); its tolerance is
 * the largest kept distance. Generation t sets its tolerance to the median distance of generation t-1, then
 * draws points in batches of {@code proposals} from generation t-1 (by weight) moved by a Gaussian kernel
 * truncated to the prior box (standard deviation sqrt(2 x weighted variance) per parameter), accepting,
 * in proposal order, those within the tolerance until it has {@code particles}; each is weighted
 * prior / sum_j W_j K(theta | theta_j). It stops after {@code generations} generations, or when a
 * generation would need more than {@code particles} / {@link #MIN_ACCEPTANCE} draws (the budget can take
 * the fit no closer); the last finished generation is the posterior.
 *
 * <p>Every proposal draws from its own MASON generator seeded from (seed, generation, index), batches are
 * scanned in index order, and evaluations run replications 0..r-1 with fixed seeds, so the result is the same
 * on any number of threads, and a run resumed from its finished generations continues exactly as if never stopped.
 */
public final class AbcSmc {
    /** Stop when fewer than this share of a generation's draws come within its tolerance. */
    public static final double MIN_ACCEPTANCE = 0.05;
    public record Settings(int particles, int proposals, int generations, int replications, long seed) {
        public Settings {
            if (particles < 2) throw new IllegalArgumentException("--particles must be at least 2, found " + particles);
            if (proposals < 1) throw new IllegalArgumentException("--proposals must be at least 1, found " + proposals);
            if (generations < 1) throw new IllegalArgumentException("--generations must be at least 1, found " + generations);
            if (replications < 1) throw new IllegalArgumentException("--replications must be at least 1, found " + replications);
        }
    }

    /**
     * A kept point: the generation and proposal that made it, its parameter values, distance, importance
     * weight (prior over proposal density; not normalised) and every target's values per replication.
     */
    public record Particle(int generation, int proposal, double[] theta, double distance, double weight, double[][] values) {}

    /** A finished generation: its tolerance, how many points it drew (up to its last acceptance) and how many it kept. */
    public record Generation(int index, double epsilon, int proposals, int accepted, List<Particle> particles) {
        /** The kept particles' weights, summing to 1. */
        public double[] weights() {
            double[] w = new double[particles.size()];
            double sum = 0;
            for (int i = 0; i < w.length; i++) sum += w[i] = particles.get(i).weight();
            for (int i = 0; i < w.length; i++) w[i] /= sum;
            return w;
        }

        public double ess() {
            double s = 0;
            for (double w : weights()) s += w * w;
            return 1 / s;
        }

        public double acceptance() { return (double) accepted / proposals; }
    }

    /** Where finished generations are kept, so a stopped calibration can resume. */
    public interface Journal {
        List<Generation> finished();

        void save(Generation g) throws Exception;
    }

    /**
     * Where a batch's model values come from when a calibration is split into shards: recorded by the
     * shards in files, or simulated here. The proposals themselves are always drawn here, so every shard
     * and the merge agree on them.
     */
    public interface Batches {
        /**
         * values[proposal][target][replication] of proposals {@code first .. first + thetas.size() - 1} of
         * generation t.
         *
         * @param simulate simulates a slice of the proposals here, in parallel, values in the slice's order
         * @throws Pending when the batch's values are not all recorded yet (the calibration stops there)
         */
        double[][][] values(int generation, int first, List<double[]> thetas, Simulator simulate) throws Exception;
    }

    /** Simulates the targets at a list of points, in parallel; values in the points' order. */
    public interface Simulator {
        double[][][] simulate(List<double[]> thetas) throws Exception;
    }

    /** A sharded calibration stops here: the batch of proposals from {@code first} of generation t is not recorded yet. */
    public static final class Pending extends Exception {
        private final int generation, first, count;

        public Pending(int generation, int first, int count, String message) {
            super(message);
            this.generation = generation;
            this.first = first;
            this.count = count;
        }

        public int generation() { return generation; }

        public int first() { return first; }

        public int count() { return count; }
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

    private boolean stalled;
    private Batches batches;

    /** Whether the last run stopped early because too few draws came within the next tolerance. */
    public boolean stalled() { return stalled; }

    /** Runs (or continues) the calibration; returns every generation, the last being the posterior. */
    public List<Generation> run(int threads, Journal journal, Progress progress) throws Exception {
        return run(threads, journal, progress, null);
    }

    /**
     * Runs (or continues) the calibration with each batch's values from {@code batches} (null: simulated
     * here); stops with {@link Pending} at the first batch they do not have.
     */
    public List<Generation> run(int threads, Journal journal, Progress progress, Batches batches) throws Exception {
        this.batches = batches;
        List<Generation> gens = new ArrayList<>(journal.finished());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "calibration");
            t.setDaemon(true);
            return t;
        });
        try {
            while (!finished(gens)) {
                Generation g = generation(gens.size(), gens.isEmpty() ? null : gens.get(gens.size() - 1), pool, progress);
                if (g == null) { stalled = true; break; }
                journal.save(g);
                gens.add(g);
                progress.generationDone(g);
            }
        } finally {
            pool.shutdownNow();
        }
        return gens;
    }

    /** Whether the run is done: all generations made, or the tolerance at 0. */
    boolean finished(List<Generation> gens) {
        int n = gens.size();
        return n >= settings.generations() || n >= 1 && gens.get(n - 1).epsilon() == 0;
    }

    private Generation generation(int t, Generation prev, ExecutorService pool, Progress progress) throws Exception {
        int n = settings.particles();
        double[] sd = prev == null ? null : kernelSd(prev);
        double[] prevWeights = prev == null ? null : prev.weights();
        if (prev == null) {
            int m = n + settings.proposals();
            List<Particle> all = new ArrayList<>(evaluate(t, 0, m, null, null, null, pool, progress, m));
            all.sort(Comparator.comparingDouble(Particle::distance).thenComparingInt(Particle::proposal));
            List<Particle> kept = List.copyOf(all.subList(0, n));
            return new Generation(t, kept.get(n - 1).distance(), m, n, kept);
        }
        double[] d = new double[prev.particles().size()];
        for (int i = 0; i < d.length; i++) d[i] = prev.particles().get(i).distance();
        double epsilon = quantile(d, prevWeights == null ? null : ones(d.length), 0.5);
        int cap = (int) Math.ceil(n / MIN_ACCEPTANCE);
        List<Particle> kept = new ArrayList<>(n);
        int drawn = 0;
        while (kept.size() < n) {
            if (drawn >= cap) return null; // acceptance below MIN_ACCEPTANCE: stop with the previous generation
            int b = Math.min(settings.proposals(), cap - drawn);
            for (Particle p : evaluate(t, drawn, b, prev, prevWeights, sd, pool, progress, cap)) {
                if (kept.size() < n && p.distance() <= epsilon) kept.add(p);
            }
            drawn += b;
        }
        // drawn counts whole batches; the accepted n came from the first proposals up to the n-th acceptance
        int used = kept.get(n - 1).proposal() + 1;
        double prior = 1;
        for (CalibrationParameter p : params) prior /= p.hi() - p.lo();
        List<Particle> weighted = new ArrayList<>(n);
        for (Particle p : kept) {
            weighted.add(new Particle(p.generation(), p.proposal(), p.theta(), p.distance(), prior / kernelMixture(p.theta(), prev, prevWeights, sd), p.values()));
        }
        return new Generation(t, epsilon, used, n, List.copyOf(weighted));
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /** Evaluates proposals first..first+count-1 of generation t in parallel; returns them in index order. */
    private List<Particle> evaluate(int t, int first, int count, Generation prev, double[] weights, double[] sd, ExecutorService pool,
                                    Progress progress, int total) throws Exception {
        List<double[]> thetas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) thetas.add(propose(t, first + i, prev, weights, sd));
        double[][][] values = batches != null
                ? batches.values(t, first, thetas, slice -> simulate(slice, pool, done -> {}))
                : simulate(thetas, pool, done -> progress.update(t, first + done, total));
        List<Particle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(new Particle(t, first + i, thetas.get(i), runs.distance(values[i]), 1, values[i]));
        if (batches != null) progress.update(t, first + count, total);
        return out;
    }

    /** The target values at each point, simulated in parallel on the pool; in the points' order. */
    private double[][][] simulate(List<double[]> thetas, ExecutorService pool, java.util.function.IntConsumer done) throws Exception {
        List<Future<double[][]>> futures = new ArrayList<>(thetas.size());
        for (double[] theta : thetas) {
            List<Object> point = point(theta);
            futures.add(pool.submit(() -> runs.evaluate(paths, point)));
        }
        double[][][] values = new double[thetas.size()][][];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = futures.get(i).get();
                done.accept(i + 1);
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) throw ex;
            throw e;
        }
        return values;
    }

    /** The scenario values of a point (integers rounded, via the sweep's coercion). */
    public List<Object> point(double[] theta) {
        List<Object> out = new ArrayList<>(theta.length);
        for (int j = 0; j < theta.length; j++) out.add(SweepParameter.value(paths.get(j), theta[j]));
        return out;
    }

    private double[] propose(int t, int i, Generation prev, double[] weights, double[] sd) {
        MersenneTwisterFast rng = new MersenneTwisterFast(ReplicationSeeds.seed(settings.seed() + 0x2545F4914F6CDD1DL * (t + 1), i));
        int d = params.size();
        double[] theta = new double[d];
        if (prev == null) {
            for (int j = 0; j < d; j++) theta[j] = params.get(j).lo() + rng.nextDouble() * (params.get(j).hi() - params.get(j).lo());
            return theta;
        }
        double u = rng.nextDouble(), c = 0;
        Particle ancestor = prev.particles().get(prev.particles().size() - 1);
        for (int k = 0; k < weights.length; k++) {
            c += weights[k];
            if (u < c) { ancestor = prev.particles().get(k); break; }
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
        double[] w = g.weights();
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < w.length; i++) mean += w[i] * g.particles().get(i).theta()[j];
            double var = 0;
            for (int i = 0; i < w.length; i++) var += w[i] * Math.pow(g.particles().get(i).theta()[j] - mean, 2);
            sd[j] = Math.max(Math.sqrt(2 * var), 1e-6 * (params.get(j).hi() - params.get(j).lo()));
        }
        return sd;
    }

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /** sum_j W_j K(theta | theta_j), K the kernel truncated to the prior's box. */
    private double kernelMixture(double[] theta, Generation prev, double[] weights, double[] sd) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            Particle p = prev.particles().get(i);
            double k = 1;
            for (int j = 0; j < theta.length; j++) {
                CalibrationParameter q = params.get(j);
                double z = (theta[j] - p.theta()[j]) / sd[j];
                double mass = STANDARD.cumulativeProbability((q.hi() - p.theta()[j]) / sd[j])
                        - STANDARD.cumulativeProbability((q.lo() - p.theta()[j]) / sd[j]);
                k *= Math.exp(-0.5 * z * z) / (sd[j] * mass);
            }
            s += weights[i] * k;
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
