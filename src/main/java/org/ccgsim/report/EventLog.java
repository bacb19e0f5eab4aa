package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * events.csv, reduced to what the report uses: how often each type of event happened, and the
 * quality premium awards with what cut them (parsed from details like
 * "potential £1.3m; MRSA 3 cases -37.5%; financial balance met").
 */
public record EventLog(Map<String, Integer> countsByType, int replications, List<PremiumAward> awards) {

    public static final String PREMIUM_AWARD = "quality_premium_award";

    /** One award: its potential in pounds (NaN if not stated) and each cut as a percentage of the potential. */
    public record PremiumAward(int replication, int month, String ccg, double potential, Map<String, Double> cutsPct) {
    }

    private static final Pattern CUT = Pattern.compile("^(.*?)\\s*(-\\s*\\d+(?:\\.\\d+)?)\\s*%$");
    private static final Pattern POTENTIAL = Pattern.compile("(?i)potential\\s*(-?£?\\s*[\\d.,]+\\s*(?:bn|m|k)?)");

    public static EventLog read(Path file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Set<Integer> reps = new TreeSet<>();
        List<PremiumAward> awards = new ArrayList<>();
        try (CSVParser p = Csv.open(file)) {
            for (CSVRecord r : p) {
                String type = Csv.text(r, "type");
                int rep = Csv.integer(r, "replication");
                reps.add(rep);
                counts.merge(type, 1, Integer::sum);
                if (PREMIUM_AWARD.equals(type)) {
                    awards.add(parseAward(rep, Csv.integer(r, "month"), Csv.text(r, "ccg"), Csv.text(r, "detail")));
                }
            }
        }
        return new EventLog(counts, reps.size(), awards);
    }

    static PremiumAward parseAward(int rep, int month, String ccg, String detail) {
        double potential = Double.NaN;
        Map<String, Double> cuts = new TreeMap<>();
        for (String part : detail.split(";")) {
            String s = part.trim();
            Matcher pm = POTENTIAL.matcher(s);
            if (pm.find()) {
                potential = parseMoney(pm.group(1));
                continue;
            }
            Matcher cm = CUT.matcher(s);
            if (cm.matches()) {
                cuts.merge(reason(cm.group(1)), -Double.parseDouble(cm.group(2).replace(" ", "")), Double::sum);
            }
        }
        return new PremiumAward(rep, month, ccg, potential, cuts);
    }

    /** "MRSA 3 cases" and "MRSA 1 case" both become "MRSA": the reason, not the count. */
    static String reason(String text) {
        String r = text.replaceAll("\\b\\d+(\\.\\d+)?\\s*(cases?|breach(es)?)?\\b", " ").replaceAll("[:,]", " ")
                .replaceAll("\\s+", " ").trim();
        return r.isEmpty() ? text.trim() : r;
    }

    /** "£1.3m" to 1300000. */
    static double parseMoney(String text) {
        String t = text.replace("£", "").replace(",", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        double factor = 1;
        if (t.endsWith("bn")) {
            factor = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("m")) {
            factor = 1e6;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("k")) {
            factor = 1e3;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Double.parseDouble(t) * factor;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Mean cut per reason over all awards (an award without that cut counts as zero), largest first. */
    public Map<String, Double> meanCutsPct() {
        Map<String, Double> total = new TreeMap<>();
        for (PremiumAward a : awards) {
            a.cutsPct().forEach((k, v) -> total.merge(k, v, Double::sum));
        }
        Map<String, Double> mean = new java.util.LinkedHashMap<>();
        total.entrySet().stream()
                .sorted((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey()) : Double.compare(y.getValue(), x.getValue()))
                .forEach(e -> mean.put(e.getKey(), e.getValue() / awards.size()));
        return mean;
    }

    /** Mean stated potential over awards, NaN if no award states one. */
    /**
     * The potential quality premium of a year for the whole economy: every CCG's potential at an
     * assessment added up, averaged over replications and assessment years.
     */
    public double meanPotential() {
        Map<Long, Double> byYear = new java.util.HashMap<>();
        for (PremiumAward a : awards) {
            if (!Double.isNaN(a.potential())) byYear.merge(((long) a.replication() << 32) | a.month(), a.potential(), Double::sum);
        }
        if (byYear.isEmpty()) return Double.NaN;
        double sum = 0;
        for (double v : byYear.values()) sum += v;
        return sum / byYear.size();
    }

    /** Events of a type per replication, on average. */
    public double perReplication(String type) {
        return replications == 0 ? 0 : countsByType.getOrDefault(type, 0) / (double) replications;
    }
}
