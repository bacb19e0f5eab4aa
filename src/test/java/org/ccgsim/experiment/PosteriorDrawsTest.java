package org.ccgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ccgsim.outcome.Outcome;
import org.ccgsim.outcome.Statistics;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Runs that draw their parameters from a posterior: reproducible draws, and intervals that carry parameter uncertainty. */
class PosteriorDrawsTest {
    static final PosteriorDraws POSTERIOR = new PosteriorDraws("test",
            List.of(ParamPath.parse("practice.deliveryHalfEngagement"), ParamPath.parse("practice.engagementMean")),
            List.of(List.of(0.2, 0.3), List.of(0.4, 0.5), List.of(0.6, 0.7), List.of(0.3, 0.6)), new double[]{1, 1, 1, 1});

    static double width(Scenario s, PosteriorDraws p, Outcome o) throws Exception {
        RunOptions options = new RunOptions();
        options.threads = 2;
        options.posterior = p;
        FinalYearValues v = new FinalYearValues();
        Experiment.run(s, options, EventCompiler::compile, v, k -> {});
        Statistics st = new Statistics();
        for (int k = 0; k < v.replications(); k++) st.add(v.value(k, v.mainUnit(), o.ordinal()));
        return st.high() - st.low();
    }

    @Test
    void engagementAndDirectiveIntervalsAreAtLeastAsWideWithThePosterior() throws Exception {
        for (String name : List.of("engagement", "directive")) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), List.of("replications=6", "months=24")).scenario();
            for (Outcome o : List.of(Outcome.DELIVERY_MEAN, Outcome.ENGAGEMENT_MEAN)) {
                double without = width(s, null, o), with = width(s, POSTERIOR, o);
                assertTrue(with >= without, name + " " + o + ": interval with the posterior " + with + " is narrower than without " + without);
            }
        }
    }

    @Test
    void drawsDependOnlyOnTheSeedAndReplicationAndFollowTheWeights() {
        PosteriorDraws skewed = new PosteriorDraws("t", POSTERIOR.paths(), POSTERIOR.rows(), new double[]{0, 3, 1, 0});
        int[] counts = new int[4];
        for (int k = 0; k < 400; k++) {
            int r = skewed.row(20130401L, k);
            assertEquals(r, skewed.row(20130401L, k));
            counts[r]++;
        }
        assertEquals(0, counts[0] + counts[3], "a set of weight 0 is never drawn");
        assertTrue(counts[1] > 2 * counts[2] && counts[2] > 50, "draws follow the weights 3:1, found " + counts[1] + ":" + counts[2]);
    }
}
