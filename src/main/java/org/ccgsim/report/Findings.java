package org.ccgsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ccgsim.chart.MonthFormat;
import org.ccgsim.outcome.Kind;

/**
 * Plain-language sentences generated from the numbers of a run. Each is stated only when its data
 * is present, and its wording follows the numbers (rose, fell, about the same), never a fixed claim.
 */
final class Findings {

    private Findings() {
    }

    static List<String> forRun(RunResults run) {
        List<String> out = new ArrayList<>();
        run.scenario().ifPresent(info -> info.changes().forEach(c -> out.add(c.sentence()
                + " (a timed change of the scenario, marked on the charts): compare the months before and after it.")));
        MonthlySummary m = run.monthly();
        FinalYearSummary s = run.summary();
        String ccg = m.mainCcg();
        String who = m.isMultiCcg() ? "the CCGs" : "the CCG";
        String finalYear = "the final year (" + RunReport.finalYearLabel(s) + ")";

        // Engagement: where it started and where the final year ended up.
        Optional<OutcomeSeries> eng = m.main("engagement_mean");
        Optional<FinalYearSummary.Value> engFinal = s.get(ccg, "engagement_mean");
        if (eng.isPresent() && engFinal.isPresent() && eng.get().size() > 0) {
            double start = eng.get().mean()[0];
            FinalYearSummary.Value f = engFinal.get();
            String verb = f.low() > start ? "rose from" : f.high() < start ? "fell from" : "stayed close to its starting level of";
            out.add("Mean engagement " + verb + " " + Format.value(start, Kind.SHARE) + " in " + MonthFormat.longName(eng.get().months()[0])
                    + (verb.startsWith("stayed") ? ": " : " to ") + Format.withInterval("engagement_mean", f.mean(), f.low(), f.high(), Kind.SHARE)
                    + " in " + finalYear + ".");
        }
        // The leaders' perception against what practices feel.
        m.main("perceived_engagement").ifPresent(p -> eng.ifPresent(e -> {
            double believed = p.averageOver(s.fromMonth(), s.toMonth());
            double actual = e.averageOver(s.fromMonth(), s.toMonth());
            double gap = believed - actual;
            if (!Double.isNaN(gap) && Math.abs(gap) >= 0.005) {
                out.add("In the final year " + (m.isMultiCcg() ? "the CCGs' leaders" : "the CCG's leaders") + " believed engagement was " + Format.value(believed, Kind.SHARE) + ", "
                        + Format.value(Math.abs(gap), Kind.SHARE) + (gap > 0 ? " higher" : " lower") + " than practices' own mean of "
                        + Format.value(actual, Kind.SHARE) + ".");
            }
        }));
        // Activity: the first financial year against the final year.
        if (s.fromMonth() >= 12) {
            activityChange(m, "referrals_per_1000", "GP referrals", s).ifPresent(out::add);
            activityChange(m, "non_elective_per_1000", "Emergency admissions", s).ifPresent(out::add);
        }
        surplusTarget(m, who).ifPresent(out::add);
        // QIPP in the final year.
        Optional<FinalYearSummary.Value> qd = s.get(ccg, "qipp_delivered");
        Optional<FinalYearSummary.Value> qr = s.get(ccg, "qipp_required");
        if (qd.isPresent() && qr.isPresent() && qr.get().mean() > 0) {
            double pct = 100 * qd.get().mean() / qr.get().mean();
            out.add("By " + MonthFormat.longName(s.toMonth()) + " " + who + " had delivered "
                    + Format.withInterval(qd.get().mean(), qd.get().low(), qd.get().high(), Kind.MONEY) + " of QIPP savings against "
                    + Format.value(qr.get().mean(), Kind.MONEY) + " required for the year (" + Format.percent(pct, 0) + ").");
        }
        // Contract stand-off.
        s.get(ccg, "standoff_months").ifPresent(v -> {
            if (v.mean() == 0 && !(v.high() > 0)) {
                out.add("No contract went into stand-off in any replication.");
            } else {
                out.add("Contracts spent on average " + Format.withInterval("standoff_months", v.mean(), v.low(), v.high(), Kind.RATE)
                        + " contract-months in stand-off over the whole run (all of " + (who.endsWith("s") ? who + "'" : who + "'s")
                        + " trust contracts added up).");
            }
        });
        run.tariffTransfer().flatMap(t -> tariffTransfer(t, who)).ifPresent(out::add);
        // Waiting list: first month against the final year.
        m.main("waiting_list").ifPresent(w -> s.get(ccg, "waiting_list").ifPresent(v -> {
            if (w.size() > 0) {
                double start = w.mean()[0];
                String verb = v.low() > start ? "grew from" : v.high() < start ? "shrank from" : "was about the same as its starting";
                out.add("The waiting list " + verb + " " + Format.value(start, Kind.COUNT) + " patients"
                        + (verb.startsWith("was") ? ": " : " to ") + Format.withInterval("waiting_list", v.mean(), v.low(), v.high(), Kind.COUNT)
                        + " on average in the final year.");
            }
        }));
        qualityPremium(m, run.events(), who).ifPresent(out::add);
        return out;
    }

    private static Optional<String> activityChange(MonthlySummary m, String outcome, String name, FinalYearSummary s) {
        return m.main(outcome).flatMap(series -> {
            double first = series.averageOver(0, 11);
            double last = series.averageOver(s.fromMonth(), s.toMonth());
            if (Double.isNaN(first) || Double.isNaN(last) || first == 0) {
                return Optional.empty();
            }
            double pct = 100 * (last - first) / first;
            String change = Math.abs(pct) < 0.5 ? "about the same" : (pct > 0 ? "up " : "down ") + Format.percent(Math.abs(pct), 1);
            return Optional.of(name + " averaged " + Format.value(first, Kind.RATE) + " per 1,000 patients a month in "
                    + MonthFormat.financialYear(0) + " and " + Format.value(last, Kind.RATE) + " in the final year (" + change + ").");
        });
    }

    /**
     * What the CCG paid its hospitals against national tariff in the first and the final complete financial year: below
     * it by the contract measures its trusts accepted, above it where trusts won a price above tariff, either way under a
     * block contract whose value differs from its activity's.
     */
    static Optional<String> tariffTransfer(TariffTransfer t, String who) {
        if (t.size() == 0) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("Against national tariff, " + who + " paid " + (who.endsWith("s") ? "their" : "its") + " hospitals ");
        b.append(againstTariff(t, 0)).append(" in ").append(MonthFormat.financialYear(12 * t.years()[0]));
        int last = t.size() - 1;
        if (last > 0) {
            b.append(" and ").append(againstTariff(t, last)).append(" in ").append(MonthFormat.financialYear(12 * t.years()[last]));
        }
        return Optional.of(b.append(" (payments less the same activity priced at national tariff: contract measures the trusts accepted")
                .append(" put it below, prices won above tariff put it above, and a block contract pays its value whatever the activity).").toString());
    }

    private static String againstTariff(TariffTransfer t, int i) {
        double mean = t.mean()[i], low = t.low()[i], high = t.high()[i];
        if (low <= 0 && high >= 0 || Double.isNaN(low) && Math.abs(mean) < 0.5) {
            double scale = Math.max(Math.abs(mean), Double.isNaN(low) ? 0 : Math.max(Math.abs(low), Math.abs(high)));
            String interval = Double.isNaN(low) ? "" : "; 95% interval " + Format.scaled(low, Kind.MONEY, scale) + " to " + Format.scaled(high, Kind.MONEY, scale);
            return "about what tariff would pay (" + Format.signed(mean, Kind.MONEY, scale) + interval + ")";
        }
        String amount = Format.withInterval(Math.abs(mean), mean < 0 ? -high : low, mean < 0 ? -low : high, Kind.MONEY);
        return amount + (mean < 0 ? " less" : " more");
    }

    /** Year ends (March rows) where the mean year-to-date surplus was below the 1% target. */
    private static Optional<String> surplusTarget(MonthlySummary m, String who) {
        Optional<OutcomeSeries> surplus = m.main("ccg_surplus");
        Optional<OutcomeSeries> target = m.main("surplus_target");
        if (surplus.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        int years = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < surplus.get().size(); i++) {
            int month = surplus.get().months()[i];
            int j = target.get().indexOf(month);
            if (Math.floorMod(month, 12) != 11 || j < 0) {
                continue;
            }
            years++;
            if (surplus.get().mean()[i] < target.get().mean()[j]) {
                missed.add(MonthFormat.financialYear(month));
            }
        }
        if (years == 0) {
            return Optional.empty();
        }
        String yearWord = years == 1 ? " financial year" : " financial years";
        if (missed.isEmpty()) {
            return Optional.of("On average " + who + " met the 1% surplus target at the end of all " + years + yearWord + ".");
        }
        return Optional.of("On average " + who + " missed the 1% surplus target in " + missed.size() + " of " + years + yearWord
                + " (" + String.join(", ", missed) + ").");
    }

    private static Optional<String> qualityPremium(MonthlySummary m, Optional<EventLog> events, String who) {
        return m.main("quality_premium").flatMap(qp -> {
            double sum = 0;
            int years = 0;
            for (int i = 0; i < qp.size(); i++) {
                if (Math.floorMod(qp.months()[i], 12) == 11) {
                    sum += qp.mean()[i];
                    years++;
                }
            }
            if (years == 0) {
                return Optional.empty();
            }
            String s = "The quality premium averaged " + Format.value(sum / years, Kind.MONEY) + " a year over " + years
                    + (years == 1 ? " financial year" : " financial years");
            double potential = events.map(EventLog::meanPotential).orElse(Double.NaN);
            if (!Double.isNaN(potential) && potential > 0) {
                s += ", out of a potential of about " + Format.value(potential, Kind.MONEY);
                var cuts = events.get().meanCutsPct();
                if (!cuts.isEmpty()) {
                    var top = cuts.entrySet().iterator().next();
                    s += "; the largest cut came from " + top.getKey() + " (" + Format.percent(top.getValue(), 0) + " of the potential on average)";
                }
            }
            return Optional.of(s + ".");
        });
    }
}
