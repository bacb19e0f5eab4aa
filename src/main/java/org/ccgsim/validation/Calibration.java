package org.ccgsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.scenario.PracticeParams;
import org.ccgsim.scenario.Scenario;

/**
 * Calibration of {@code practice.deliverySlope} to the Gallup figure (evidence id gallup-18): the
 * baseline's top/bottom-quarter delivery ratio at month 12, averaged over a fixed set of replications
 * (0..n-1, the seeds a full run gives them, so the objective is a deterministic function of the slope),
 * is set equal to 1.18 by Brent's method on a bracket of slopes. See docs/validation.md.
 */
public final class Calibration {
    private Calibration() {}

    public static final double TARGET_RATIO = 1.18;
    public static final int MONTH = 12;
    public static final double LOWER = 0.0, UPPER = 0.6;
    public static final double ABSOLUTE_ACCURACY = 1e-4;
    public static final int MAX_EVALUATIONS = 40;

    /** The result: the slope found, the ratio it gives, and how many model evaluations it took. */
    public record Result(double slope, double ratio, double currentDefault, double ratioAtDefault, int evaluations, int replications) {}

    /** The mean top/bottom-quarter delivery ratio at month 12 of the baseline with the given slope. */
    public static double ratio(Scenario baseline, double slope, int replications, ExecutorService pool) {
        Scenario s = ScenarioCopies.copy(baseline);
        s.practice.deliverySlope = slope;
        List<Future<Trace>> fs = Replications.submit(pool, s, MONTH + 1, replications);
        double sum = 0;
        for (Trace t : Replications.await(fs)) sum += t.quartileDeliveryRatio[MONTH];
        return sum / replications;
    }

    /** Finds the delivery slope that makes the baseline's month-12 ratio 1.18, with scenarios/baseline.yaml. */
    public static Result deliverySlope(int replications, int threads) {
        return deliverySlope(Path.of("scenarios"), replications, threads);
    }

    public static Result deliverySlope(Path scenarios, int replications, int threads) {
        Scenario baseline = Replications.load(scenarios, "baseline", List.of());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibration");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Double> seen = new ArrayList<>();
            UnivariateFunction f = slope -> {
                seen.add(slope);
                return ratio(baseline, slope, replications, pool) - TARGET_RATIO;
            };
            BrentSolver solver = new BrentSolver(ABSOLUTE_ACCURACY);
            double slope = solver.solve(MAX_EVALUATIONS, f, LOWER, UPPER);
            double def = new PracticeParams().deliverySlope;
            return new Result(slope, ratio(baseline, slope, replications, pool), def,
                    ratio(baseline, def, replications, pool), solver.getEvaluations(), replications);
        } finally {
            pool.shutdownNow();
        }
    }
}
