package org.ccgsim.bench;

import ec.util.MersenneTwisterFast;

/**
 * MASON's generator with a tally of the draws the model makes, by kind. It returns exactly the
 * numbers the plain generator would, so a counted run is the same run.
 */
final class CountingRandom extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;

    long doubles, gaussians, booleans, ints;

    CountingRandom(long seed) {
        super(seed);
    }

    @Override public double nextDouble() { doubles++; return super.nextDouble(); }
    @Override public double nextGaussian() { gaussians++; return super.nextGaussian(); }
    @Override public boolean nextBoolean(double p) { booleans++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean(float p) { booleans++; return super.nextBoolean(p); }
    @Override public boolean nextBoolean() { booleans++; return super.nextBoolean(); }
    @Override public int nextInt(int n) { ints++; return super.nextInt(n); }
    @Override public int nextInt() { ints++; return super.nextInt(); }
    @Override public long nextLong() { ints++; return super.nextLong(); }
    @Override public float nextFloat() { doubles++; return super.nextFloat(); }

    DrawCounts counts() {
        return new DrawCounts(doubles, gaussians, booleans, ints);
    }
}
