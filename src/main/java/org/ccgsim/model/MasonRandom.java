package org.ccgsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets Commons Math distributions draw from MASON's generator, so every number comes from one seeded stream. */
final class MasonRandom extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    MasonRandom(MersenneTwisterFast random) { this.random = random; }

    @Override public void setSeed(long seed) { throw new UnsupportedOperationException("seeded by MASON"); }
    @Override public double nextDouble() { return random.nextDouble(); }
}
