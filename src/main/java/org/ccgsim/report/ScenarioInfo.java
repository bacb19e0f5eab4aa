package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ccgsim.chart.MonthFormat;
import org.ccgsim.scenario.Months;

/** The question, the policy levers and their timed changes, read from the resolved scenario.yaml of a run. */
public record ScenarioInfo(String name, String description, int months, int replications, String seed, List<Lever> levers,
                           List<LeverChange> changes) {

    /** A timed event of the scenario: from {@code month} (0 = April 2013) a lever takes a new setting. */
    public record LeverChange(int month, String label, String value, String path) {
        /** "From April 2014, management style: directive". */
        public String sentence() {
            return "From " + MonthFormat.longName(month) + ", " + Character.toLowerCase(label.charAt(0)) + label.substring(1) + ": " + value;
        }
    }

    /** A policy lever in plain words: what it is, the value in this run, and its path in the scenario file. */
    public record Lever(String label, String value, String path) {
    }

    public static ScenarioInfo read(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<Lever> levers = new ArrayList<>();
        String style = value(root, "ccg", "ccgs", "management.style");
        levers.add(new Lever("Management style", words(style), "ccg.management.style"));
        if (style.contains("mix")) {
            levers.add(new Lever("Directive share of the mix", share(value(root, "ccg", "ccgs", "management.mix")), "ccg.management.mix"));
        }
        levers.add(new Lever("How decisions are put to practices", words(value(root, "ccg", "ccgs", "consultation.mode")),
                "ccg.consultation.mode"));
        levers.add(new Lever("Share of primary-care decisions put to practices",
                share(value(root, "ccg", "ccgs", "consultation.share")), "ccg.consultation.share"));
        levers.add(new Lever("Refuses the contracts inherited from the PCT",
                yesNo(value(root, "ccg", "ccgs", "contracts.refuseInherited")), "ccg.contracts.refuseInherited"));
        levers.add(new Lever("How trusts are paid", words(value(root, "ccg", "ccgs", "contracts.type")), "ccg.contracts.type"));
        levers.add(new Lever("Transformation fund goes to", words(value(root, "ccg", "ccgs", "fund.use")), "ccg.fund.use"));
        levers.add(new Lever("Share of the 2% fund that really exists", share(value(root, "ccg", "ccgs", "fund.available")),
                "ccg.fund.available"));
        levers.add(new Lever("Quality premium is spent on", words(value(root, "ccg", "ccgs", "qualityPremium.use")),
                "ccg.qualityPremium.use"));
        levers.add(new Lever("Area Team style", words(value(root, "areaTeam", "areaTeams", "style")), "areaTeam.style"));
        String arbitration = value(root, "areaTeam", "areaTeams", "arbitrationAfterMonths");
        levers.add(new Lever("Area Team arbitrates a stand-off after",
                arbitration.isEmpty() ? "not stated" : arbitration + " months", "areaTeam.arbitrationAfterMonths"));
        levers.add(new Lever("Talk of abolishing CCGs (0 none, 1 loud)", plain(root.at("/world/abolitionTalk")), "world.abolitionTalk"));
        int months = root.path("months").asInt(0);
        int reps = root.path("replications").asInt(0);
        String seed = root.path("seed").asText("");
        levers.add(new Lever("Months simulated from April 2013", Integer.toString(months), "months"));
        levers.add(new Lever("Replications", Integer.toString(reps), "replications"));
        levers.add(new Lever("Seed", seed, "seed"));
        return new ScenarioInfo(root.path("name").asText(""), root.path("description").asText(""), months, reps, seed,
                List.copyOf(levers), changes(root, levers));
    }

    /** The scenario's timed events, each setting named as the lever table names it (or by its key). */
    private static List<LeverChange> changes(JsonNode root, List<Lever> levers) {
        List<LeverChange> out = new ArrayList<>();
        for (JsonNode event : root.path("events")) {
            int month = Months.parse(event.path("at").asText());
            var fields = event.path("set").fields();
            while (fields.hasNext()) {
                var f = fields.next();
                String path = f.getKey();
                String label = levers.stream().filter(l -> l.path().equals(path)).map(Lever::label).findFirst().orElse(path);
                String v = f.getValue().asText();
                out.add(new LeverChange(month, label, v.matches("[a-z][a-zA-Z-]*") ? words(v) : v, path));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A lever's value: from the single block ({@code ccg}) or, when the scenario lists several
     * ({@code ccgs}), the value they share, or each distinct value with how many hold it.
     */
    private static String value(JsonNode root, String single, String many, String path) {
        String pointer = "/" + path.replace('.', '/');
        JsonNode list = root.path(many);
        if (list.isArray() && list.size() > 0) {
            Map<String, Integer> counts = new TreeMap<>();
            for (JsonNode item : list) {
                JsonNode v = item.at(pointer);
                String s = v.isMissingNode() || v.isNull() ? plain(root.path(single).at(pointer)) : plain(v);
                counts.merge(s, 1, Integer::sum);
            }
            if (counts.size() == 1) {
                return counts.keySet().iterator().next();
            }
            if (counts.size() > 4) return spread(counts, list.size() + " " + switch (many) {
                case "ccgs" -> "CCGs";
                case "areaTeams" -> "Area Teams";
                default -> many;
            });
            StringBuilder sb = new StringBuilder("varies: ");
            counts.forEach((v, n) -> sb.append(v).append(" (").append(n).append(") "));
            return sb.toString().trim();
        }
        return plain(root.path(single).at(pointer));
    }

    /** Many distinct values (a generated England): their range and median for numbers, the commonest few otherwise. */
    private static String spread(Map<String, Integer> counts, String organisations) {
        List<Double> numbers = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            try {
                for (int i = 0; i < e.getValue(); i++) numbers.add(Double.parseDouble(e.getKey()));
            } catch (NumberFormatException notANumber) {
                List<Map.Entry<String, Integer>> common = new ArrayList<>(counts.entrySet());
                common.sort((a, b) -> b.getValue() - a.getValue());
                StringBuilder sb = new StringBuilder("varies: ");
                for (Map.Entry<String, Integer> c : common.subList(0, 3)) sb.append(c.getKey()).append(" (").append(c.getValue()).append(") ");
                return sb.append("and ").append(counts.size() - 3).append(" other values").toString();
            }
        }
        java.util.Collections.sort(numbers);
        int n = numbers.size();
        double median = n % 2 == 1 ? numbers.get(n / 2) : (numbers.get(n / 2 - 1) + numbers.get(n / 2)) / 2;
        return "varies from " + Format.number(numbers.get(0), 2) + " to " + Format.number(numbers.get(n - 1), 2) + " (median "
                + Format.number(median, 2) + " over " + organisations + ")";
    }

    private static String plain(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        return v.asText();
    }

    /** YAML names to words: primaryCare to "primary care", pbr to "payment by results". */
    static String words(String yamlName) {
        if (yamlName.isEmpty()) {
            return "not stated";
        }
        return switch (yamlName) {
            case "pbr" -> "payment by results (tariff)";
            case "block" -> "block contract";
            case "gainshare" -> "gain-share";
            case "engagement" -> "engagement-led";
            case "primaryCare" -> "primary care";
            case "socialCare" -> "social care";
            case "acute" -> "the acute trust";
            case "locality" -> "locality meetings";
            case "virtual" -> "virtual (alongside meetings)";
            default -> yamlName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String share(String number) {
        if (number.isEmpty()) {
            return "not stated";
        }
        try {
            return Format.percent(Double.parseDouble(number) * 100, 0);
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String yesNo(String b) {
        return switch (b) {
            case "true" -> "yes";
            case "false" -> "no";
            case "" -> "not stated";
            default -> b;
        };
    }
}
