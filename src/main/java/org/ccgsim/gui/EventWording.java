package org.ccgsim.gui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccgsim.scenario.Months;

/** Model events in plain words for the ticker, e.g. "Jul 2013: stand-off with University Hospital of North Staffordshire opens". */
final class EventWording {
    private static final Pattern STANDOFF = Pattern.compile("^(.*) \\((.+), gap ([0-9.]+)%\\)$");
    private static final Pattern CHANGE = Pattern.compile("^(\\S+) = (.*?)( \\(lever moved in the GUI\\))?$");
    private static final Map<String, String> LEVER_WORDS = Map.ofEntries(
            Map.entry("ccg.management.style", "management style"),
            Map.entry("ccg.management.mix", "directive share of the mix"),
            Map.entry("ccg.consultation.mode", "consultation"),
            Map.entry("ccg.consultation.share", "share of decisions put to practices"),
            Map.entry("ccg.contracts.refuseInherited", "refusing inherited contracts"),
            Map.entry("areaTeam.style", "Area Team style"),
            Map.entry("areaTeam.arbitrationAfterMonths", "months before arbitration"),
            Map.entry("ccg.fund.use", "transformation fund use"),
            Map.entry("ccg.fund.available", "share of the 2% fund that exists"),
            Map.entry("ccg.qualityPremium.use", "quality premium use"),
            Map.entry("world.abolitionTalk", "talk of abolishing CCGs"));

    private EventWording() {}

    /**
     * @param ccgName the CCG's name, or null to leave it out (an economy with one CCG)
     */
    static String line(int month, String ccgName, String type, String detail) {
        String when = month >= 0 ? Months.longLabel(month) : "Before April 2013";
        String who = ccgName == null ? "" : shortName(ccgName) + ": ";
        return when + ": " + who + words(type, detail);
    }

    private static final Pattern POUNDS = Pattern.compile("£(\\d{4,})");

    /** "£936413" reads as "£936,413". */
    static String pounds(String text) {
        Matcher m = POUNDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.format(java.util.Locale.UK, "£%,d", Long.parseLong(m.group(1)))));
        m.appendTail(out);
        return out.toString();
    }

    static String words(String type, String detail) {
        return pounds(rawWords(type, detail));
    }

    private static String rawWords(String type, String detail) {
        switch (type) {
            case "standoff_opened": {
                Matcher m = STANDOFF.matcher(detail);
                if (m.matches()) return "stand-off with " + m.group(2) + " opens. " + m.group(1) + " (gap " + m.group(3) + "%)";
                return "stand-off opens. " + detail;
            }
            case "parameter_change": {
                Matcher m = CHANGE.matcher(detail);
                if (m.matches()) {
                    String what = LEVER_WORDS.getOrDefault(m.group(1), m.group(1));
                    return (m.group(3) != null ? "lever moved: " : "scenario event: ") + what + " is now " + m.group(2);
                }
                return "parameter change: " + detail;
            }
            case "media_story":
                return "in the news. " + detail;
            default:
                return detail;
        }
    }

    /** "NHS Stoke-on-Trent CCG" is "Stoke-on-Trent" in a crowded ticker. */
    static String shortName(String name) {
        String s = name.startsWith("NHS ") ? name.substring(4) : name;
        return s.endsWith(" CCG") ? s.substring(0, s.length() - 4) : s;
    }

    /** Events a teacher will want to point at: drawn in bold. */
    static boolean important(String type) {
        return switch (type) {
            case "standoff_opened", "arbitration", "agreement", "directions", "style_switch", "media_story",
                    "parameter_change", "cqc_breach", "quality_premium_award" -> true;
            default -> false;
        };
    }
}
