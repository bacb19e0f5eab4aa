package org.ccgsim.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ccgsim.validation.CalibrationTarget.Role;
import org.ccgsim.validation.CalibrationTarget.Side;

/**
 * Reads the calibration targets (seeds/targets.yaml). Every problem is reported with the file, the target's
 * line and the field, what was expected and what was found.
 */
public final class CalibrationTargets {
    private CalibrationTargets() {}

    /** The evidence field of a national-context target the ODD cites as an assumption (no source article). */
    public static final String ASSUMPTION = "assumption";

    public static final Path DEFAULT = Path.of("seeds", "targets.yaml");

    private static final Set<String> FIELDS = Set.of("id", "evidence", "scenario", "set", "observable", "statistic", "months",
            "target", "tolerance", "side", "role", "note");

    /** @throws IllegalArgumentException with a message fit for the user */
    public static List<CalibrationTarget> load(Path file, Path scenarios) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new IllegalArgumentException(file + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.path("targets").isArray()) {
            throw new IllegalArgumentException(file + ": expected a top-level 'targets:' list; found " + (root == null ? "an empty file" : root.getNodeType()));
        }
        Set<String> evidenceIds = evidenceIds(file.resolveSibling("evidence.yaml"));
        List<CalibrationTarget> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode n : root.get("targets")) {
            String where = file + ": targets[" + i++ + "]" + (n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "") + ": ";
            CalibrationTarget t = target(n, where, scenarios, evidenceIds);
            if (!ids.add(t.id())) throw new IllegalArgumentException(where + "id '" + t.id() + "' is used twice");
            out.add(t);
        }
        if (out.stream().noneMatch(t -> t.role() == Role.FITTED)) throw new IllegalArgumentException(file + ": no target has role: fitted");
        return List.copyOf(out);
    }

    private static CalibrationTarget target(JsonNode n, String where, Path scenarios, Set<String> evidenceIds) {
        if (!n.isObject()) throw new IllegalArgumentException(where + "expected a mapping; found " + n.getNodeType());
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) throw new IllegalArgumentException(where + "unknown field '" + f + "'; expected one of " + String.join(", ", FIELDS.stream().sorted().toList()));
        });
        String id = text(n, "id", where);
        String evidence = text(n, "evidence", where);
        if (evidenceIds != null && !evidenceIds.contains(evidence) && !evidence.equals(ASSUMPTION)) {
            throw new IllegalArgumentException(where + "evidence: expected an id of seeds/evidence.yaml or '" + ASSUMPTION + "'; found '" + evidence + "'");
        }
        Role role = choice(Role.class, text(n, "role", where), where + "role: ");
        String note = n.path("note").asText("");
        if (role == Role.NOT_MEASURABLE) {
            if (note.isBlank()) throw new IllegalArgumentException(where + "note: a not_measurable target must say what the model lacks");
            return new CalibrationTarget(id, evidence, n.path("scenario").asText(""), List.of(), null, null, new int[0],
                    n.path("target").asDouble(Double.NaN), n.path("tolerance").asDouble(Double.NaN), Side.BOTH, role, note);
        }
        String scenario = text(n, "scenario", where);
        if (scenarios != null && !Files.isRegularFile(scenarios.resolve(scenario + ".yaml"))) {
            throw new IllegalArgumentException(where + "scenario: expected a shipped scenario name (a file " + scenarios.resolve(scenario + ".yaml") + "); found '" + scenario + "'");
        }
        List<String> set = new ArrayList<>();
        if (n.has("set")) {
            if (!n.get("set").isArray()) throw new IllegalArgumentException(where + "set: expected a list of path=value; found " + n.get("set").getNodeType());
            for (JsonNode s : n.get("set")) set.add(s.asText());
        }
        Observable observable;
        Statistic statistic;
        try {
            observable = Observable.parse(text(n, "observable", where));
            statistic = Statistic.parse(text(n, "statistic", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
        }
        JsonNode ms = n.path("months");
        if (!ms.isArray() || ms.size() != statistic.months) {
            throw new IllegalArgumentException(where + "months: statistic " + statistic.yamlName() + " expects a list of " + statistic.months
                    + " month(s); found " + (ms.isMissingNode() ? "nothing" : ms.toString()));
        }
        int[] months = new int[ms.size()];
        for (int k = 0; k < months.length; k++) {
            if (!ms.get(k).canConvertToInt() || ms.get(k).asInt() < 0 || ms.get(k).asInt() > 600) {
                throw new IllegalArgumentException(where + "months: expected whole months 0-600; found " + ms.get(k));
            }
            months[k] = ms.get(k).asInt();
        }
        for (int k = 0; k + 1 < months.length; k += 2) {
            if (months[k] > months[k + 1]) throw new IllegalArgumentException(where + "months: range " + months[k] + "-" + months[k + 1] + " is empty");
        }
        double target = number(n, "target", where);
        double tolerance = number(n, "tolerance", where);
        if (!(tolerance > 0)) throw new IllegalArgumentException(where + "tolerance: expected a positive number; found " + tolerance);
        Side side = n.has("side") ? choice(Side.class, n.get("side").asText(), where + "side: ") : Side.BOTH;
        return new CalibrationTarget(id, evidence, scenario, List.copyOf(set), observable, statistic, months, target, tolerance, side, role, note);
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + field + ": expected a value; found " + (v == null ? "nothing" : v.toString()));
        }
        return v.asText().trim();
    }

    private static double number(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException(where + field + ": expected a number; found " + (v == null ? "nothing" : v.toString()));
        return v.asDouble();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String s, String where) {
        for (E e : type.getEnumConstants()) if (e.name().toLowerCase(Locale.ROOT).equals(s)) return e;
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
        throw new IllegalArgumentException(where + "expected one of " + String.join(", ", names) + "; found '" + s + "'");
    }

    /** The ids of seeds/evidence.yaml, or null when the file is not there (targets outside the repository). */
    static Set<String> evidenceIds(Path evidence) {
        if (!Files.isRegularFile(evidence)) return null;
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(evidence.toFile());
            Set<String> ids = new HashSet<>();
            for (JsonNode e : root.path("evidence")) ids.add(e.path("id").asText());
            return ids;
        } catch (IOException e) {
            return null;
        }
    }
}
