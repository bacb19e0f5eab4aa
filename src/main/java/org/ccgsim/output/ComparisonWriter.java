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
    static final Object[] HEADER = {"ccg", "outcome", "aggregate", "scenario", "n", "mean", "ci_low", "ci_high", "diff", "diff_ci_low",
            "diff_ci_high", "p_value"};
    private static final Outcome[] OUTCOMES = Outcome.values();

    private ComparisonWriter() {}

    /** comparison.csv's rows (with header) for the units common to all scenarios. */
    public static String csv(List<String> names, List<FinalYearValues> runs) {
        StringBuilder sb = new StringBuilder();
        CsvRow row = new CsvRow(sb).record(HEADER);
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
                    row.text(unit).text(OUTCOMES[o].column).text(OUTCOMES[o].aggregate.label).text(names.get(s)).integer(st.n())
                            .numberOrEmpty(st.mean(), d).numberOrEmpty(st.low(), d).numberOrEmpty(st.high(), d);
                    if (s == 0) {
                        row.text("").text("").text("").text("");
                    } else {
                        Paired p = Comparison.paired(reference, v);
                        double hw = p.diff().n() < 2 ? Double.NaN : (p.diff().sd() == 0 ? 0 : p.diff().halfWidth());
                        row.numberOrEmpty(p.diff().mean(), d).numberOrEmpty(p.diff().mean() - hw, d)
                                .numberOrEmpty(p.diff().mean() + hw, d).numberOrEmpty(p.p(), 6);
                    }
                    row.end();
                }
            }
        }
        return sb.toString();
    }

    public static void write(Path file, List<String> names, List<FinalYearValues> runs) throws IOException {
        Files.writeString(file, csv(names, runs), StandardCharsets.UTF_8);
    }

}
