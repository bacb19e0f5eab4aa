package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccgsim.outcome.Kind;

/** The report of a comparison: leads with the differences against the first (reference) scenario. */
final class ComparisonReport {

    static final List<String> KEY_OUTCOMES = List.of("engagement_mean", "delivery_mean", "referrals_per_1000",
            "non_elective_per_1000", "ccg_surplus", "qipp_delivered", "standoff_months", "waiting_list", "breaches_18wk",
            "quality_premium");

    private ComparisonReport() {
    }

    static String html(ComparisonResults c, List<Figure> figures, Map<String, String> svgByName) {
        String title = "Comparison: " + String.join(" vs ", c.scenarios());
        Html h = new Html().begin(title + " – ccgsim report");
        h.h1(title);
        RunResults ref = c.runs().get(c.reference());
        String question = ref == null ? "" : ref.scenario().map(ScenarioInfo::description).orElse("");
        h.p("meta", "Every scenario is run with the same random seeds, so differences are paired replication by replication. "
                + "The reference is " + c.reference() + ".");
        if (ref != null) {
            h.p("meta", RunReport.meta(ref));
        }
        h.h2("differences", "How the scenarios differ in the final year"
                + (ref == null ? "" : " (" + RunReport.finalYearLabel(ref.summary()) + ")"));
        h.bullets("findings", sentences(c));
        h.raw(table(c));
        h.h2("scenarios", "The scenarios and their levers");
        h.raw(levers(c));
        h.h2("charts", "Charts");
        for (Figure f : figures) {
            h.figure(f.name(), f.title(), f.caption(), svgByName.get(f.name()));
        }
        h.h2("assumptions", "What the model assumes");
        h.bullets(null, List.of(
                "Time moves in monthly steps from April 2013; financial and contract years run April to March.",
                "Practices' engagement with the CCG drives how well they deliver its schemes.",
                "Some figures come from the source articles, others are assumptions; docs/ODD.md lists each parameter with its source.",
                "A difference is called clear when its 95% interval leaves out zero; p is from a paired test across replications."));
        if (!question.isBlank()) {
            h.p("meta", "Question of the reference scenario: " + question);
        }
        return h.end("Made by ccgsim from comparison.csv and the run folders of this comparison.");
    }

    /** "Under B, mean engagement in the final year was 0.41 (...), against 0.62 (...) under A; difference -0.21 (...), p < 0.001." */
    static List<String> sentences(ComparisonResults c) {
        List<String> out = new ArrayList<>();
        String ccg = c.mainCcg();
        for (String outcome : KEY_OUTCOMES) {
            Optional<ComparisonResults.Row> refRow = c.row(ccg, outcome, c.reference());
            if (refRow.isEmpty()) {
                continue;
            }
            for (String scenario : c.scenarios().subList(1, c.scenarios().size())) {
                Optional<ComparisonResults.Row> r = c.row(ccg, outcome, scenario);
                if (r.isEmpty() || Double.isNaN(r.get().diff())) {
                    continue;
                }
                ComparisonResults.Row a = refRow.get();
                ComparisonResults.Row b = r.get();
                Kind kind = Outcomes.kind(outcome);
                String unit = RunReport.unit(outcome, b.aggregate());
                String clear = b.diffLow() > 0 || b.diffHigh() < 0 ? "" : "; no clear difference";
                out.add("Under " + b.scenario() + ", " + Outcomes.inSentence(outcome) + " " + Outcomes.period(outcome, b.aggregate()) + " was "
                        + Format.withInterval(outcome, b.mean(), b.low(), b.high(), kind) + unit + ", against "
                        + Format.withInterval(outcome, a.mean(), a.low(), a.high(), kind) + " under " + a.scenario() + "; difference "
                        + Format.signed(b.diff(), kind, scale(b)) + " " + Format.interval(b.diffLow(), b.diffHigh(), kind)
                        + (Double.isNaN(b.p()) ? "" : ", " + Format.p(b.p())) + clear + ".");
            }
        }
        return out;
    }

    /** The largest magnitude among a difference and its interval, so all three share one money unit. */
    private static double scale(ComparisonResults.Row r) {
        return Math.max(Math.abs(r.diff()), Math.max(Math.abs(r.diffLow()), Math.abs(r.diffHigh())));
    }

    private static String table(ComparisonResults c) {
        String ccg = c.mainCcg();
        StringBuilder t = new StringBuilder("<table class=\"comparison\">\n<thead><tr><th>Measure</th>");
        for (String s : c.scenarios()) {
            t.append("<th>").append(Html.esc(s)).append("</th>");
        }
        for (String s : c.scenarios().subList(1, c.scenarios().size())) {
            t.append("<th>").append(Html.esc(s + " minus " + c.reference())).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (String outcome : KEY_OUTCOMES) {
            if (c.row(ccg, outcome, c.reference()).isEmpty()) {
                continue;
            }
            Kind kind = Outcomes.kind(outcome);
            t.append("<tr data-outcome=\"").append(Html.esc(outcome)).append("\"><td>").append(Html.esc(Outcomes.label(outcome))).append("</td>");
            for (String s : c.scenarios()) {
                String v = c.row(ccg, outcome, s).map(r -> Format.withInterval(outcome, r.mean(), r.low(), r.high(), kind)).orElse("–");
                t.append("<td class=\"num\">").append(Html.esc(v)).append("</td>");
            }
            for (String s : c.scenarios().subList(1, c.scenarios().size())) {
                String v = c.row(ccg, outcome, s).filter(r -> !Double.isNaN(r.diff()))
                        .map(r -> Format.signed(r.diff(), kind, scale(r)) + " " + Format.interval(r.diffLow(), r.diffHigh(), kind)
                                + (Double.isNaN(r.p()) ? "" : ", " + Format.p(r.p())))
                        .orElse("–");
                t.append("<td class=\"num\">").append(Html.esc(v)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    private static String levers(ComparisonResults c) {
        List<String> names = new ArrayList<>(c.runs().keySet());
        StringBuilder t = new StringBuilder("<table>\n<thead><tr><th>Lever</th>");
        for (String n : names) {
            t.append("<th>").append(Html.esc(n)).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n<tr><td>Question</td>");
        for (String n : names) {
            t.append("<td>").append(Html.esc(c.runs().get(n).scenario().map(ScenarioInfo::description).orElse(""))).append("</td>");
        }
        t.append("</tr>\n");
        List<ScenarioInfo.Lever> first = c.runs().values().stream().map(RunResults::scenario).flatMap(Optional::stream)
                .findFirst().map(ScenarioInfo::levers).orElse(List.of());
        for (ScenarioInfo.Lever l : first) {
            List<String> values = new ArrayList<>();
            for (String n : names) {
                values.add(c.runs().get(n).scenario().flatMap(s -> s.levers().stream().filter(x -> x.path().equals(l.path())).findFirst())
                        .map(ScenarioInfo.Lever::value).orElse("–"));
            }
            boolean differs = values.stream().distinct().count() > 1;
            t.append(differs ? "<tr><td><strong>" : "<tr><td>").append(Html.esc(l.label())).append(differs ? "</strong></td>" : "</td>");
            for (String v : values) {
                t.append("<td>").append(Html.esc(v)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n<p class=\"meta\">Levers in bold differ between the scenarios.</p>\n").toString();
    }
}
