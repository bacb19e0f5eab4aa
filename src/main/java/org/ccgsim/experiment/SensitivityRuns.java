package org.ccgsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.ccgsim.outcome.Outcome;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/**
 * Global sensitivity of a scenario, Morris screening or Sobol indices: each design point is the
 * mean, over the scenario's replications (seeded as usual, so every point shares the same
 * replication seeds), of the final-year value of the economy-wide unit (output.SensitivityWriter writes sensitivity.csv).
 */
public final class SensitivityRuns {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private SensitivityRuns() {}

    /** Runs the model at every Morris point; returns y[outcome][trajectory][point]. */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Morris.Design d, RunOptions options,
                                        IntConsumer progress) throws Exception {
        return evaluate(scenario, params, d, options, progress, Sweep.Points.NONE);
    }

    /** As above, taking finished points from {@code done} (--resume). */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Morris.Design d, RunOptions options,
                                        IntConsumer progress, Sweep.Points finished) throws Exception {
        double[][] flat = run(scenario, params, unitPoints(d), options, progress, finished);
        double[][][] y = new double[OUTCOMES.length][d.trajectories()][d.factors() + 1];
        for (int o = 0; o < OUTCOMES.length; o++) {
            for (int t = 0; t < d.trajectories(); t++) {
                for (int j = 0; j <= d.factors(); j++) y[o][t][j] = flat[o][t * (d.factors() + 1) + j];
            }
        }
        return y;
    }

    /** Runs the model at every row of A, B and each AB_i; returns y[outcome][matrix][row]. */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Sobol.Design d, RunOptions options,
                                        IntConsumer progress) throws Exception {
        return evaluate(scenario, params, d, options, progress, Sweep.Points.NONE);
    }

    /** As above, taking finished points from {@code done} (--resume). */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Sobol.Design d, RunOptions options,
                                        IntConsumer progress, Sweep.Points finished) throws Exception {
        double[][] flat = run(scenario, params, unitPoints(d), options, progress, finished);
        double[][][] y = new double[OUTCOMES.length][d.matrices()][d.samples()];
        for (int o = 0; o < OUTCOMES.length; o++) {
            for (int m = 0; m < d.matrices(); m++) {
                for (int j = 0; j < d.samples(); j++) y[o][m][j] = flat[o][m * d.samples() + j];
            }
        }
        return y;
    }

    /** A Morris design's points in the order they run: trajectory by trajectory. */
    public static double[][] unitPoints(Morris.Design d) {
        double[][] points = new double[d.trajectories() * (d.factors() + 1)][];
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j <= d.factors(); j++) points[t * (d.factors() + 1) + j] = d.points()[t][j];
        }
        return points;
    }

    /** A Sobol design's points in the order they run: A, B, then each AB_i. */
    public static double[][] unitPoints(Sobol.Design d) {
        double[][] points = new double[d.evaluations()][];
        for (int m = 0; m < d.matrices(); m++) {
            for (int j = 0; j < d.samples(); j++) points[m * d.samples() + j] = d.point(m, j);
        }
        return points;
    }

    /** Mean final-year value of the economy-wide unit at each unit-cube point: y[outcome][point]. */
    private static double[][] run(Scenario scenario, List<SweepParameter> params, double[][] points, RunOptions options,
                                  IntConsumer progress, Sweep.Points finished) throws Exception {
        List<ParamPath> paths = new ArrayList<>();
        for (SweepParameter p : params) paths.add(p.path());
        double[][] y = new double[OUTCOMES.length][points.length];
        int done = 0;
        for (int i = 0; i < points.length; i++) {
            int before = done;
            FinalYearValues v = Sweep.point(finished, i, scenario, paths, point(params, points[i]), options, k -> progress.accept(before + k));
            done += v.replications();
            int u = v.mainUnit();
            for (int o = 0; o < OUTCOMES.length; o++) y[o][i] = v.statistics(u, o).mean();
        }
        return y;
    }

    /** A unit-cube point as parameter values (integer parameters rounded). */
    public static List<Object> point(List<SweepParameter> params, double[] x) {
        List<Object> point = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            SweepParameter p = params.get(i);
            point.add(SweepParameter.value(p.path(), p.lo() + x[i] * (p.hi() - p.lo())));
        }
        return point;
    }
}
