package org.ccgsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every parameter path with its unit, default, valid range, source and meaning, as a Markdown
 * table for docs/ODD.md. {@code docs/parameters.md} holds a copy; {@code ParameterTableTest}
 * checks it is current.
 */
public final class ParameterTable {
    private ParameterTable() {}

    public static String markdown() {
        Scenario defaults = new Scenario();
        Map<ParamPath.Scope, Object> scopeDefaults = Map.of(
                ParamPath.Scope.ROOT, defaults, ParamPath.Scope.CCG, defaults.ccg, ParamPath.Scope.TRUST, defaults.trust,
                ParamPath.Scope.AREA_TEAM, defaults.areaTeam, ParamPath.Scope.PRACTICE, defaults.practice,
                ParamPath.Scope.TARIFF, defaults.tariff, ParamPath.Scope.WORLD, defaults.world, ParamPath.Scope.OUTPUT, defaults.output,
                ParamPath.Scope.GENERATE, defaults.generate);
        StringBuilder b = new StringBuilder();
        b.append("| parameter | unit | default | valid range | source | meaning |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (ParamPath p : ParamPath.all()) {
            Param a = p.param();
            Object value = p.get(scopeDefaults.get(p.scope()));
            b.append("| `").append(p).append("` | ")
                    .append(cell(a == null ? "-" : a.unit())).append(" | ")
                    .append(cell(show(value))).append(" | ")
                    .append(cell(range(p))).append(" | ")
                    .append(cell(a == null || !ScenarioSchema.isModelParameter(p.field()) ? "" : a.source())).append(" | ")
                    .append(cell(a == null ? "" : a.doc())).append(" |\n");
        }
        return b.toString();
    }

    /** The table under a short heading, as committed in docs/parameters.md. */
    public static String document() {
        return "# Scenario parameters\n\n"
                + "Generated from the annotated classes in `org.ccgsim.scenario` (`ParameterTable.main`); do not edit by hand.\n"
                + "Each `ccg.*` parameter can also be set per CCG in an entry of `ccgs` (and in events as `ccgs.<id>.*`);\n"
                + "likewise `trust.*` with `trusts` and `areaTeam.*` with `areaTeams`.\n\n"
                + markdown();
    }

    /** Writes the document to the given file (default docs/parameters.md). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/parameters.md");
        Files.writeString(out, document(), StandardCharsets.UTF_8);
    }

    private static String show(Object v) {
        if (v instanceof Named n) return n.yamlName();
        if (v instanceof Double d) return ParamFields.number(d);
        if (v instanceof Map<?, ?> m) return m.isEmpty() ? "{} (every CCG)" : m.toString();
        if (v instanceof String s) return s.isEmpty() ? "\"\"" : s;
        return String.valueOf(v);
    }

    private static String range(ParamPath p) {
        if (p.enumValues().length > 0) {
            StringBuilder b = new StringBuilder();
            for (Object o : p.enumValues()) b.append(b.length() == 0 ? "" : ", ").append(o);
            return b.toString();
        }
        if (p.fieldType() == boolean.class) return "true, false";
        if (Map.class.isAssignableFrom(p.fieldType())) return "shares 0 to 1, adding to 1 per CCG";
        Param a = p.param();
        if (!p.isNumeric() || a == null) return "";
        boolean lo = a.min() != Double.NEGATIVE_INFINITY, hi = a.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) return ParamFields.number(a.min()) + " to " + ParamFields.number(a.max());
        if (lo) return "at least " + ParamFields.number(a.min());
        if (hi) return "at most " + ParamFields.number(a.max());
        return "any whole number";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
