package org.ccgsim.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.validation.CalibrationTarget.Role;
import org.ccgsim.validation.CalibrationTarget.Side;
import org.junit.jupiter.api.Test;

/** ABC-SMC recovers known parameters from targets the model itself made, and does so reproducibly. */
class AbcSmcTest {
    static final Path SCENARIOS = Path.of("scenarios");

    /**
     * Two targets on the baseline's first year: the Gallup ratio at month 12 and the mean engagement over months 6-12
     * (engagement, not the feedback share, which comes from decisions practices were heard on and no longer tracks it).
     */
    static List<CalibrationTarget> synthetic(double ratio, double feedback) {
        return List.of(
                new CalibrationTarget("ratio", "gallup-18", "baseline", List.of(), Observable.QUARTILE_DELIVERY_RATIO, Statistic.AT,
                        new int[]{12}, ratio, 0.02, Side.BOTH, Role.FITTED, "synthetic"),
                new CalibrationTarget("engagement", "limited-influence", "baseline", List.of(), Observable.ENGAGEMENT, Statistic.MEAN,
                        new int[]{6, 12}, feedback, 0.02, Side.BOTH, Role.FITTED, "synthetic"));
    }

    static final List<CalibrationParameter> PRIOR = List.of(CalibrationParameter.parse("practice.deliveryHalfEngagement=0.02:0.5"),
            CalibrationParameter.parse("practice.engagementMean=0.2:0.8"));

    static final class MemoryJournal implements AbcSmc.Journal {
        final List<AbcSmc.Generation> gens = new ArrayList<>();

        @Override public List<AbcSmc.Generation> finished() { return List.copyOf(gens); }

        @Override public void save(AbcSmc.Generation g) { gens.add(g); }
    }

    static final AbcSmc.Progress SILENT = (g, d, t) -> {};

    @Test
    void recoversTheDeliverySlopeAndEngagementThatMadeTheTargets() throws Exception {
        double slope = 0.15, engagement = 0.4;
        // the targets: the model's own values at the known point, with the replications the fit uses
        TargetRuns probe = new TargetRuns(synthetic(0, 0), SCENARIOS, 2);
        AbcSmc at = new AbcSmc(probe, PRIOR, new AbcSmc.Settings(2, 2, 1, 2, 1));
        double[][] truth = probe.evaluate(CalibrationParameter.paths(PRIOR), at.point(new double[]{slope, engagement}));
        TargetRuns runs = new TargetRuns(synthetic(TargetRuns.mean(truth[0]), TargetRuns.mean(truth[1])), SCENARIOS, 2);

        // 100 particles: with 40 the weighted 95% interval is too ragged to cover the truth reliably
        // (it missed by 0.001-0.008 for seeds 7, 8 and 10); with 100 seeds 7, 8 and 10 all cover it.
        AbcSmc abc = new AbcSmc(runs, PRIOR, new AbcSmc.Settings(100, 100, 6, 2, 7));
        List<AbcSmc.Generation> gens = abc.run(2, new MemoryJournal(), SILENT);
        AbcSmc.Generation last = gens.get(gens.size() - 1);
        assertTrue(last.epsilon() < gens.get(0).epsilon(), "the tolerance falls from generation to generation");
        double[] truths = {slope, engagement};
        for (int j = 0; j < 2; j++) {
            double[] x = new double[last.particles().size()], w = new double[x.length];
            for (int i = 0; i < x.length; i++) { x[i] = last.particles().get(i).theta()[j]; w[i] = last.particles().get(i).weight(); }
            double lo = AbcSmc.quantile(x, w, 0.025), hi = AbcSmc.quantile(x, w, 0.975);
            CalibrationParameter p = PRIOR.get(j);
            assertTrue(lo <= truths[j] && truths[j] <= hi, p.path() + ": 95% interval [" + lo + ", " + hi + "] misses the truth " + truths[j]);
            assertTrue(hi - lo < 0.5 * (p.hi() - p.lo()), p.path() + ": posterior interval [" + lo + ", " + hi + "] is not much narrower than the prior");
        }
    }

    @Test
    void sameSeedGivesTheSamePosteriorOnOneOrTwoThreadsAndWhenResumed() throws Exception {
        TargetRuns runs = new TargetRuns(synthetic(1.18, 0.44), SCENARIOS, 1);
        AbcSmc.Settings s = new AbcSmc.Settings(6, 12, 3, 1, 42);
        List<AbcSmc.Generation> one = new AbcSmc(runs, PRIOR, s).run(1, new MemoryJournal(), SILENT);
        List<AbcSmc.Generation> two = new AbcSmc(runs, PRIOR, s).run(2, new MemoryJournal(), SILENT);
        MemoryJournal interrupted = new MemoryJournal();
        interrupted.gens.addAll(one.subList(0, 1)); // as if stopped after generation 0
        List<AbcSmc.Generation> resumed = new AbcSmc(runs, PRIOR, s).run(2, interrupted, SILENT);
        assertEquals(3, one.size());
        for (List<AbcSmc.Generation> other : List.of(two, resumed)) {
            for (int g = 0; g < one.size(); g++) {
                assertEquals(one.get(g).epsilon(), other.get(g).epsilon());
                for (int i = 0; i < one.get(g).particles().size(); i++) {
                    assertArrayEquals(one.get(g).particles().get(i).theta(), other.get(g).particles().get(i).theta());
                    assertEquals(one.get(g).particles().get(i).weight(), other.get(g).particles().get(i).weight());
                }
            }
        }
    }

    @Test
    void weightedQuantilesFollowTheWeights() {
        double[] x = {1, 2, 3, Double.NaN};
        assertEquals(2, AbcSmc.quantile(x, new double[]{1, 1, 1, 1}, 0.5));
        assertEquals(3, AbcSmc.quantile(x, new double[]{0.1, 0.1, 0.8, 5}, 0.5));
        assertEquals(1, AbcSmc.quantile(x, new double[]{0.1, 0.1, 0.8, 5}, 0.05));
    }

    @Test
    void shippedTargetsLoadAndCoverTheIssuesList() {
        List<CalibrationTarget> ts = CalibrationTargets.load(CalibrationTargets.DEFAULT, SCENARIOS);
        List<String> ids = ts.stream().map(CalibrationTarget::id).toList();
        for (String id : List.of("qipp-year-one", "gallup-18", "gp-feedback-44", "perception-gap", "quality-premium-realistic",
                "quality-premium-worked-example", "stoke-non-elective", "stoke-18-week-backlog", "stoke-follow-ups", "national-occupancy")) {
            assertTrue(ids.contains(id), "targets.yaml lacks " + id);
        }
        assertTrue(ts.stream().anyMatch(t -> t.role() == Role.HELD_OUT), "some targets are held out of the fit");
        assertTrue(ts.stream().anyMatch(t -> t.role() == Role.FITTED));
    }
}
