package org.ccgsim.bench;

import ec.util.MersenneTwisterFast;
import org.ccgsim.model.Poisson;

/**
 * The machine's limit for a model run: the draws one replication's steps make, in tight loops with
 * no model logic. Two limits: the primitive draws (uniform and Gaussian numbers from MASON's
 * generator, the floor of all) and the variates (the same Poisson counts with the same means,
 * plus the primitive draws made outside them), which is what any implementation of this model
 * must draw.
 */
final class LimitLoop {
    private LimitLoop() {}

    /** Keeps the JIT from removing the loops. */
    static volatile double sink;

    static void primitive(DrawCounts counts, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        sink = loops(random, counts);
    }

    static void variates(Draws draws, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double acc = loops(random, draws.outsidePoisson());
        for (double mean : draws.poissonMeans()) acc += Poisson.sample(random, mean);
        sink = acc;
    }

    private static double loops(MersenneTwisterFast random, DrawCounts counts) {
        double acc = 0;
        for (long i = 0; i < counts.doubles(); i++) acc += random.nextDouble();
        for (long i = 0; i < counts.gaussians(); i++) acc += random.nextGaussian();
        for (long i = 0; i < counts.booleans(); i++) if (random.nextBoolean(0.5)) acc += 1;
        for (long i = 0; i < counts.ints(); i++) acc += random.nextInt(1 << 20);
        return acc;
    }
}
