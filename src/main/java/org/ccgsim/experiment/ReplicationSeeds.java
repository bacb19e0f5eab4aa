package org.ccgsim.experiment;

/**
 * Replication k's seed is SplitMix64 applied to (scenario seed + k x golden gamma): well spread
 * even for neighbouring k, independent of how many replications or threads there are, and
 * easy to reproduce elsewhere.
 */
public final class ReplicationSeeds {
    private ReplicationSeeds() {}

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public static long seed(long scenarioSeed, int replication) {
        long z = scenarioSeed + (replication + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
