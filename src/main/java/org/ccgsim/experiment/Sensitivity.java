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
 * Morris screening of a scenario: each design point is the mean, over the scenario's replications
 * (seeded as usual, so every point shares the same replication seeds), of the final-year value of
 * the economy-wide unit. Writes sensitivity.csv.
 */
public final class Sensitivity {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private Sensitivity() {}

    /** Runs the model at every point; returns y[outcome][trajectory][point]. */
    public static double[][][] evaluate(Scenario scenario, List<SweepParameter> params, Morris.Design d, int threads,
                                        IntConsumer progress) throws Exception {
        List<ParamPath> paths = new ArrayList<>();
        for (SweepParameter p : params) paths.add(p.path());
        double[][][] y = new double[OUTCOMES.length][d.trajectories()][d.factors() + 1];
        int done = 0;
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j <= d.factors(); j++) {
                List<Object> point = point(params, d.points()[t][j]);
                int before = done;
                FinalYearValues v = Sweep.runPoint(scenario, paths, point, threads, k -> progress.accept(before + k));
                done += v.replications();
                int u = v.mainUnit();
                for (int o = 0; o < OUTCOMES.length; o++) y[o][t][j] = v.statistics(u, o).mean();
            }
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
}
