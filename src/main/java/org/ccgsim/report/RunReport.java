package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccgsim.chart.MonthFormat;
import org.ccgsim.outcome.Kind;

/** The board report of one run: question, levers, headline figures, plain findings, charts, assumptions. */
final class RunReport {

    /** Headline outcomes in the order a board member reads them. */
    static final List<String> HEADLINES = List.of("engagement_mean", "delivery_mean", "referrals_per_1000", "ccg_surplus",
            "qipp_delivered", "standoff_months", "waiting_list", "breaches_18wk", "quality_premium");

    private RunReport() {
    }

    static String html(RunResults run, List<Figure> figures, Map<String, String> svgByName) {
        Html h = new Html().begin(run.scenarioName() + " – ccgsim report");
        h.h1(run.scenarioName());
        String question = run.scenario().map(ScenarioInfo::description).orElse("");
        if (!question.isBlank()) {
            h.p("question", question);
        }
        h.p("meta", meta(run));
        h.h2("headlines", "Headline figures for the final year (" + finalYearLabel(run.summary()) + ")");
        h.p(null, "Each figure is the mean across " + run.replications()
                + " replications, with its 95% interval in brackets: the range the model's average would fall in if the run were repeated.");
        h.raw(headlineTable(run));
        h.h2("findings", "What happened");
        h.bullets("findings", Findings.forRun(run));
        run.scenario().ifPresent(s -> {
            h.h2("levers", "The policy levers in this scenario");
            StringBuilder t = new StringBuilder("<table>\n<thead><tr><th>Lever</th><th>Setting</th><th>Scenario file key</th></tr></thead>\n<tbody>\n");
            for (ScenarioInfo.Lever l : s.levers()) {
                t.append("<tr><td>").append(Html.esc(l.label())).append("</td><td>").append(Html.esc(l.value()))
                        .append("</td><td><code>").append(Html.esc(l.path())).append("</code></td></tr>\n");
            }
            h.raw(t.append("</tbody>\n</table>\n").toString());
            if (!s.changes().isEmpty()) {
                h.p(null, "Timed changes during the run (marked on every chart over time):");
                h.bullets("lever-changes", s.changes().stream().map(c -> c.sentence() + " (" + c.path() + ").").toList());
            }
        });
        h.h2("charts", "Charts");
        for (Figure f : figures) {
            h.figure(f.name(), f.title(), f.caption(), svgByName.get(f.name()));
        }
        assumptions(h);
        return h.end("Made by ccgsim from the files of this run folder. The charts are also in charts/ as PNG and SVG.");
    }

    static String meta(RunResults run) {
        MonthlySummary m = run.monthly();
        int last = Math.max(m.lastMonth(), run.summary().toMonth());
        String ccgs = m.isMultiCcg() ? m.ccgs().size() + " CCGs (figures are for all of them together)" : "one CCG";
        return "Simulated " + MonthFormat.longName(0) + " to " + MonthFormat.longName(last) + " (" + (last + 1) + " months), "
                + ccgs + ", " + run.replications() + " replications.";
    }

    static String finalYearLabel(FinalYearSummary s) {
        return MonthFormat.shortName(s.fromMonth()) + " – " + MonthFormat.shortName(s.toMonth());
    }

    private static String headlineTable(RunResults run) {
        String ccg = run.monthly().mainCcg();
        FinalYearSummary s = run.summary();
        StringBuilder t = new StringBuilder("<table class=\"headlines\">\n<thead><tr><th>Measure</th><th>Final year</th><th>How to read it</th></tr></thead>\n<tbody>\n");
        for (String outcome : HEADLINES) {
            Optional<FinalYearSummary.Value> v = s.get(ccg, outcome);
            if (v.isEmpty()) {
                continue;
            }
            FinalYearSummary.Value x = v.get();
            Kind kind = Outcomes.kind(outcome);
            String text = Format.withInterval(outcome, x.mean(), x.low(), x.high(), kind) + unit(outcome, x.aggregate());
            if (outcome.equals("qipp_delivered")) {
                Optional<FinalYearSummary.Value> req = s.get(ccg, "qipp_required");
                if (req.isPresent()) {
                    text += " of " + Format.value(req.get().mean(), Kind.MONEY) + " required";
                }
            }
            t.append("<tr data-outcome=\"").append(Html.esc(outcome)).append("\" data-mean=\"").append(plain(x.mean()))
                    .append("\" data-ci-low=\"").append(plain(x.low())).append("\" data-ci-high=\"").append(plain(x.high()))
                    .append("\"><td>").append(Html.esc(Outcomes.label(outcome))).append("</td><td class=\"num\">")
                    .append(Html.esc(text)).append("</td><td>").append(Html.esc(meaning(outcome, x.aggregate(), s, ccg)))
                    .append("</td></tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    /** A number exactly as it was read, for machines (and tests) that check the table against summary.json. */
    static String plain(double v) {
        return Double.isNaN(v) ? "" : new java.math.BigDecimal(Double.toString(v)).toPlainString();
    }

    static String unit(String outcome, String aggregate) {
        if (outcome.endsWith("_per_1000")) {
            return " per 1,000" + Outcomes.unitSuffix(outcome, aggregate);
        }
        return switch (outcome) {
            case "standoff_months" -> " contract-months";
            case "waiting_list", "breaches_18wk" -> " patients";
            default -> "";
        };
    }

    private static String meaning(String outcome, String aggregate, FinalYearSummary s, String ccg) {
        return switch (outcome) {
            case "engagement_mean" -> "How far practices feel part of the CCG, 0 (not at all) to 1 (fully); averaged over the final year.";
            case "delivery_mean" -> "How well practices carry out the CCG's schemes, 0 to 1; engagement drives it.";
            case "referrals_per_1000" -> "GP referrals to a first outpatient appointment"
                    + ("sum".equals(aggregate) ? ", over the final year." : ", in an average month of the final year.");
            case "ccg_surplus" -> s.get(ccg, "surplus_target")
                    .map(t -> "Money left at the year end; the 1% target was " + Format.value(t.mean(), Kind.MONEY) + ".")
                    .orElse("Money left at the year end (allocation less spend).");
            case "qipp_delivered" -> "Savings from quality, innovation, productivity and prevention schemes by the year end.";
            case "standoff_months" -> "Months that contracts spent unsigned in dispute, added up over all contracts and the whole run.";
            case "waiting_list" -> "Patients waiting from referral to treatment, on average in the final year.";
            case "breaches_18wk" -> "Of them, patients waiting longer than 18 weeks.";
            case "quality_premium" -> "Reward from NHS England for quality measures, awarded in the final year.";
            default -> "";
        };
    }

    private static void assumptions(Html h) {
        h.h2("assumptions", "What the model assumes");
        List<String> items = new ArrayList<>();
        items.add("Time moves in monthly steps from April 2013, when CCGs took over from primary care trusts; financial and contract years run April to March.");
        items.add("Practices' engagement with the CCG drives how well they deliver its schemes. Directive management buys compliance that fades and wears engagement down.");
        items.add("Some figures come from the source articles (the 1% surplus and 2% transformation fund, the £5 a head quality premium and its 12.5% cut per MRSA case, Stoke-on-Trent's 55 practices in 3 localities); others, such as how fast engagement changes, are assumptions.");
        items.add("The model description, docs/ODD.md, lists every parameter with its unit, default and source, or marks it as an assumption.");
        items.add("Each replication is one possible history with its own random seed. The intervals show how precisely the model's average is known, not how sure anyone can be about a real CCG.");
        items.add("The model is a tool for comparing policies, not a forecast for a real CCG.");
        h.bullets(null, items);
    }
}
