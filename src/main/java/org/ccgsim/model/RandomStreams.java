package org.ccgsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The model's random streams (docs/ODD.md, "Stochasticity"): one generator for each organisation
 * and process, so that in a paired comparison (common random numbers) a change that makes one
 * process draw more or fewer numbers leaves every other process's numbers as they were. Without
 * them, one CCG's extra draw would reshuffle every later draw of every organisation.
 *
 * <p>Each stream is a MASON Mersenne Twister seeded, through its key-array seeding, by a key of
 * the economy's root (one draw from {@code SimState.random}, so everything still follows the
 * scenario's seed), the process's name and the organisation's id: not its position, so adding,
 * removing or reordering organisations leaves the others' streams alone, and not any option an
 * arm of a comparison may change.
 */
public final class RandomStreams {
    /** Makes a stream from its key: MASON's generator, or the benchmark's counting one. */
    @FunctionalInterface
    public interface Maker {
        MersenneTwisterFast make(int[] key);
    }

    /**
     * A CCG's streams, one per process.
     *
     * @param practices  building its practices: positions, localities, list sizes, referral habits, starting engagement, workload
     * @param engagement its practices' monthly engagement noise (one Gaussian per practice and month)
     * @param activity   its practices' referrals (a Poisson count per practice and contract each month), then its
     *                   contracts' emergency admissions and A&E attendances (a Poisson count each per contract and month)
     * @param decisions  its decisions and their consultation
     * @param finance    its finance: measures agreed with other providers, cost pressures
     * @param premium    its quality premium's media story
     * @param oversight  the Area Team's oversight of it: outliers noticed for remedial action, bypasses
     */
    record OfCcg(MersenneTwisterFast practices, MersenneTwisterFast engagement, MersenneTwisterFast activity,
            MersenneTwisterFast decisions, MersenneTwisterFast finance, MersenneTwisterFast premium,
            MersenneTwisterFast oversight) implements java.io.Serializable {}

    private final Maker maker;
    private final int rootHigh, rootLow;

    /** Takes the root of every key from the economy's generator (one draw). */
    RandomStreams(Maker maker, MersenneTwisterFast random) {
        this.maker = maker;
        long root = random.nextLong();
        rootHigh = (int) (root >>> 32);
        rootLow = (int) root;
    }

    OfCcg ofCcg(String id) {
        return new OfCcg(stream("practices", id), stream("engagement", id), stream("activity", id), stream("decisions", id),
                stream("finance", id), stream("premium", id), stream("oversight", id));
    }

    /**
     * A trust's stream: its starting margin; each month its session noise, MRSA cases and whether a serious
     * CQC breach is found; each March its capacity-plan luck and cost improvement. Only the MRSA count's
     * uniforms vary in number (a Poisson draw for another mean), so one stream keeps them nearly in step.
     */
    MersenneTwisterFast ofTrust(String id) {
        return stream("trust", id);
    }

    /** The stream of one CCG's contract round with one trust: the trust's resolve, the CCG's expectation of an award, concessions. */
    MersenneTwisterFast ofContract(String ccgId, String trustId) {
        return stream("round", ccgId, trustId);
    }

    /** A stream of the world as a whole (its process names one). */
    MersenneTwisterFast ofWorld(String process) {
        return stream(process);
    }

    /** The stream keyed by the root, the process and the organisations' ids, each name ended by a 0. */
    MersenneTwisterFast stream(String process, String... ids) {
        int length = 2 + process.length() + 1;
        for (String id : ids) length += id.length() + 1;
        int[] key = new int[length];
        key[0] = rootHigh;
        key[1] = rootLow;
        int k = put(key, 2, process);
        for (String id : ids) k = put(key, k, id);
        return maker.make(key);
    }

    private static int put(int[] key, int k, String name) {
        for (int i = 0; i < name.length(); i++) key[k++] = name.charAt(i);
        return k + 1; // the 0 that ends the name, so ("ab", "c") and ("a", "bc") differ
    }
}
