package org.ccgsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccgsim.chart.Band;
import org.ccgsim.chart.BandChart;
import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.EventMarks;
import org.ccgsim.chart.Charts;
import org.ccgsim.chart.MonthFormat;

/** Which charts a run gets, each drawn from the run's files only. Charts whose data is missing are left out. */
public final class RunCharts {

    /** Most CCG-trust pairs the contract timeline shows before it gets unreadable. */
    static final int MAX_TIMELINE_ROWS = 40;
    /** Most CCGs drawn with their own colour and legend entry; beyond this they are thin grey lines. */
    static final int MAX_NAMED_CCGS = 7;

    private RunCharts() {
    }

    public static List<Figure> build(RunResults run) {
        List<Figure> figures = new ArrayList<>();
        MonthlySummary m = run.monthly();
        String note = ChartTheme.runNote(run.scenarioName(), run.replications());
        String ccgNote = m.isMultiCcg() ? "All " + m.ccgs().size() + " CCGs together" : null;

        engagement(m, note, ccgNote).ifPresent(figures::add);
        if (m.isMultiCcg()) {
            engagementByCcg(m, run.scenarioName(), run.replications()).ifPresent(figures::add);
        }
        activity(m, note, ccgNote).ifPresent(figures::add);
        pair(m, "spend", "CCG spend against allocation", "£ per month", "ccg_spend", "Spend", ChartTheme.VERMILLION,
                "ccg_allocation", "Allocation", false, false, note, ccgNote,
                "Each month's spend (solid) against the money received (dashed); spend above the dashed line eats into the surplus.")
                .ifPresent(figures::add);
        pair(m, "surplus", "Surplus so far this financial year against the 1% target", "£ (year to date, resets each April)",
                "ccg_surplus", "Surplus, year to date", ChartTheme.BLUE, "surplus_target", "1% surplus target", true, true, note, ccgNote,
                "The solid line is the surplus built up since April; where it ends a year (March) below the dashed target line, the 1% target was missed.")
                .ifPresent(figures::add);
        pair(m, "qipp", "QIPP savings delivered against the year's requirement", "£ (financial year to date)",
                "qipp_delivered", "QIPP delivered, year to date", ChartTheme.BLUISH_GREEN, "qipp_required", "QIPP required for the year",
                false, true, note, ccgNote,
                "Savings delivered build up from each April (solid); by March they should reach the year's requirement (dashed).")
                .ifPresent(figures::add);
        run.contracts().ifPresent(c -> contractTimeline(c, run.scenarioName()).ifPresent(figures::add));
        m.main("contracts_in_standoff").ifPresent(s -> figures.add(new Figure("standoff",
                "How many of the CCG's hospital contracts were unsigned and in dispute each month, averaged over replications.",
                BandChart.overTime("Contracts in stand-off", "contracts (mean across replications)", false)
                        .band(s.band("Contracts in stand-off"), ChartTheme.VERMILLION).includeZero().build(note, ccgNote))));
        hospital(m, note, ccgNote).ifPresent(figures::add);
        run.trusts().filter(t -> !t.isEmpty()).ifPresent(t -> figures.add(new Figure("trust-income",
                "What the trusts were paid each month (solid) against what their plans assumed (dashed); summed over all trusts.",
                BandChart.overTime("Trust income against plan", "£ per month, all trusts", true)
                        .band(t.band("income", "Income"), ChartTheme.BLUE)
                        .dashed(t.band("plan_income", "Planned income").relabel("Planned income"), ChartTheme.TEXT)
                        .build(note))));
        run.trusts().filter(t -> !t.isEmpty()).ifPresent(t -> figures.add(new Figure("trust-surplus",
                "The hospitals' surplus built up since April, summed over all trusts (resets each April); below zero, they are heading "
                        + "for a deficit, which makes them resist the CCG's savings and ask more at the next contract round.",
                BandChart.overTime("Hospitals' surplus so far this financial year", "£ (year to date, all trusts)", true)
                        .splitByFinancialYear().includeZero()
                        .band(t.band("surplus", "Trusts' surplus, year to date"), ChartTheme.VERMILLION)
                        .zeroLine()
                        .build(note))));
        qualityPremium(m, note, ccgNote).ifPresent(figures::add);
        run.events().ifPresent(e -> premiumCuts(e, run.scenarioName()).ifPresent(figures::add));
        List<EventMarks.Mark> marks = run.scenario().map(info -> info.changes().stream()
                .map(c -> new EventMarks.Mark(c.month(), MonthFormat.shortName(c.month()) + ": " + c.value())).toList()).orElse(List.of());
        for (Figure f : figures) EventMarks.addTo(f.chart(), marks);
        return figures;
    }

    private static Optional<Figure> engagement(MonthlySummary m, String note, String ccgNote) {
        Optional<OutcomeSeries> mean = m.main("engagement_mean");
        if (mean.isEmpty()) {
            return Optional.empty();
        }
        BandChart c = BandChart.overTime("GP engagement with the CCG", "engagement (0 = none, 1 = full)", false);
        Optional<OutcomeSeries> p25 = m.main("engagement_p25");
        Optional<OutcomeSeries> p75 = m.main("engagement_p75");
        if (p25.isPresent() && p75.isPresent() && p25.get().size() == p75.get().size()) {
            c.lightBand(new Band("Middle half of practices (25th-75th percentile)", p25.get().x(), mean.get().mean(),
                    p25.get().mean(), p75.get().mean()), ChartTheme.BLUE);
        }
        c.band(mean.get().band("Mean engagement of practices"), ChartTheme.BLUE);
        m.main("perceived_engagement").ifPresent(p -> c.dashed(p.line("What the CCG's leaders believe it is"), ChartTheme.VERMILLION));
        return Optional.of(new Figure("engagement",
                "The solid line is practices' mean engagement with its 95% band; the pale band shows where the middle half of practices lie; "
                        + "the dashed line is what the CCG's leaders believe, so a gap between them is a blind spot.",
                c.build(note, ccgNote)));
    }

    private static Optional<Figure> engagementByCcg(MonthlySummary m, String scenario, int reps) {
        List<String> ccgs = m.ccgs();
        BandChart c = BandChart.overTime("GP engagement by CCG", "mean engagement (0 = none, 1 = full)", false);
        boolean many = ccgs.size() > MAX_NAMED_CCGS;
        int i = 0;
        for (String ccg : ccgs) {
            Optional<OutcomeSeries> s = m.series(ccg, "engagement_mean");
            if (s.isEmpty()) {
                continue;
            }
            if (many) {
                c.thin(s.get().line(i == 0 ? "Each CCG" : null), new Color(0xA0, 0xA0, 0xA0));
            } else {
                c.line(s.get().line(ccg), ChartTheme.color(i));
            }
            i++;
        }
        if (i == 0) {
            return Optional.empty();
        }
        m.series(MonthlySummary.ALL, "engagement_mean").ifPresent(s -> c.dashed(s.line("All CCGs"), ChartTheme.BLACK));
        String note = "Scenario: " + scenario + " · " + reps + " replications · mean across replications, no bands";
        return Optional.of(new Figure("engagement-by-ccg",
                "One line per CCG (mean across replications); the dashed black line is the whole economy.", c.build(note)));
    }

    private static Optional<Figure> activity(MonthlySummary m, String note, String ccgNote) {
        // Stacked panels: A&E runs at about four times the referral rate and would flatten the others on one axis.
        String[][] series = {
                {"referrals_per_1000", "GP referrals to outpatients", "referrals"},
                {"non_elective_per_1000", "Emergency admissions", "admissions"},
                {"ae_per_1000", "A&E attendances", "attendances"}};
        Color[] colours = {ChartTheme.BLUE, ChartTheme.VERMILLION, ChartTheme.ORANGE};
        List<BandChart> panels = new ArrayList<>();
        for (int i = 0; i < series.length; i++) {
            Optional<OutcomeSeries> s = m.main(series[i][0]);
            if (s.isPresent()) {
                panels.add(BandChart.overTime(series[i][1], series[i][2], false).band(s.get().band(series[i][1]), colours[i]));
            }
        }
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure("activity",
                "Monthly rates per 1,000 registered patients, one panel each (the scales differ); falling referrals and emergency admissions are what the CCG's schemes aim for.",
                BandChart.stacked("Hospital activity per 1,000 registered patients per month", panels, note, ccgNote),
                ChartTheme.WIDTH, 300 + 230 * panels.size()));
    }

    /** A measured line with its band against a target or allowance line. */
    private static Optional<Figure> pair(MonthlySummary m, String name, String title, String yLabel, String outcome, String label,
                                         Color colour, String reference, String referenceLabel, boolean zero, boolean splitYears, String note,
                                         String ccgNote, String caption) {
        Optional<OutcomeSeries> s = m.main(outcome);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BandChart c = BandChart.overTime(title, yLabel, true);
        if (splitYears) {
            c.splitByFinancialYear().includeZero(); // year-to-date figures start from nothing each April
        }
        c.band(s.get().band(label), colour);
        m.main(reference).ifPresent(r -> c.dashed(r.line(referenceLabel), ChartTheme.TEXT));
        if (zero) {
            c.zeroLine();
        }
        return Optional.of(new Figure(name, caption, c.build(note, ccgNote)));
    }

    private static Optional<Figure> hospital(MonthlySummary m, String note, String ccgNote) {
        Optional<OutcomeSeries> waiting = m.main("waiting_list");
        Optional<OutcomeSeries> breaches = m.main("breaches_18wk");
        if (waiting.isEmpty() && breaches.isEmpty()) {
            return Optional.empty();
        }
        BandChart c = BandChart.overTime("Waiting list and 18-week breaches", "patients", false).includeZero();
        waiting.ifPresent(w -> c.band(w.band("Waiting list (referral to treatment)"), ChartTheme.BLUE));
        breaches.ifPresent(b -> c.band(b.band("Waiting more than 18 weeks"), ChartTheme.VERMILLION));
        return Optional.of(new Figure("hospital",
                "Patients waiting for hospital treatment (blue) and, of them, those waiting longer than the 18-week standard (red).",
                c.build(note, ccgNote)));
    }

    private static Optional<Figure> qualityPremium(MonthlySummary m, String note, String ccgNote) {
        Optional<OutcomeSeries> qp = m.main("quality_premium");
        if (qp.isEmpty()) {
            return Optional.empty();
        }
        OutcomeSeries s = qp.get();
        List<String> years = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (Math.floorMod(s.months()[i], 12) == 11) { // awarded in the March row of each financial year
                years.add(MonthFormat.financialYear(s.months()[i]));
                values.add(new double[] {s.mean()[i], s.low()[i], s.high()[i]});
            }
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        double[][] cols = new double[3][years.size()];
        for (int i = 0; i < years.size(); i++) {
            for (int k = 0; k < 3; k++) {
                cols[k][i] = values.get(i)[k];
            }
        }
        return Optional.of(new Figure("quality-premium",
                "The premium awarded for each financial year, mean across replications; the whisker is the 95% interval.",
                Charts.barsWithIntervals("Quality premium earned per financial year", "£ per year", true, years,
                        List.of(new Charts.CategorySeries("Quality premium", cols[0], cols[1], cols[2])),
                        note.replace("shaded band", "whisker"), ccgNote)));
    }

    private static Optional<Figure> premiumCuts(EventLog events, String scenario) {
        Map<String, Double> cuts = events.meanCutsPct();
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>(cuts.keySet());
        double[] v = cuts.values().stream().mapToDouble(Double::doubleValue).toArray();
        return Optional.of(new Figure("quality-premium-cuts",
                "What took money off the quality premium: the average cut for each reason, as a share of the premium the CCG could have earned.",
                Charts.rankedBars("What reduced the quality premium", "average cut, % of the potential premium", false, reasons,
                        List.of("Average cut"), List.of(v),
                        "Scenario: " + scenario + " · averaged over " + events.awards().size() + " awards (all replications and years)")));
    }

    static String stateLabel(String state) {
        return switch (state) {
            case "standoff" -> "stand-off";
            case "inherited" -> "inherited from the PCT";
            default -> state;
        };
    }

    private static Optional<Figure> contractTimeline(ContractTimeline t, String scenario) {
        if (t.pairs().isEmpty()) {
            return Optional.empty();
        }
        int rows = Math.min(t.pairs().size(), MAX_TIMELINE_ROWS);
        List<Charts.Span> spans = new ArrayList<>();
        for (ContractTimeline.Spell s : t.spells()) {
            if (s.pair() < rows) {
                spans.add(new Charts.Span(s.pair(), s.from(), s.toExclusive(), stateLabel(s.state())));
            }
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        colours.put(stateLabel("inherited"), ChartTheme.lighter(ChartTheme.SKY_BLUE, 0.45));
        colours.put(stateLabel("standoff"), ChartTheme.VERMILLION);
        colours.put(stateLabel("arbitrated"), ChartTheme.ORANGE);
        colours.put(stateLabel("signed"), ChartTheme.BLUISH_GREEN);
        for (Charts.Span s : spans) { // states the spec does not name still get a colour
            colours.computeIfAbsent(s.state(), k -> ChartTheme.color(colours.size() + 4));
        }
        String shown = rows < t.pairs().size() ? " · first " + rows + " of " + t.pairs().size() + " CCG–trust pairs" : "";
        int height = Math.max(420, Math.min(2000, 230 + rows * 34));
        return Optional.of(new Figure("contracts",
                "Each row is one CCG–trust contract; read left to right to see when it ran on as inherited from the PCT, was in stand-off (hatched), arbitrated (hatched) or signed. One replication only.",
                Charts.timeline("Contract status, month by month", t.pairs().subList(0, rows), spans, List.copyOf(colours.keySet()),
                        colours, Set.of(stateLabel("standoff"), stateLabel("arbitrated")),
                        "Scenario: " + scenario + " · replication " + t.replication() + " only (one possible history)" + shown),
                ChartTheme.WIDTH, height));
    }
}
