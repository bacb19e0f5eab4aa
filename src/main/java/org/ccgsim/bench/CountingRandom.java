package org.ccgsim.bench;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.ccgsim.model.Poisson;

/**
 * MASON's generator with a tally of the draws the model makes: primitive draws by kind, and the
 * mean of every Poisson variate with the primitive draws it used kept apart. It returns exactly
 * the numbers the plain generator would, so a counted run is the same run.
 */
final class CountingRandom extends MersenneTwisterFast implements Poisson.Recorder {
    private static final long serialVersionUID = 1L;

    /** [0] outside Poisson variates, [1] inside them. */
    private final long[] doubles = new long[2], gaussians = new long[2], booleans = new long[2], ints = new long[2];
    private int inside;
    private double[] poissonMeans = new double[1 << 16];
    private int poissons;

    CountingRandom(long seed) {
        super(seed);
    }

    @Override public double nextDouble() { doubles[inside]++; return super.nextDouble(); }
    @Override public double nextGaussian() { gaussians[inside]++; return super.nextGaussian(); }
    @Override public boolean nextBoolean(double p) { booleans[inside]++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean(float p) { booleans[inside]++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean() { booleans[inside]++; return super.nextBoolean(); }
    @Override public int nextInt(int n) { ints[inside]++; return super.nextInt(n); }
    @Override public int nextInt() { ints[inside]++; return super.nextInt(); }
    @Override public long nextLong() { ints[inside]++; return super.nextLong(); }
    @Override public float nextFloat() { doubles[inside]++; return super.nextFloat(); }

    @Override
    public void poissonStarted(double mean) {
        if (poissons == poissonMeans.length) poissonMeans = Arrays.copyOf(poissonMeans, poissons * 2);
        poissonMeans[poissons++] = mean;
        inside = 1;
    }

    @Override
    public void poissonEnded() {
        inside = 0;
    }

    /** Every primitive draw so far, inside Poisson variates or not. */
    DrawCounts counts() {
        return new DrawCounts(doubles[0] + doubles[1], gaussians[0] + gaussians[1], booleans[0] + booleans[1], ints[0] + ints[1]);
    }

    /** The primitive draws made outside Poisson variates. */
    DrawCounts outsidePoisson() {
        return new DrawCounts(doubles[0], gaussians[0], booleans[0], ints[0]);
    }

    /** Means of the Poisson variates drawn from index {@code from} on. */
    double[] poissonMeans(int from) {
        return Arrays.copyOfRange(poissonMeans, from, poissons);
    }

    int poissons() {
        return poissons;
    }
}
