package org.ccgsim.bench;

import ec.util.MersenneTwisterFast;

/**
 * The machine's limit for a model run: the same number and kinds of MASON draws that one
 * replication makes, in tight loops with no model logic. A model can be no faster than this.
 */
final class LimitLoop {
    private LimitLoop() {}

    /** Keeps the JIT from removing the loops. */
    static volatile double sink;

    static void run(DrawCounts counts, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double acc = 0;
        for (long i = 0; i < counts.doubles(); i++) acc += random.nextDouble();
        for (long i = 0; i < counts.gaussians(); i++) acc += random.nextGaussian();
        for (long i = 0; i < counts.booleans(); i++) if (random.nextBoolean(0.5)) acc += 1;
        for (long i = 0; i < counts.ints(); i++) acc += random.nextInt(1 << 20);
        sink = acc;
    }
}
