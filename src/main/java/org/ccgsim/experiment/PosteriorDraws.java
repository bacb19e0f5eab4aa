package org.ccgsim.experiment;

import java.util.List;

import ec.util.MersenneTwisterFast;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/**
 * A calibration's posterior (posterior.csv: weighted parameter sets) that runs draw from: replication k
 * takes one set, chosen by weight with a MASON generator seeded from k's replication seed, so the draw
 * depends only on the scenario seed and k (not on threads) and scenarios compared with common random
 * numbers take the same set in the same replication.
 *
 * @param source  where the posterior was read from (for the manifest)
 * @param paths   the parameters, by scenario path
 * @param rows    each set's values, coerced to the parameters' types
 * @param weights each set's weight (not necessarily normalised)
 */
public record PosteriorDraws(String source, List<ParamPath> paths, List<List<Object>> rows, double[] weights) {
    /** Keeps the draw apart from the replication's own stream, which starts from the same seed. */
    private static final long SALT = 0x5DEECE66DL;

    /** The row replication {@code replication} takes. */
    public int row(long scenarioSeed, int replication) {
        double total = 0;
        for (double w : weights) total += w;
        double u = new MersenneTwisterFast(ReplicationSeeds.seed(scenarioSeed, replication) ^ SALT).nextDouble() * total;
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            if (u < c) return i;
        }
        for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
        return weights.length - 1;
    }

    /** The scenario replication {@code replication} runs: the drawn set applied on a copy. */
    public Scenario apply(Scenario scenario, int replication) {
        return Sweep.at(scenario, paths, rows.get(row(scenario.seed, replication)));
    }
}
