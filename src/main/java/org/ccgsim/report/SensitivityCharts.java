package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ccgsim.chart.Charts;
import org.ccgsim.outcome.Kind;

/** Ranked horizontal bars: which parameters move each outcome most (Morris mu* and sigma, or Sobol ST and S1). */
final class SensitivityCharts {

    private SensitivityCharts() {
    }

    static List<Figure> build(Sensitivity s) {
        List<Figure> figures = new ArrayList<>();
        for (String outcome : s.outcomes()) {
            if (s.isSobol() && !varied(s, outcome)) {
                continue;
            }
            List<Sensitivity.Row> rows = s.ranked(outcome);
            List<String> params = rows.stream().map(Sensitivity.Row::parameter).toList();
            int n = rows.size();
            int height = Math.max(org.ccgsim.chart.ChartTheme.HEIGHT, 240 + n * 70);
            String name = SweepCharts.name("sensitivity", outcome);
            String caption = "Parameters ranked by their influence on " + Outcomes.inSentence(outcome) + "; longer bars matter more.";
            if (s.isSobol()) {
                figures.add(new Figure(name, caption + " Whiskers are 95% bootstrap intervals.",
                        Charts.rankedBarsWithIntervals("What moves " + Outcomes.inSentence(outcome), "share of the outcome's variance (0 = none, 1 = all)",
                                params, List.of(series(rows, "Total effect ST (alone and with others)", true),
                                        series(rows, "First-order effect S1 (alone)", false)),
                                "Method: Sobol indices · ranked by ST · whiskers: 95% bootstrap intervals"),
                        org.ccgsim.chart.ChartTheme.WIDTH, height));
                continue;
            }
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rows.get(i).muStar();
                b[i] = rows.get(i).sigma();
            }
            boolean money = Outcomes.kind(outcome) == Kind.MONEY;
            figures.add(new Figure(name, caption,
                    Charts.rankedBars("What moves " + Outcomes.inSentence(outcome), "change in " + Outcomes.inSentence(outcome), money, params,
                            List.of("μ* (overall influence)", "σ (non-linear effects and interactions)"), List.of(a, b),
                            "Method: Morris elementary effects · ranked by μ*"),
                    org.ccgsim.chart.ChartTheme.WIDTH, height));
        }
        return figures;
    }

    private static Charts.CategorySeries series(List<Sensitivity.Row> rows, String label, boolean total) {
        int n = rows.size();
        double[] v = new double[n], lo = new double[n], hi = new double[n];
        for (int i = 0; i < n; i++) {
            Sensitivity.Row r = rows.get(i);
            v[i] = total ? r.st() : r.s1();
            lo[i] = total ? r.stLow() : r.s1Low();
            hi[i] = total ? r.stHigh() : r.s1High();
        }
        return new Charts.CategorySeries(label, v, lo, hi);
    }

    /** Sobol indices exist only for an outcome that varied over the design. */
    private static boolean varied(Sensitivity s, String outcome) {
        return s.rows().stream().anyMatch(r -> r.outcome().equals(outcome) && !Double.isNaN(r.st()));
    }

    static String html(Sensitivity s, List<Figure> figures, Map<String, String> svg) {
        Html h = new Html().begin("Sensitivity analysis – ccgsim report");
        h.h1("Sensitivity analysis (" + (s.isSobol() ? "Sobol" : "Morris") + ")");
        if (s.isSobol()) {
            h.p("meta", "Each index is a share of how much an outcome varied when all the parameters varied together over their ranges. "
                    + "The total effect ST is the share a parameter accounts for alone and through its interactions with the others "
                    + "(the variance that would be left, on average, if every other parameter were fixed). The first-order effect S1 "
                    + "is the share it explains on its own (how much the variance would fall, on average, if it alone were fixed). "
                    + "A parameter with ST "
                    + "near 0 can be fixed anywhere in its range without changing the outcome; a gap between ST and S1 means the "
                    + "parameter matters through the others. Brackets and whiskers are 95% bootstrap intervals; small negative "
                    + "estimates are sampling noise around 0.");
        } else {
            h.p("meta", "μ* is the average size of a parameter's effect on an outcome; a large σ means the effect depends on the other parameters.");
        }
        for (String outcome : s.outcomes()) {
            h.h2("o-" + SweepCharts.name(outcome), Outcomes.label(outcome));
            if (s.isSobol() && !varied(s, outcome)) {
                h.p("meta", "This outcome was the same at every design point, so it has no variance to share out and no indices.");
                continue;
            }
            StringBuilder t = new StringBuilder("<table>\n<thead><tr><th>Rank</th><th>Parameter</th>");
            t.append(s.isSobol() ? "<th>ST</th><th>S1</th>" : "<th>μ*</th><th>σ</th>").append("</tr></thead>\n<tbody>\n");
            int rank = 1;
            for (Sensitivity.Row r : s.ranked(outcome)) {
                String a = s.isSobol() ? Format.withInterval(r.st(), r.stLow(), r.stHigh(), Kind.SHARE) : Format.number(r.muStar(), 3);
                String b = s.isSobol() ? Format.withInterval(r.s1(), r.s1Low(), r.s1High(), Kind.SHARE) : Format.number(r.sigma(), 3);
                t.append("<tr><td>").append(rank++).append("</td><td><code>").append(Html.esc(r.parameter())).append("</code></td><td class=\"num\">")
                        .append(Html.esc(a)).append("</td><td class=\"num\">").append(Html.esc(b)).append("</td></tr>\n");
            }
            h.raw(t.append("</tbody>\n</table>\n").toString());
            Figure f = figures.stream().filter(x -> x.name().equals(SweepCharts.name("sensitivity", outcome))).findFirst().orElse(null);
            if (f != null) {
                h.figure(f.name(), f.title(), f.caption(), svg.get(f.name()));
            }
        }
        return h.end("Made by ccgsim from sensitivity.csv.");
    }
}
