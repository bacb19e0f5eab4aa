package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ccgsim.chart.Charts;
import org.ccgsim.report.Format.Kind;

/** Ranked horizontal bars: which parameters move each outcome most (Morris mu* and sigma, or Sobol ST and S1). */
final class SensitivityCharts {

    private SensitivityCharts() {
    }

    static List<Figure> build(Sensitivity s) {
        List<Figure> figures = new ArrayList<>();
        for (String outcome : s.outcomes()) {
            List<Sensitivity.Row> rows = s.ranked(outcome);
            List<String> params = rows.stream().map(Sensitivity.Row::parameter).toList();
            int n = rows.size();
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = s.isSobol() ? rows.get(i).st() : rows.get(i).muStar();
                b[i] = s.isSobol() ? rows.get(i).s1() : rows.get(i).sigma();
            }
            boolean money = !s.isSobol() && Outcomes.kind(outcome) == Kind.MONEY;
            List<String> series = s.isSobol() ? List.of("Total effect ST (with interactions)", "First-order effect S1 (alone)")
                    : List.of("μ* (overall influence)", "σ (non-linear effects and interactions)");
            String axis = s.isSobol() ? "share of the outcome's variance (0-1)" : "change in " + Outcomes.inSentence(outcome);
            String method = s.isSobol() ? "Sobol indices" : "Morris elementary effects";
            int height = Math.max(org.ccgsim.chart.ChartTheme.HEIGHT, 240 + n * 70);
            figures.add(new Figure(SweepCharts.name("sensitivity", outcome),
                    "Parameters ranked by their influence on " + Outcomes.inSentence(outcome)
                            + "; longer bars matter more.",
                    Charts.rankedBars("What moves " + Outcomes.inSentence(outcome), axis, money, params,
                            series, List.of(a, b), "Method: " + method + " · ranked by " + (s.isSobol() ? "ST" : "μ*")),
                    org.ccgsim.chart.ChartTheme.WIDTH, height));
        }
        return figures;
    }

    static String html(Sensitivity s, List<Figure> figures, Map<String, String> svg) {
        Html h = new Html().begin("Sensitivity analysis – ccgsim report");
        h.h1("Sensitivity analysis (" + (s.isSobol() ? "Sobol" : "Morris") + ")");
        h.p("meta", s.isSobol()
                ? "ST is the share of an outcome's variance a parameter accounts for including its interactions; S1 is its share alone."
                : "μ* is the average size of a parameter's effect on an outcome; a large σ means the effect depends on the other parameters.");
        for (String outcome : s.outcomes()) {
            h.h2("o-" + SweepCharts.name(outcome), Outcomes.label(outcome));
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
