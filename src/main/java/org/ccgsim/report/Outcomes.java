package org.ccgsim.report;

import java.util.Locale;
import java.util.Map;

import org.ccgsim.report.Format.Kind;

/** Plain-language names and number formats of the outcomes a run writes (docs/outputs.md). */
public final class Outcomes {

    /** What an outcome is called in the report and how its numbers are written. */
    public record Info(String label, Kind kind) {
    }

    private static final Map<String, Info> INFO = Map.ofEntries(
            Map.entry("engagement_mean", new Info("Mean GP engagement (0-1)", Kind.SHARE)),
            Map.entry("engagement_p25", new Info("Engagement, lower quartile", Kind.SHARE)),
            Map.entry("engagement_p75", new Info("Engagement, upper quartile", Kind.SHARE)),
            Map.entry("perceived_engagement", new Info("Engagement as the leaders perceive it", Kind.SHARE)),
            Map.entry("feedback_share", new Info("Practices saying the CCG acts on their feedback", Kind.SHARE)),
            Map.entry("delivery_mean", new Info("Practices' delivery of CCG schemes (0-1)", Kind.SHARE)),
            Map.entry("compliance_mean", new Info("Compliance under directive pressure (0-1)", Kind.SHARE)),
            Map.entry("directive_share", new Info("How directive management is (0-1)", Kind.SHARE)),
            Map.entry("referrals_per_1000", new Info("GP referrals per 1,000 patients", Kind.RATE)),
            Map.entry("non_elective_per_1000", new Info("Emergency admissions per 1,000 patients", Kind.RATE)),
            Map.entry("ae_per_1000", new Info("A&E attendances per 1,000 patients", Kind.RATE)),
            Map.entry("elective_referrals", new Info("GP referrals", Kind.COUNT)),
            Map.entry("non_elective_admissions", new Info("Emergency admissions", Kind.COUNT)),
            Map.entry("ae_attendances", new Info("A&E attendances", Kind.COUNT)),
            Map.entry("population", new Info("Registered patients", Kind.COUNT)),
            Map.entry("prescribing_cost", new Info("Prescribing cost", Kind.MONEY)),
            Map.entry("ccg_allocation", new Info("CCG allocation", Kind.MONEY)),
            Map.entry("ccg_spend", new Info("CCG spend", Kind.MONEY)),
            Map.entry("ccg_surplus", new Info("CCG surplus at the year end", Kind.MONEY)),
            Map.entry("surplus_target", new Info("Surplus target (1%)", Kind.MONEY)),
            Map.entry("qipp_required", new Info("QIPP savings required", Kind.MONEY)),
            Map.entry("qipp_delivered", new Info("QIPP savings delivered", Kind.MONEY)),
            Map.entry("fund_spent", new Info("Transformation fund invested", Kind.MONEY)),
            Map.entry("contracts_in_standoff", new Info("Contracts in stand-off", Kind.RATE)),
            Map.entry("standoff_months", new Info("Contract-months in stand-off", Kind.RATE)),
            Map.entry("trust_income", new Info("Trust income from the CCG", Kind.MONEY)),
            Map.entry("trust_surplus", new Info("Trust surplus (CCG's share)", Kind.MONEY)),
            Map.entry("waiting_list", new Info("Patients on the waiting list", Kind.COUNT)),
            Map.entry("breaches_18wk", new Info("Patients waiting over 18 weeks", Kind.COUNT)),
            Map.entry("overdue_follow_ups", new Info("Overdue follow-ups", Kind.COUNT)),
            Map.entry("bed_occupancy", new Info("Bed occupancy", Kind.SHARE)),
            Map.entry("mrsa_cases", new Info("MRSA bloodstream infections", Kind.RATE)),
            Map.entry("quality_premium", new Info("Quality premium earned", Kind.MONEY)),
            Map.entry("at_interventions", new Info("Area Team interventions", Kind.RATE)));

    private Outcomes() {
    }

    public static Info info(String outcome) {
        Info i = INFO.get(outcome);
        if (i != null) {
            return i;
        }
        String label = outcome.replace('_', ' ');
        label = label.isEmpty() ? outcome : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String lower = outcome.toLowerCase(Locale.ROOT);
        Kind kind = lower.contains("cost") || lower.contains("spend") || lower.contains("income") || lower.contains("surplus")
                || lower.contains("qipp") || lower.contains("premium") ? Kind.MONEY : Kind.RATE;
        return new Info(label, kind);
    }

    public static String label(String outcome) {
        return info(outcome).label();
    }

    public static Kind kind(String outcome) {
        return info(outcome).kind();
    }

    /** The label as it reads inside a sentence: "mean GP engagement", but "QIPP savings delivered" keeps its capitals. */
    public static String inSentence(String outcome) {
        String s = label(outcome).replace(" (0-1)", "");
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** Rates per 1,000 are per month when averaged, per year when summed over the final year. */
    public static String unitSuffix(String outcome, String aggregate) {
        if (outcome.endsWith("_per_1000")) {
            return "sum".equals(aggregate) ? " a year" : " a month";
        }
        return "";
    }
}
