package org.ccgsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.ccgsim.output.Outcome;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/**
 * Global sensitivity of a scenario, Morris screening or Sobol indices: each design point is the
 * mean, over the scenario's replications (seeded as usual, so every point shares the same
 * replication seeds), of the final-year value of the economy-wide unit. Writes sensitivity.csv.
 */
public final class Sensitivity {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private Sensitivity() {}

    /** Runs the model at every Morris point; returns y[outcome][trajectory][point]. */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Morris.Design d, int threads,
                                        IntConsumer progress) throws Exception {
        return evaluate(scenario, params, d, threads, progress, Sweep.Points.NONE);
    }

    /** As above, taking finished points from {@code done} (--resume). */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Morris.Design d, int threads,
                                        IntConsumer progress, Sweep.Points finished) throws Exception {
        double[][] flat = run(scenario, params, unitPoints(d), threads, progress, finished);
        double[][][] y = new double[OUTCOMES.length][d.trajectories()][d.factors() + 1];
        for (int o = 0; o < OUTCOMES.length; o++) {
            for (int t = 0; t < d.trajectories(); t++) {
                for (int j = 0; j <= d.factors(); j++) y[o][t][j] = flat[o][t * (d.factors() + 1) + j];
            }
        }
        return y;
    }

    /** Runs the model at every row of A, B and each AB_i; returns y[outcome][matrix][row]. */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Sobol.Design d, int threads,
                                        IntConsumer progress) throws Exception {
        return evaluate(scenario, params, d, threads, progress, Sweep.Points.NONE);
    }

    /** As above, taking finished points from {@code done} (--resume). */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Sobol.Design d, int threads,
                                        IntConsumer progress, Sweep.Points finished) throws Exception {
        double[][] flat = run(scenario, params, unitPoints(d), threads, progress, finished);
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
    private static double[][] run(Scenario scenario, List<SweepParameter> params, double[][] points, int threads,
                                  IntConsumer progress, Sweep.Points finished) throws Exception {
        List<ParamPath> paths = new ArrayList<>();
        for (SweepParameter p : params) paths.add(p.path());
        double[][] y = new double[OUTCOMES.length][points.length];
        int done = 0;
        for (int i = 0; i < points.length; i++) {
            int before = done;
            FinalYearValues v = Sweep.point(finished, i, scenario, paths, point(params, points[i]), threads, k -> progress.accept(before + k));
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

    public static void writeMorris(Path file, List<SweepParameter> params, Morris.Design d, double[][][] y) throws IOException {
        StringBuilder sb = new StringBuilder("method,outcome,parameter,mu_star,mu,sigma,rank\n");
        for (int o = 0; o < OUTCOMES.length; o++) {
            int dec = OUTCOMES[o].decimals + 4;
            List<Morris.Effect> effects = Morris.analyse(d, y[o]);
            List<Morris.Effect> sorted = new ArrayList<>(effects);
            sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            for (Morris.Effect e : sorted) {
                sb.append("morris,").append(OUTCOMES[o].column).append(',').append(params.get(e.factor()).path()).append(',');
                Comparison.num(sb, e.muStar(), Math.min(8, dec)); sb.append(',');
                Comparison.num(sb, e.mu(), Math.min(8, dec)); sb.append(',');
                Comparison.num(sb, e.sigma(), Math.min(8, dec)); sb.append(',');
                sb.append(e.rank()).append('\n');
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Sobol indices per outcome and parameter, ranked by the total index within each outcome; an
     * outcome that did not vary over the design has empty index cells.
     */
    public static void writeSobol(Path file, List<SweepParameter> params, Sobol.Design d, double[][][] y, int resamples,
                                  long seed) throws IOException {
        StringBuilder sb = new StringBuilder("method,outcome,parameter,s1,s1_low,s1_high,st,st_low,st_high,rank\n");
        for (int o = 0; o < OUTCOMES.length; o++) {
            List<Sobol.Index> sorted = new ArrayList<>(Sobol.analyse(d, y[o], resamples, seed));
            sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            for (Sobol.Index i : sorted) {
                sb.append("sobol,").append(OUTCOMES[o].column).append(',').append(params.get(i.factor()).path());
                for (double x : new double[] {i.firstOrder(), i.firstOrderLow(), i.firstOrderHigh(), i.total(), i.totalLow(), i.totalHigh()}) {
                    sb.append(',');
                    Comparison.num(sb, x, 4);
                }
                sb.append(',').append(i.rank()).append('\n');
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
