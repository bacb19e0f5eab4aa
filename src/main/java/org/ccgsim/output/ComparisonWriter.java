package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.Comparison;
import org.ccgsim.experiment.Comparison.Paired;
import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.outcome.Statistics;

/** comparison.csv: each scenario's final-year mean and interval, and every later scenario's paired difference from the first. */
public final class ComparisonWriter {
    public static final String HEADER = "ccg,outcome,aggregate,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value";
    private static final Outcome[] OUTCOMES = Outcome.values();

    private ComparisonWriter() {}

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
                double[] reference = Comparison.values(first, unit, o);
                for (int s = 0; s < runs.size(); s++) {
                    double[] v = Comparison.values(runs.get(s), unit, o);
                    Statistics st = new Statistics();
                    for (double x : v) st.add(x);
                    sb.append(unit).append(',').append(OUTCOMES[o].column).append(',').append(OUTCOMES[o].aggregate.label)
                            .append(',').append(names.get(s)).append(',').append(st.n()).append(',');
                    Cells.num(sb, st.mean(), d); sb.append(',');
                    Cells.num(sb, st.low(), d); sb.append(',');
                    Cells.num(sb, st.high(), d); sb.append(',');
                    if (s == 0) {
                        sb.append(",,,");
                    } else {
                        Paired p = Comparison.paired(reference, v);
                        Cells.num(sb, p.diff().mean(), d); sb.append(',');
                        double hw = p.diff().n() < 2 ? Double.NaN : (p.diff().sd() == 0 ? 0 : p.diff().halfWidth());
                        Cells.num(sb, p.diff().mean() - hw, d); sb.append(',');
                        Cells.num(sb, p.diff().mean() + hw, d); sb.append(',');
                        Cells.num(sb, p.p(), 6);
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

}
