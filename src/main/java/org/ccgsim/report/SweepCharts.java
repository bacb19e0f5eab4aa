package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ccgsim.chart.Band;
import org.ccgsim.chart.BandChart;
import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.Charts;
import org.ccgsim.outcome.Kind;
import org.jfree.chart.JFreeChart;

/**
 * Sweep charts: with one parameter, each outcome against it with its 95% band; with two, a heat
 * map per outcome; with more, each parameter's average effect (means over the other parameters).
 */
final class SweepCharts {

    private SweepCharts() {
    }

    static List<Figure> build(SweepSummary s) {
        List<Figure> figures = new ArrayList<>();
        int k = s.parameters().size();
        for (String outcome : s.outcomes()) {
            if (k == 2) {
                figures.add(heatMap(s, outcome));
            } else {
                for (int p = 0; p < k; p++) {
                    figures.add(againstParameter(s, outcome, p, k > 1));
                }
            }
        }
        return figures;
    }

    static String name(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9_-]+", "_");
    }

    private static Figure againstParameter(SweepSummary s, String outcome, int param, boolean averaged) {
        List<String> values = s.values(param);
        double[] mean = new double[values.size()];
        double[] low = new double[values.size()];
        double[] high = new double[values.size()];
        int[] count = new int[values.size()];
        for (SweepSummary.Row r : s.rows(outcome)) {
            int i = values.indexOf(r.values().get(param));
            mean[i] += r.mean();
            low[i] += r.low();
            high[i] += r.high();
            count[i]++;
        }
        for (int i = 0; i < values.size(); i++) {
            mean[i] /= count[i];
            low[i] /= count[i];
            high[i] /= count[i];
        }
        String parameter = s.parameters().get(param);
        String title = Outcomes.label(outcome) + " against " + parameter;
        boolean money = Outcomes.kind(outcome) == Kind.MONEY;
        String note = averaged ? "Final-year mean at each value, averaged over the other swept parameters · band: average 95% interval"
                : "Final-year mean at each value · shaded band: 95% interval across replications";
        JFreeChart chart;
        if (s.isNumeric(param)) {
            double[] x = values.stream().mapToDouble(Double::parseDouble).toArray();
            chart = BandChart.overValue(title, parameter, Outcomes.label(outcome), money)
                    .markers().band(new Band(Outcomes.label(outcome), x, mean, low, high), ChartTheme.BLUE).build(note);
        } else {
            chart = Charts.barsWithIntervals(title, Outcomes.label(outcome), money, values,
                    List.of(new Charts.CategorySeries(Outcomes.label(outcome), mean, low, high)), note.replace("shaded band", "whisker"));
        }
        return new Figure(name("sweep", outcome, parameter), "How the final-year " + Outcomes.inSentence(outcome)
                + " changes as " + parameter + " changes; the band shows the 95% interval at each value.", chart);
    }

    private static Figure heatMap(SweepSummary s, String outcome) {
        List<String> xs = s.values(0);
        List<String> ys = s.values(1);
        double[][] z = new double[xs.size()][ys.size()];
        for (double[] row : z) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (SweepSummary.Row r : s.rows(outcome)) {
            z[xs.indexOf(r.values().get(0))][ys.indexOf(r.values().get(1))] = r.mean();
        }
        Kind kind = Outcomes.kind(outcome);
        String title = Outcomes.label(outcome) + " by " + s.parameters().get(0) + " and " + s.parameters().get(1);
        JFreeChart chart = Charts.heatMap(title, s.parameters().get(0), xs, s.parameters().get(1), ys, z, Outcomes.label(outcome),
                kind == Kind.MONEY, v -> Format.value(v, kind),
                "Final-year mean at each combination; each cell is labelled with its value (intervals are in sweep_summary.csv)");
        return new Figure(name("sweep", outcome), "Each cell is one combination of the two swept parameters; lighter cells have higher "
                + Outcomes.inSentence(outcome) + ".", chart);
    }

    static String html(SweepSummary s, List<Figure> figures, Map<String, String> svg) {
        Html h = new Html().begin("Parameter sweep – ccgsim report");
        h.h1("Parameter sweep: " + String.join(", ", s.parameters()));
        h.p("meta", "Each point of the sweep was run with the same replications; figures are final-year means with 95% intervals. "
                + s.outcomes().size() + " outcomes, " + s.rows().stream().mapToInt(SweepSummary.Row::point).distinct().count() + " points.");
        h.h2("charts", "Charts");
        for (Figure f : figures) {
            h.figure(f.name(), f.title(), f.caption(), svg.get(f.name()));
        }
        return h.end("Made by ccgsim from sweep_summary.csv.");
    }
}
