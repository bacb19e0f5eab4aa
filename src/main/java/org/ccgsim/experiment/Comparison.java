package org.ccgsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.ccgsim.output.Num;
import org.ccgsim.output.Outcome;

/**
 * Scenarios run with common random numbers compared outcome by outcome: each scenario's final-year
 * mean with its 95% t interval, and for every scenario after the first the paired difference
 * (scenario - first) over replications with its 95% t interval and a two-sided paired t-test.
 */
public final class Comparison {
    public static final String HEADER = "ccg,outcome,aggregate,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value";
    private static final Outcome[] OUTCOMES = Outcome.values();

    private Comparison() {}

    /** A paired difference: statistics of the differences and the p-value (NaN when undefined). */
    public record Paired(Statistics diff, double p) {}

    /** Paired difference of b - a over the first min(n) replications. */
    public static Paired paired(double[] a, double[] b) {
        Statistics d = new Statistics();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) d.add(b[i] - a[i]);
        return new Paired(d, pValue(d));
    }

    /** Two-sided p-value of a one-sample t-test of mean 0; NaN when n &lt; 2 or the sd is 0. */
    public static double pValue(Statistics d) {
        double sd = d.sd();
        if (d.n() < 2 || Double.isNaN(sd) || sd == 0) return Double.NaN;
        double t = d.mean() / (sd / Math.sqrt(d.n()));
        double p = 2 * new TDistribution(null, d.n() - 1).cumulativeProbability(-Math.abs(t));
        return Math.min(1, p);
    }

    /** comparison.csv's rows (with header) for the units common to all scenarios. */
    public static String csv(List<String> names, List<FinalYearValues> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        FinalYearValues first = runs.get(0);
        List<String> units = new ArrayList<>();
        for (String u : first.units()) {
            boolean everywhere = true;
            for (FinalYearValues r : runs) everywhere &= r.unit(u) >= 0;
            if (everywhere) units.add(u);
        }
        for (String unit : units) {
            for (int o = 0; o < OUTCOMES.length; o++) {
                int d = OUTCOMES[o].decimals + 2;
                double[] reference = values(first, unit, o);
                for (int s = 0; s < runs.size(); s++) {
                    double[] v = values(runs.get(s), unit, o);
                    Statistics st = new Statistics();
                    for (double x : v) st.add(x);
                    sb.append(unit).append(',').append(OUTCOMES[o].column).append(',').append(OUTCOMES[o].aggregate.label)
                            .append(',').append(names.get(s)).append(',').append(st.n()).append(',');
                    num(sb, st.mean(), d); sb.append(',');
                    num(sb, st.low(), d); sb.append(',');
                    num(sb, st.high(), d); sb.append(',');
                    if (s == 0) {
                        sb.append(",,,");
                    } else {
                        Paired p = paired(reference, v);
                        num(sb, p.diff().mean(), d); sb.append(',');
                        double hw = p.diff().n() < 2 ? Double.NaN : (p.diff().sd() == 0 ? 0 : p.diff().halfWidth());
                        num(sb, p.diff().mean() - hw, d); sb.append(',');
                        num(sb, p.diff().mean() + hw, d); sb.append(',');
                        num(sb, p.p(), 6);
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    public static void write(Path file, List<String> names, List<FinalYearValues> runs) throws IOException {
        Files.writeString(file, csv(names, runs), StandardCharsets.UTF_8);
    }

    private static double[] values(FinalYearValues r, String unit, int outcome) {
        int u = r.unit(unit);
        double[] v = new double[r.replications()];
        for (int i = 0; i < v.length; i++) v[i] = r.value(i, u, outcome);
        return v;
    }

    /** A number, or nothing for NaN. */
    static void num(StringBuilder sb, double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return;
        Num.append(sb, x, decimals);
    }
}
