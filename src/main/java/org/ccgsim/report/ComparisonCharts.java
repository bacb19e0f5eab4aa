package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccgsim.chart.BandChart;
import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.Charts;
import org.jfree.chart.JFreeChart;

/** Charts of a comparison: each outcome over time with one colour per scenario, and the paired differences. */
final class ComparisonCharts {

    /** Outcomes overlaid over time: name, outcome, title, y label, money. */
    private static final String[][] OVERLAYS = {
            {"compare-engagement", "engagement_mean", "Mean GP engagement", "engagement (0 = none, 1 = full)", ""},
            {"compare-delivery", "delivery_mean", "Practices' delivery of CCG schemes", "delivery (0-1)", ""},
            {"compare-referrals", "referrals_per_1000", "GP referrals per 1,000 patients", "per 1,000 patients per month", ""},
            {"compare-emergency", "non_elective_per_1000", "Emergency admissions per 1,000 patients", "per 1,000 patients per month", ""},
            {"compare-surplus", "ccg_surplus", "CCG surplus so far this financial year", "£ (year to date)", "money"},
            {"compare-qipp", "qipp_delivered", "QIPP savings delivered so far this financial year", "£ (year to date)", "money"},
            {"compare-standoff", "contracts_in_standoff", "Contracts in stand-off", "contracts", ""},
            {"compare-waiting-list", "waiting_list", "Patients on the waiting list", "patients", ""},
            {"compare-breaches", "breaches_18wk", "Patients waiting over 18 weeks", "patients", ""}};

    private ComparisonCharts() {
    }

    static List<Figure> build(ComparisonResults c) {
        List<Figure> figures = new ArrayList<>();
        differences(c).ifPresent(figures::add);
        int reps = c.runs().values().stream().mapToInt(RunResults::replications).max().orElse(0);
        String note = "Scenarios: " + String.join(" · ", c.scenarios()) + " · " + reps + " replications each · shaded band: 95% interval";
        for (String[] o : OVERLAYS) {
            BandChart chart = BandChart.overTime(o[2], o[3], !o[4].isEmpty());
            int found = 0;
            int i = 0;
            for (Map.Entry<String, RunResults> e : c.runs().entrySet()) {
                MonthlySummary m = e.getValue().monthly();
                Optional<OutcomeSeries> s = m.series(c.mainCcg(), o[1]).or(() -> m.main(o[1]));
                if (s.isPresent()) {
                    chart.band(s.get().band(e.getKey()), ChartTheme.color(i));
                    found++;
                }
                i++;
            }
            if (found > 0) {
                if (o[1].equals("ccg_surplus")) {
                    chart.zeroLine();
                }
                figures.add(new Figure(o[0], "One colour per scenario; where the shaded bands do not overlap, the scenarios clearly differ.",
                        chart.build(note)));
            }
        }
        return figures;
    }

    /**
     * Paired differences against the reference scenario, as a percentage of the reference's value,
     * so outcomes in pounds, patients and 0-1 scores share one axis.
     */
    private static Optional<Figure> differences(ComparisonResults c) {
        if (c.scenarios().size() < 2 || c.rows().isEmpty()) {
            return Optional.empty();
        }
        String ccg = c.mainCcg();
        List<String> outcomes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String o : ComparisonReport.KEY_OUTCOMES) {
            Optional<ComparisonResults.Row> ref = c.row(ccg, o, c.reference());
            if (ref.isPresent() && ref.get().mean() != 0 && !Double.isNaN(ref.get().mean())) {
                outcomes.add(o);
                labels.add(Outcomes.label(o));
            }
        }
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        List<Charts.IntervalSeries> series = new ArrayList<>();
        for (String scenario : c.scenarios().subList(1, c.scenarios().size())) {
            double[] v = new double[outcomes.size()];
            double[] lo = new double[outcomes.size()];
            double[] hi = new double[outcomes.size()];
            for (int i = 0; i < outcomes.size(); i++) {
                double base = Math.abs(c.row(ccg, outcomes.get(i), c.reference()).get().mean());
                Optional<ComparisonResults.Row> r = c.row(ccg, outcomes.get(i), scenario);
                v[i] = r.map(x -> 100 * x.diff() / base).orElse(Double.NaN);
                lo[i] = r.map(x -> 100 * x.diffLow() / base).orElse(Double.NaN);
                hi[i] = r.map(x -> 100 * x.diffHigh() / base).orElse(Double.NaN);
            }
            series.add(new Charts.IntervalSeries(scenario, v, lo, hi));
        }
        JFreeChart chart = Charts.dotWhisker("Difference from " + c.reference() + " in the final year",
                "difference, % of " + c.reference() + "'s value", labels, series,
                "Dot: mean paired difference · whisker: 95% interval · left of the line: lower than " + c.reference(),
                "Outcomes whose value under " + c.reference() + " is zero are left out here; the table gives every difference in its own units");
        int height = Math.max(ChartTheme.HEIGHT, 260 + outcomes.size() * 60);
        return Optional.of(new Figure("compare-differences",
                "Each dot is how much higher (right) or lower (left) an outcome was than under " + c.reference()
                        + "; a whisker that crosses the vertical line means no clear difference.",
                chart, ChartTheme.WIDTH, height));
    }
}
