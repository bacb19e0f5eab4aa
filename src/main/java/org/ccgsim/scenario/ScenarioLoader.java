package org.ccgsim.scenario;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario file: follows {@code extends}, applies {@code --set} overrides, validates every
 * key and value against the annotated parameter classes, merges the defaults blocks ({@code ccg},
 * {@code trust}, {@code areaTeam}) into the organisation lists, resolves references and shares, and
 * binds the result. Problems are collected and reported together, each with file, line and column.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /** Ceilings that keep a hostile or mistaken file from exhausting memory or running for weeks. */
    static final long MAX_TOTAL_PRACTICES = 200_000;
    static final double MAX_PRACTICE_MONTHS = 2e8;
    static final int MAX_ORGANISATIONS = 2_000;
    static final int MAX_EVENTS = 1_000;
    static final int MAX_EXTENDS_DEPTH = 20;
    static final double SHARE_TOLERANCE = 0.001;

    /** Stands in for an event month already reported as the wrong kind of value. */
    static final String REPORTED_MONTH = "\u0000reported";

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    static final ObjectMapper BINDER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static final YAMLMapper SCALARS = YAMLMapper.builder(YamlSource.FACTORY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Loads a scenario file without overrides. */
    public static LoadedScenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * Loads, validates and resolves a scenario file.
     *
     * @param file         the scenario; {@code extends} paths are relative to the file that names them
     * @param setOverrides {@code path=value} strings from {@code --set}, applied in order after {@code extends}
     * @throws ScenarioException listing every problem found (up to {@value Problems#MAX}), one per line
     */
    public static LoadedScenario load(Path file, List<String> setOverrides) throws ScenarioException {
        Scenario scenario = run(file, setOverrides == null ? List.of() : setOverrides);
        String yaml = toYaml(scenario);
        if (yaml.length() > YamlSource.MAX_BYTES) {
            // every output folder holds this text as scenario.yaml, and report and --resume read it back
            throw new ScenarioException(Excerpt.of(file.toString()) + ": with every organisation listed the scenario is "
                    + yaml.length() / 1024 + " KB, more than the " + YamlSource.MAX_BYTES / 1024 / 1024 + " MB a scenario file may be; "
                    + "use fewer organisations");
        }
        return new LoadedScenario(scenario, yaml, sha256(yaml), file);
    }

    /**
     * The scenario as YAML with every field, in declaration order; the text {@link LoadedScenario#resolvedYaml} holds.
     * A generated world appears as its lists, with {@code generate.ccgs: 0}.
     */
    public static String toYaml(Scenario scenario) {
        JsonNode tree = plainNumbers(WRITER.valueToTree(scenario));
        // A generated world is written out in full, organisation by organisation; generate.ccgs 0
        // says the lists are given, so the resolved file loads back to the very same world.
        if (scenario.generate.ccgs > 0) ((ObjectNode) tree.get("generate")).put("ccgs", 0);
        try {
            return WRITER.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write scenario as YAML", e);
        }
    }

    /** Hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whole numbers without a decimal point, others in plain decimal: 320000000 and 0.88, never 3.2E8. */
    static JsonNode plainNumbers(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (Map.Entry<String, JsonNode> e : o.properties()) o.set(e.getKey(), plainNumbers(e.getValue()));
        } else if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) a.set(i, plainNumbers(a.get(i)));
        } else if (n.isFloatingPointNumber()) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return LongNode.valueOf((long) d);
            return DecimalNode.valueOf(BigDecimal.valueOf(d).stripTrailingZeros());
        }
        return n;
    }

    /** One load: the jobs in order, sharing the tree and the problems found. */
    private static Scenario run(Path file, List<String> sets) throws ScenarioException {
        LoadState st = new LoadState(file.toString());
        ExtendsChain.Merged m = ExtendsChain.readChain(file, file.toString(), new ArrayDeque<>(), null);
        st.root = m.tree();
        st.keys.putAll(m.keys());
        st.values.putAll(m.values());
        FieldChecks fields = new FieldChecks(st);
        Overrides overrides = new Overrides(st);
        References references = new References(st);

        // Every check runs even after problems are found (a bad value is reported and dropped, so
        // the defaults stand in for it), so validate reports all of a file's problems in one pass.
        fields.checkGroup(st.root, Scenario.class, "", "");
        for (String s : sets) overrides.applySet(s);

        boolean generated = overrides.generatedWorld();
        if (generated) overrides.checkNoListsBesideGenerator();
        if (generated) st.problems.throwIfAny(); // the generator needs a sound scenario to lay out a world
        for (OrgList l : OrgList.values()) references.materialise(l);

        Scenario s;
        try {
            s = BINDER.treeToValue(st.root, Scenario.class);
        } catch (Exception e) {
            st.problems.throwIfAny();
            throw new ScenarioException(Excerpt.of(st.topLabel) + ": the scenario cannot be read as a whole; check its structure against docs/scenario.schema.json");
        }
        if (generated) {
            for (String[] p : WorldGenerator.problems(s.generate)) st.problems.add(st.valueLoc("/generate/" + p[0]), "generate." + p[0], p[1]);
            st.problems.throwIfAny();
            WorldGenerator.generate(s);
            overrides.applyDeferredSets(s);
        }
        references.checkSizes(s);
        if (references.checkIds(s)) {
            references.resolveAreaTeams(s);
            references.resolveShares(s);
        }
        new EventChecks(st).checkEvents(s);
        st.problems.throwIfAny();
        return s;
    }
}
