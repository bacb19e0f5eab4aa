package org.ccgsim.gui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccgsim.scenario.Months;

/**
 * The end-of-run debrief: what happened, in plain words, from the run's own monthly figures, and
 * the levers it ran with. Nothing here is written in advance: every number comes from the run.
 */
final class Debrief {
    private Debrief() {}

    static String html(String scenario, long seed, List<EconomyFigures> months, Map<String, String> levers, List<String> leverMoves) {
        EconomyFigures first = months.get(0), last = months.get(months.size() - 1);
        StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif;font-size:12pt;margin:8px'>");
        b.append("<h2 style='margin:0'>").append(esc(scenario)).append(", ").append(Months.longLabel(first.month()))
                .append(" to ").append(Months.longLabel(last.month())).append("</h2>");
        b.append("<p>Console seed ").append(seed).append(": this run is replication 0 of <code>./ccgsim run --seed ").append(seed)
                .append("</code>, so its report shows the same numbers.</p><ul>");
        b.append("<li>").append(text(first, last, months)).append("</li>");
        b.append("</ul><h3 style='margin-bottom:2px'>Levers</h3><ul>");
        for (var e : levers.entrySet()) b.append("<li>").append(esc(e.getKey())).append(": ").append(esc(e.getValue())).append("</li>");
        b.append("</ul>");
        if (!leverMoves.isEmpty()) {
            b.append("<h3 style='margin-bottom:2px'>Moved during the run</h3><ul>");
            for (String l : leverMoves) b.append("<li>").append(esc(l)).append("</li>");
            b.append("</ul>");
        }
        return b.append("</body></html>").toString();
    }

    /** The story in sentences, joined by list items. */
    static String text(EconomyFigures first, EconomyFigures last, List<EconomyFigures> months) {
        EconomyFigures low = first, high = first;
        for (EconomyFigures f : months) {
            if (f.engagementMean() < low.engagementMean()) low = f;
            if (f.engagementMean() > high.engagementMean()) high = f;
        }
        String engagement = String.format(Locale.UK, "GP engagement with the CCG went from %.2f to %.2f (lowest %.2f in %s, highest %.2f in %s); "
                        + "at the end the middle half of practices lay between %.2f and %.2f.",
                first.engagementMean(), last.engagementMean(), low.engagementMean(), Months.longLabel(low.month()),
                high.engagementMean(), Months.longLabel(high.month()), last.engagementP25(), last.engagementP75());
        String referrals = String.format(Locale.UK, "GP referrals went from %.1f to %.1f per 1,000 patients a month (%s), emergency admissions from %.1f to %.1f.",
                first.referralsPer1000(), last.referralsPer1000(), change(first.referralsPer1000(), last.referralsPer1000()),
                first.emergencyPer1000(), last.emergencyPer1000());
        String money = String.format(Locale.UK, "In the last month the CCG's surplus for the year to date was £%.1fm against a target of £%.1fm: %s.",
                last.surplusMillions(), last.surplusTargetMillions(),
                last.surplusMillions() >= last.surplusTargetMillions() ? "on target" : last.surplusMillions() >= 0 ? "in surplus but below target" : "in deficit");
        String waiting = String.format(Locale.UK, "The hospital waiting list went from %,d to %,d patients (%s); %,d had waited over 18 weeks at the end.",
                first.waitingList(), last.waitingList(), change(first.waitingList(), last.waitingList()), last.breaches18wk());
        return String.join("</li><li>", engagement, referrals, money, waiting);
    }

    private static String change(double from, double to) {
        if (from == 0) return "no baseline";
        double pct = 100 * (to - from) / from;
        return Math.abs(pct) < 0.5 ? "about the same" : String.format(Locale.UK, "%s %.0f%%", pct > 0 ? "up" : "down", Math.abs(pct));
    }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }
}
