package org.ccgsim.experiment;

/**
 * Replication k's seed is SplitMix64 applied to (scenario seed + (k + 1) x golden gamma), keeping
 * its low 53 bits: well spread even for neighbouring k, independent of how many replications or
 * threads there are, and a whole number below 2^53, so R, pandas and Excel (which hold numbers as
 * doubles) read the seed columns back exactly and a replication can be re-run from them. MASON's
 * generator takes only a seed's low 32 bits, so keeping 53 changes no simulated number.
 */
public final class ReplicationSeeds {
    private ReplicationSeeds() {}

    /** The description manifests carry, so the derivation can be reproduced elsewhere. */
    public static final String DERIVATION = "replication k: SplitMix64(scenario_seed + (k + 1) * 0x9E3779B97F4A7C15) & (2^53 - 1) (its low 53 bits)";

    /** Largest seed a double holds exactly (2^53 - 1); scenario seeds are bounded by it too. */
    public static final long MAX_EXACT = (1L << 53) - 1;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public static long seed(long scenarioSeed, int replication) {
        long z = scenarioSeed + (replication + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & MAX_EXACT;
    }
}
