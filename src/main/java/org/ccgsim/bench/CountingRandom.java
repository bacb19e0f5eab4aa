package org.ccgsim.bench;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.ccgsim.model.Poisson;

/**
 * MASON's generator with a tally of the draws the model makes: primitive draws by kind, and the
 * mean of every Poisson variate with the primitive draws it used kept apart. It returns exactly
 * the numbers the plain generator would, so a counted run is the same run. The model's streams
 * ({@link org.ccgsim.model.RandomStreams}) are made by {@link #stream}: each its own generator,
 * all counted in one tally.
 */
final class CountingRandom extends MersenneTwisterFast implements Poisson.Recorder {
    private static final long serialVersionUID = 1L;

    /** The draws of a generator and of every stream made from it. */
    private static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** [0] outside Poisson variates, [1] inside them. */
        final long[] doubles = new long[2], gaussians = new long[2], booleans = new long[2], ints = new long[2];
        int inside;
        double[] poissonMeans = new double[1 << 16];
        int poissons;
    }

    private final Tally t;

    CountingRandom(long seed) {
        super(seed);
        t = new Tally();
    }

    private CountingRandom(int[] key, Tally tally) {
        super(key);
        t = tally;
    }

    /** A stream seeded by {@code key} whose draws count in this generator's tally (the economy's stream maker). */
    CountingRandom stream(int[] key) {
        return new CountingRandom(key, t);
    }

    @Override public double nextDouble() { t.doubles[t.inside]++; return super.nextDouble(); }
    @Override public double nextGaussian() { t.gaussians[t.inside]++; return super.nextGaussian(); }
    @Override public boolean nextBoolean(double p) { t.booleans[t.inside]++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean(float p) { t.booleans[t.inside]++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean() { t.booleans[t.inside]++; return super.nextBoolean(); }
    @Override public int nextInt(int n) { t.ints[t.inside]++; return super.nextInt(n); }
    @Override public int nextInt() { t.ints[t.inside]++; return super.nextInt(); }
    @Override public long nextLong() { t.ints[t.inside]++; return super.nextLong(); }
    @Override public float nextFloat() { t.doubles[t.inside]++; return super.nextFloat(); }

    @Override
    public void poissonStarted(double mean) {
        if (t.poissons == t.poissonMeans.length) t.poissonMeans = Arrays.copyOf(t.poissonMeans, t.poissons * 2);
        t.poissonMeans[t.poissons++] = mean;
        t.inside = 1;
    }

    @Override
    public void poissonEnded() {
        t.inside = 0;
    }

    /** Every primitive draw so far, inside Poisson variates or not. */
    DrawCounts counts() {
        return new DrawCounts(t.doubles[0] + t.doubles[1], t.gaussians[0] + t.gaussians[1], t.booleans[0] + t.booleans[1], t.ints[0] + t.ints[1]);
    }

    /** The primitive draws made outside Poisson variates. */
    DrawCounts outsidePoisson() {
        return new DrawCounts(t.doubles[0], t.gaussians[0], t.booleans[0], t.ints[0]);
    }

    /** Means of the Poisson variates drawn from index {@code from} on. */
    double[] poissonMeans(int from) {
        return Arrays.copyOfRange(t.poissonMeans, from, t.poissons);
    }

    int poissons() {
        return t.poissons;
    }
}
