package org.ccgsim.report;

import org.ccgsim.outcome.Kind;
import org.ccgsim.outcome.Outcome;

/** How the report words the outcomes of the catalogue ({@link Outcome}: label, kind, unit). */
public final class Outcomes {

    private Outcomes() {
    }

    public static String label(String outcome) {
        return Outcome.of(outcome).label;
    }

    public static Kind kind(String outcome) {
        return Outcome.of(outcome).kind;
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

    /**
     * The period a final-year figure covers, as its aggregate says: a mean of the final year's
     * months, a sum over it, or a running total read at its end; stand-off months run from the
     * start of the run, not from April of the final year.
     */
    public static String period(String outcome, String aggregate) {
        if (Outcome.of(outcome) == Outcome.STANDOFF_MONTHS) {
            return "over the whole run";
        }
        return switch (aggregate) {
            case "sum" -> "over the final year";
            case "last" -> "by the end of the final year";
            default -> "on average in the final year";
        };
    }
}
