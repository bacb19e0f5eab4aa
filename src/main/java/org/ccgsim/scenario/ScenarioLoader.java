package org.ccgsim.scenario;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ccgsim.scenario.ParamFields.BadValue;
import org.ccgsim.scenario.ParamFields.Kind;
import org.ccgsim.scenario.Problems.Loc;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
    private static final String REPORTED_MONTH = "\u0000reported";

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    /** The organisation lists and the defaults block each takes its entries' missing values from. */
    private enum OrgList {
        CCGS("ccg", "ccgs", CcgParams.class, "CCG"),
        TRUSTS("trust", "trusts", TrustParams.class, "trust"),
        AREA_TEAMS("areaTeam", "areaTeams", AreaTeamParams.class, "Area Team");

        final String defaults, list, noun;
        final Class<?> type;

        OrgList(String defaults, String list, Class<?> type, String noun) {
            this.defaults = defaults;
            this.list = list;
            this.type = type;
            this.noun = noun;
        }

        String plural() { return noun + "s"; }
    }

    private static final ObjectMapper BINDER = YAMLMapper.builder()
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

    private static final YAMLMapper SCALARS = YAMLMapper.builder(YamlSource.FACTORY)
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
        Run run = new Run(file.toString());
        Scenario scenario = run.load(file, setOverrides == null ? List.of() : setOverrides);
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
    private static JsonNode plainNumbers(JsonNode n) {
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

    /** One load: the merged tree, where each value came from, and the problems found. */
    private static final class Run {
        final String topLabel;
        final Problems problems = new Problems();
        ObjectNode root;
        final Map<String, Loc> keys = new HashMap<>();
        final Map<String, Loc> values = new HashMap<>();

        Run(String topLabel) {
            this.topLabel = topLabel;
        }

        Scenario load(Path file, List<String> sets) throws ScenarioException {
            Merged m = readChain(file, file.toString(), new ArrayDeque<>(), null);
            root = m.tree;
            keys.putAll(m.keys);
            values.putAll(m.values);

            // Every check runs even after problems are found (a bad value is reported and dropped, so
            // the defaults stand in for it), so validate reports all of a file's problems in one pass.
            checkGroup(root, Scenario.class, "", "");
            for (String s : sets) applySet(s);

            boolean generated = generatedWorld();
            if (generated) checkNoListsBesideGenerator();
            if (generated) problems.throwIfAny(); // the generator needs a sound scenario to lay out a world
            for (OrgList l : OrgList.values()) materialise(l);

            Scenario s;
            try {
                s = BINDER.treeToValue(root, Scenario.class);
            } catch (Exception e) {
                problems.throwIfAny();
                throw new ScenarioException(topLabel + ": the scenario cannot be read as a whole; check its structure against docs/scenario.schema.json");
            }
            if (generated) {
                for (String[] p : WorldGenerator.problems(s.generate)) problems.add(valueLoc("/generate/" + p[0]), "generate." + p[0], p[1]);
                problems.throwIfAny();
                WorldGenerator.generate(s);
                applyDeferredSets(s);
            }
            checkSizes(s);
            if (checkIds(s)) {
                resolveAreaTeams(s);
                resolveShares(s);
            }
            checkEvents(s);
            problems.throwIfAny();
            return s;
        }

        // ---------------------------------------------------------------- extends

        private record Merged(ObjectNode tree, Map<String, Loc> keys, Map<String, Loc> values) {}

        private Merged readChain(Path file, String label, Deque<Path> chain, Loc namedAt) throws ScenarioException {
            Path real = file.toAbsolutePath().normalize();
            if (chain.contains(real)) {
                List<String> names = new ArrayList<>();
                for (Path p : chain) names.add(p.getFileName().toString());
                java.util.Collections.reverse(names);
                names.add(real.getFileName().toString());
                throw new ScenarioException(namedAt + ": field 'extends': the files extend each other in a circle: "
                        + String.join(" -> ", names) + "; one of them must stop extending");
            }
            if (chain.size() >= MAX_EXTENDS_DEPTH) {
                throw new ScenarioException(namedAt + ": field 'extends': more than " + MAX_EXTENDS_DEPTH + " files extend one another");
            }
            if (namedAt != null && !Files.isRegularFile(file)) {
                throw new ScenarioException(namedAt + ": field 'extends': cannot find '" + label + "' (paths in extends are relative to "
                        + "the file that names them)");
            }
            YamlSource src;
            try {
                src = YamlSource.readFile(file, label);
            } catch (YamlSource.Fatal f) {
                if (namedAt != null && f.getMessage().startsWith("a scenario file must be a mapping")) {
                    throw new ScenarioException(namedAt + ": field 'extends': '" + label + "' is not a ccgsim scenario file; "
                            + "extends can only name a scenario");
                }
                throw new ScenarioException(f.loc + ": " + f.getMessage());
            }
            ObjectNode tree = src.root;
            if (namedAt != null) {
                // a file named by extends is read only if it is a scenario: its content is never quoted otherwise
                Set<String> allowed = ParamFields.fields(Scenario.class).keySet();
                for (String key : iterable(tree)) {
                    if (!allowed.contains(key) && !key.equals("extends")) {
                        throw new ScenarioException(namedAt + ": field 'extends': '" + label + "' is not a ccgsim scenario file "
                                + "(its top-level keys are not scenario keys); extends can only name a scenario");
                    }
                }
            }
            JsonNode ext = tree.remove("extends");
            if (ext == null || ext.isNull()) return new Merged(tree, src.keys, src.values);
            if (!ext.isTextual() || ext.asText().isBlank()) {
                throw new ScenarioException(src.keys.get("/extends") + ": field 'extends': expected the path of another scenario file, "
                        + "e.g. baseline.yaml; found " + ParamFields.found(ext));
            }
            String target = ext.asText();
            Loc extAt = src.values.get("/extends");
            if (Excerpt.hasNulOrLoneSurrogate(target)) {
                throw new ScenarioException(extAt + ": field 'extends': the path holds a character no file name can (a NUL or a broken "
                        + "surrogate); name a .yaml scenario file");
            }
            String lower = target.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
                throw new ScenarioException(extAt + ": field 'extends': can only name a scenario file ending in .yaml or .yml; "
                        + "other files are not read");
            }
            Path parent = file.getParent();
            Path basePath;
            try {
                basePath = parent == null ? Path.of(target) : parent.resolve(target).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new ScenarioException(extAt + ": field 'extends': not a usable file path; name a .yaml scenario file");
            }
            chain.push(real);
            Merged base = readChain(basePath, basePath.toString(), chain, src.values.get("/extends"));
            chain.pop();
            Set<String> replaced = new LinkedHashSet<>();
            ObjectNode merged = merge(base.tree, tree, Scenario.class, "", replaced);
            Map<String, Loc> k = overlay(base.keys, replaced, src.keys);
            Map<String, Loc> v = overlay(base.values, replaced, src.values);
            return new Merged(merged, k, v);
        }

        /** Base positions, minus those under replaced values, then all of the overlay's. */
        private static Map<String, Loc> overlay(Map<String, Loc> base, Set<String> replaced, Map<String, Loc> over) {
            Map<String, Loc> out = new HashMap<>();
            for (Map.Entry<String, Loc> e : base.entrySet()) if (!underAny(e.getKey(), replaced)) out.put(e.getKey(), e.getValue());
            out.putAll(over);
            return out;
        }

        private static boolean underAny(String ptr, Set<String> prefixes) {
            for (String p = ptr; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (prefixes.contains(p)) return true;
                if (p.isEmpty()) return false;
            }
        }

        // ---------------------------------------------------------------- validation of the tree

        private Loc keyLoc(String ptr) {
            Loc l = keys.get(ptr);
            return l != null ? l : valueLoc(ptr);
        }

        private Loc valueLoc(String ptr) {
            for (String p = ptr; ; p = p.substring(0, p.lastIndexOf('/'))) {
                Loc l = values.get(p);
                if (l != null) return l;
                l = keys.get(p);
                if (l != null) return l;
                if (p.isEmpty()) return Loc.of(topLabel);
            }
        }

        private void checkGroup(ObjectNode node, Class<?> type, String ptr, String disp) {
            Map<String, Field> fields = ParamFields.fields(type);
            for (String name : new ArrayList<>(iterable(node))) {
                String child = ptr + "/" + YamlSource.escape(name);
                String childDisp = disp.isEmpty() ? name : disp + "." + name;
                Field f = fields.get(name);
                if (f == null) {
                    String hint = ParamFields.didYouMean(name, fields.keySet());
                    if (hint.isEmpty()) {
                        hint = "; the keys allowed " + (disp.isEmpty() ? "at the top level" : "under '" + disp + "'") + " are: "
                                + String.join(", ", fields.keySet());
                    }
                    problems.add(keyLoc(child), null, "unknown key '" + name + "'" + (disp.isEmpty() ? "" : " under '" + disp + "'") + hint);
                    node.remove(name); // reported; the rest of the file is still checked
                    continue;
                }
                checkValue(node, name, f, child, childDisp);
            }
        }

        private static List<String> iterable(ObjectNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private void checkValue(ObjectNode parent, String name, Field f, String ptr, String disp) {
            JsonNode v = parent.get(name);
            Kind kind = ParamFields.kind(f);
            Param p = f.getAnnotation(Param.class);
            if (v.isNull() && (kind == Kind.GROUP || kind == Kind.LIST || kind == Kind.MAP)) {
                parent.remove(name); // "ccg:" with nothing under it means "the defaults"
                return;
            }
            switch (kind) {
                case GROUP -> {
                    if (v instanceof ObjectNode o) checkGroup(o, f.getType(), ptr, disp);
                    else dropped(parent, name, ptr, disp, f.getType(), p, v);
                }
                case LIST -> {
                    if (!(v instanceof ArrayNode a)) {
                        dropped(parent, name, ptr, disp, f.getType(), p, v);
                        return;
                    }
                    int max = f.getName().equals("events") ? MAX_EVENTS : MAX_ORGANISATIONS;
                    if (a.size() > max) {
                        problems.add(keyLoc(ptr), disp, "a list of " + a.size() + " entries; at most " + max + " are allowed");
                        return;
                    }
                    Class<?> element = ParamFields.elementType(f);
                    for (int i = 0; i < a.size(); i++) {
                        String ep = ptr + "/" + i, ed = disp + "[" + i + "]";
                        if (a.get(i) instanceof ObjectNode o) checkGroup(o, element, ep, ed);
                        else problems.add(valueLoc(ep), ed, "expected " + ParamFields.expected(element, null) + "; found "
                                + ParamFields.found(a.get(i)));
                    }
                }
                case MAP -> {
                    if (!(v instanceof ObjectNode o)) {
                        dropped(parent, name, ptr, disp, f.getType(), p, v);
                        return;
                    }
                    if (f.getName().equals("serves")) checkShares(o, ptr, disp);
                    // events' set is checked once the ids and months are known
                }
                default -> checkScalar(parent, name, f, p, v, ptr, disp);
            }
        }

        private void checkShares(ObjectNode serves, String ptr, String disp) {
            for (String ccg : iterable(serves)) {
                String sp = ptr + "/" + YamlSource.escape(ccg);
                try {
                    ParamFields.coerce(double.class, ParamPath.SHARE, serves.get(ccg));
                } catch (BadValue e) {
                    problems.add(e.aboutValue ? valueLoc(sp) : keyLoc(sp), disp + "." + ccg, e.getMessage());
                    serves.remove(ccg);
                }
            }
        }

        private void checkScalar(ObjectNode parent, String name, Field f, Param p, JsonNode v, String ptr, String disp) {
            Kind kind = ParamFields.kind(f);
            if (f.getDeclaringClass() == EventSpec.class && name.equals("at")) {
                if (!(v.isTextual() || v.isIntegralNumber())) {
                    problems.add(keyLoc(ptr), disp, "expected a month as YYYY-MM (from 2013-04) or a month number; found "
                            + ParamFields.found(v));
                    parent.put(name, REPORTED_MONTH);
                }
                return; // checked against months once they are known
            }
            boolean typeOk = switch (kind) {
                case INTEGER, NUMBER -> v.isNumber();
                case BOOLEAN -> v.isBoolean();
                case ENUM -> v.isTextual();
                case STRING -> v.isValueNode() && !v.isNull();
                default -> false;
            };
            if (!typeOk) {
                dropped(parent, name, ptr, disp, f.getType(), p, v);
                return;
            }
            try {
                Object value = ParamFields.coerce(f.getType(), p, v);
                if (kind == Kind.STRING && !v.isTextual()) parent.put(name, (String) value); // "id: 5" means the text "5"
            } catch (BadValue e) {
                problems.add(e.aboutValue ? valueLoc(ptr) : keyLoc(ptr), disp, e.getMessage());
                parent.remove(name);
            }
        }

        /** Reports a value of the wrong type and drops it, so the default stands in while the rest is checked. */
        private void dropped(ObjectNode parent, String name, String ptr, String disp, Class<?> type, Param p, JsonNode found) {
            problems.add(keyLoc(ptr), disp, "expected " + ParamFields.expected(type, p) + "; found " + ParamFields.found(found));
            parent.remove(name);
        }

        // ---------------------------------------------------------------- --set

        /** --set values for one generated organisation (ccgs.<id>.x), applied once the world is laid out. */
        private record DeferredSet(ParamPath path, Object value, Loc at) {}
        private final List<DeferredSet> deferredSets = new ArrayList<>();

        private boolean generatedWorld() {
            return root.path("generate").path("ccgs").asInt(0) > 0;
        }

        private void checkNoListsBesideGenerator() {
            for (OrgList l : OrgList.values()) {
                if (root.get(l.list) instanceof ArrayNode a && !a.isEmpty()) {
                    problems.add(keyLoc("/" + l.list), l.list, "generate.ccgs is " + root.path("generate").path("ccgs").asInt()
                            + ", so the " + l.plural() + " are generated; remove the " + l.list + " list (put shared values in the "
                            + l.defaults + " block) or set generate.ccgs to 0");
                }
            }
        }

        private void applyDeferredSets(Scenario s) {
            for (DeferredSet d : deferredSets) {
                if (d.path.targets(s).isEmpty()) {
                    OrgList l = orgList(d.path.scope());
                    List<String> ids = switch (l) {
                        case CCGS -> s.ccgs.stream().map(c -> c.id).toList();
                        case TRUSTS -> s.trusts.stream().map(t -> t.id).toList();
                        case AREA_TEAMS -> s.areaTeams.stream().map(a -> a.id).toList();
                    };
                    problems.add(d.at, d.path.toString(), "no generated " + l.noun + " has id '" + d.path.targetId() + "'"
                            + ParamFields.didYouMean(d.path.targetId(), ids) + "; they run from " + ids.get(0) + " to " + ids.get(ids.size() - 1));
                } else {
                    d.path.applyTo(s, d.value);
                }
            }
        }

        private void applySet(String arg) {
            Loc at = Loc.of("--set " + Excerpt.of(arg));
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                problems.add(at, null, "expected path=value, e.g. --set ccg.management.style=directive");
                return;
            }
            String pathText = arg.substring(0, eq).trim();
            ParamPath path;
            try {
                path = ParamPath.parse(pathText);
            } catch (IllegalArgumentException e) {
                problems.add(at, null, e.getMessage());
                return;
            }
            Object value;
            try {
                value = path.coerce(parseScalar(arg.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                problems.add(at, path.toString(), e.getMessage());
                return;
            }
            if (path.scope().hasId() && generatedWorld()) {
                deferredSets.add(new DeferredSet(path, value, at));
                return;
            }
            JsonNode node = plainNumbers(BINDER.valueToTree(value));
            List<List<String>> targets = setTargets(path, at);
            for (List<String> segs : targets) {
                ObjectNode o = root;
                StringBuilder ptr = new StringBuilder();
                for (int i = 0; i < segs.size() - 1; i++) {
                    String s = segs.get(i);
                    ptr.append('/').append(YamlSource.escape(s));
                    JsonNode next = o.get(s);
                    if (next instanceof ArrayNode a) {
                        String idx = segs.get(++i);
                        ptr.append('/').append(idx);
                        next = a.get(Integer.parseInt(idx));
                    }
                    if (!(next instanceof ObjectNode)) {
                        next = o.putObject(s);
                    }
                    o = (ObjectNode) next;
                }
                String leaf = segs.get(segs.size() - 1);
                ptr.append('/').append(YamlSource.escape(leaf));
                o.set(leaf, node.deepCopy());
                String p = ptr.toString();
                keys.keySet().removeIf(k -> k.startsWith(p + "/"));
                values.keySet().removeIf(k -> k.startsWith(p + "/"));
                keys.put(p, at);
                values.put(p, at);
            }
        }

        /** A --set value is one YAML scalar ("24", "directive", "true"); a mapping is allowed for serves. */
        private static JsonNode parseScalar(String text) {
            if (text.isBlank()) return JsonNodeFactory.instance.textNode(text.strip());
            try {
                JsonNode n = SCALARS.readTree(text);
                return n == null ? JsonNodeFactory.instance.textNode(text) : n;
            } catch (Exception e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }

        /** The tree locations a --set writes: for ccg.x the defaults block and every entry of ccgs, so it applies to all. */
        private List<List<String>> setTargets(ParamPath path, Loc at) {
            List<String> rel = path.fieldNames();
            List<List<String>> out = new ArrayList<>();
            switch (path.scope()) {
                case ROOT -> out.add(rel);
                case CCG, TRUST, AREA_TEAM -> {
                    OrgList l = orgList(path.scope());
                    out.add(concat(List.of(l.defaults), rel));
                    if (root.get(l.list) instanceof ArrayNode a) {
                        for (int i = 0; i < a.size(); i++) out.add(concat(List.of(l.list, String.valueOf(i)), rel));
                    }
                }
                case CCG_ID, TRUST_ID, AREA_TEAM_ID -> {
                    OrgList l = orgList(path.scope());
                    List<String> ids = new ArrayList<>();
                    if (root.get(l.list) instanceof ArrayNode a && !a.isEmpty()) {
                        for (int i = 0; i < a.size(); i++) {
                            String id = effectiveId(l, a.get(i));
                            ids.add(id);
                            if (id.equals(path.targetId())) out.add(concat(List.of(l.list, String.valueOf(i)), rel));
                        }
                    } else {
                        String id = effectiveId(l, null);
                        ids.add(id);
                        if (id.equals(path.targetId())) out.add(concat(List.of(l.defaults), rel));
                    }
                    if (out.isEmpty()) {
                        problems.add(at, path.toString(), "no " + l.noun + " has id '" + path.targetId() + "'"
                                + ParamFields.didYouMean(path.targetId(), ids) + "; the " + l.plural() + " are: " + String.join(", ", ids));
                    }
                }
                default -> out.add(concat(List.of(path.scope().prefix()), rel));
            }
            return out;
        }

        private String effectiveId(OrgList l, JsonNode entry) {
            if (entry != null && entry.get("id") != null && entry.get("id").isValueNode()) return entry.get("id").asText();
            JsonNode d = root.get(l.defaults);
            if (d != null && d.get("id") != null && d.get("id").isValueNode()) return d.get("id").asText();
            return switch (l) {
                case CCGS -> new CcgParams().id;
                case TRUSTS -> new TrustParams().id;
                case AREA_TEAMS -> new AreaTeamParams().id;
            };
        }

        private static OrgList orgList(ParamPath.Scope s) {
            return switch (s) {
                case CCG, CCG_ID -> OrgList.CCGS;
                case TRUST, TRUST_ID -> OrgList.TRUSTS;
                default -> OrgList.AREA_TEAMS;
            };
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        // ---------------------------------------------------------------- defaults blocks into lists

        /** Every entry of ccgs gets the ccg block's values it does not set itself; no ccgs means one CCG from the block. */
        private void materialise(OrgList l) {
            ObjectNode defaults = root.get(l.defaults) instanceof ObjectNode o ? o : root.putObject(l.defaults);
            ArrayNode list = root.get(l.list) instanceof ArrayNode a ? a : root.putArray(l.list);
            if (list.isEmpty()) list.add(JsonNodeFactory.instance.objectNode());
            String from = "/" + l.defaults;
            for (int i = 0; i < list.size(); i++) {
                String to = "/" + l.list + "/" + i;
                list.set(i, merge(defaults, (ObjectNode) list.get(i), l.type, to, new LinkedHashSet<>()));
                // values inherited from the defaults block are reported where the block sets them
                for (Map<String, Loc> m : List.of(keys, values)) {
                    for (Map.Entry<String, Loc> e : new ArrayList<>(m.entrySet())) {
                        String k = e.getKey();
                        if (k.equals(from) || k.startsWith(from + "/")) m.putIfAbsent(to + k.substring(from.length()), e.getValue());
                    }
                }
            }
        }

        // ---------------------------------------------------------------- checks on the bound scenario

        private void checkSizes(Scenario s) {
            long practices = s.totalPractices();
            String where = s.generate.ccgs > 0 ? "/generate/practices" : root.has("ccgs") && keys.containsKey("/ccgs") ? "/ccgs" : "/ccg/practices";
            if (practices > MAX_TOTAL_PRACTICES) {
                problems.add(valueLoc(where), null, "the scenario has " + String.format("%,d", practices) + " practices in all; ccgsim runs "
                        + "at most " + String.format("%,d", MAX_TOTAL_PRACTICES) + " (England has about 8,000)");
            } else if ((double) practices * s.months > MAX_PRACTICE_MONTHS) {
                problems.add(valueLoc("/months"), null, String.format("%,d practices for %,d months is %,.0f practice-months; ccgsim "
                        + "runs at most %,.0f per replication (fewer months or practices)", practices, s.months,
                        (double) practices * s.months, MAX_PRACTICE_MONTHS));
            }
            for (int i = 0; i < s.ccgs.size(); i++) {
                CcgParams c = s.ccgs.get(i);
                if (c.localities > c.practices) {
                    problems.add(valueLoc("/ccgs/" + i + "/localities"), "ccgs[" + i + "].localities", "expected no more localities than "
                            + "practices (" + c.practices + "); found " + c.localities);
                }
            }
        }

        /** True when every id is well formed and unique, so references to them can be checked. */
        private boolean checkIds(Scenario s) {
            boolean ok = checkIds(OrgList.CCGS, s.ccgs, c -> c.id);
            ok &= checkIds(OrgList.TRUSTS, s.trusts, t -> t.id);
            ok &= checkIds(OrgList.AREA_TEAMS, s.areaTeams, a -> a.id);
            return ok;
        }

        private <T> boolean checkIds(OrgList l, List<T> orgs, Function<T, String> id) {
            boolean ok = true;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < orgs.size(); i++) {
                String ptr = "/" + l.list + "/" + i + "/id", disp = l.list + "[" + i + "].id";
                String v = id.apply(orgs.get(i));
                if (!v.matches(ID_PATTERN)) {
                    ok = false;
                    problems.add(valueLoc(ptr), disp, "expected an id of letters, digits, '-' and '_' (it is used in paths such as "
                            + l.list + ".<id>.name); found '" + v + "'");
                }
                Integer first = seen.putIfAbsent(v, i);
                if (first != null) {
                    ok = false;
                    problems.add(valueLoc(ptr), disp, "id '" + v + "' is already used by " + l.list + "[" + first + "]; give each "
                            + l.noun + " its own id");
                }
            }
            return ok;
        }

        private void resolveAreaTeams(Scenario s) {
            List<String> teams = s.areaTeams.stream().map(a -> a.id).toList();
            for (int i = 0; i < s.ccgs.size(); i++) {
                CcgParams c = s.ccgs.get(i);
                if (c.areaTeam.isEmpty()) {
                    c.areaTeam = teams.get(0);
                } else if (!teams.contains(c.areaTeam)) {
                    problems.add(valueLoc("/ccgs/" + i + "/areaTeam"), "ccgs[" + i + "].areaTeam", "no Area Team has id '" + c.areaTeam + "'"
                            + ParamFields.didYouMean(c.areaTeam, teams) + "; the Area Teams are: " + String.join(", ", teams));
                }
            }
        }

        /**
         * Makes every trust's serves explicit. For each CCG, trusts that name it keep their shares,
         * which must add up to 1; a CCG no trust names is split equally among the trusts that name none.
         */
        private void resolveShares(Scenario s) {
            List<String> ccgIds = s.ccgs.stream().map(c -> c.id).toList();
            List<TrustParams> servesAll = new ArrayList<>();
            boolean refsOk = true;
            for (int t = 0; t < s.trusts.size(); t++) {
                TrustParams trust = s.trusts.get(t);
                if (trust.serves.isEmpty()) servesAll.add(trust);
                for (String ccg : trust.serves.keySet()) {
                    if (!ccgIds.contains(ccg)) {
                        refsOk = false;
                        problems.add(keyLoc("/trusts/" + t + "/serves/" + YamlSource.escape(ccg)), "trusts[" + t + "].serves." + ccg,
                                "no CCG has id '" + ccg + "'" + ParamFields.didYouMean(ccg, ccgIds) + "; the CCGs are: " + String.join(", ", ccgIds));
                    }
                }
            }
            if (!refsOk) return;
            Map<TrustParams, Map<String, Double>> resolved = new LinkedHashMap<>();
            for (TrustParams trust : s.trusts) resolved.put(trust, new LinkedHashMap<>(trust.serves));
            for (int c = 0; c < ccgIds.size(); c++) {
                String ccg = ccgIds.get(c);
                double sum = 0;
                List<String> parts = new ArrayList<>();
                int firstTrust = -1;
                for (int t = 0; t < s.trusts.size(); t++) {
                    Double share = s.trusts.get(t).serves.get(ccg);
                    if (share == null) continue;
                    if (firstTrust < 0) firstTrust = t;
                    sum += share;
                    parts.add(s.trusts.get(t).id + " " + ParamFields.number(share));
                }
                if (firstTrust >= 0) {
                    if (Math.abs(sum - 1) <= SHARE_TOLERANCE && Math.abs(sum - 1) > 1e-12) {
                        // within the tolerance a file may round to, the shares are scaled to add up to 1 exactly, as the model requires
                        for (TrustParams trust : s.trusts) {
                            Double share = trust.serves.get(ccg);
                            if (share != null) resolved.get(trust).put(ccg, share / sum);
                        }
                    }
                    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
                        problems.add(keyLoc("/trusts/" + firstTrust + "/serves/" + YamlSource.escape(ccg)), "trusts[" + firstTrust + "].serves." + ccg,
                                "the shares of CCG '" + ccg + "' across the trusts that serve it must add up to 1; found "
                                        + ParamFields.number(Math.round(sum * 1e6) / 1e6) + " (" + String.join(", ", parts) + ")");
                    }
                } else if (servesAll.isEmpty()) {
                    problems.add(valueLoc("/ccgs/" + c + "/id"), "ccgs[" + c + "]", "CCG '" + ccg + "' is served by no trust: list it in a "
                            + "trust's serves, or leave one trust's serves empty so that it serves every CCG");
                } else {
                    for (TrustParams trust : servesAll) resolved.get(trust).put(ccg, 1.0 / servesAll.size());
                }
            }
            for (int t = 0; t < s.trusts.size(); t++) {
                TrustParams trust = s.trusts.get(t);
                if (trust.serves.isEmpty() && resolved.get(trust).isEmpty()) {
                    problems.add(valueLoc("/trusts/" + t), "trusts[" + t + "].serves", "trust '" + trust.id + "' lists no CCGs, so it "
                            + "would serve every CCG that other trusts do not already serve in full, but there is none; give it shares");
                }
            }
            for (TrustParams trust : s.trusts) trust.serves = resolved.get(trust);
        }

        private void checkEvents(Scenario s) {
            Map<ParamPath.Scope, List<String>> ids = Map.of(
                    ParamPath.Scope.CCG_ID, s.ccgs.stream().map(c -> c.id).toList(),
                    ParamPath.Scope.TRUST_ID, s.trusts.stream().map(t -> t.id).toList(),
                    ParamPath.Scope.AREA_TEAM_ID, s.areaTeams.stream().map(a -> a.id).toList());
            for (int i = 0; i < s.events.size(); i++) {
                EventSpec e = s.events.get(i);
                String ptr = "/events/" + i, disp = "events[" + i + "]";
                if (REPORTED_MONTH.equals(e.at)) {
                    // already reported as the wrong kind of value
                } else if (e.at == null || e.at.isBlank()) {
                    problems.add(valueLoc(ptr), disp + ".at", "an event needs 'at': the month it happens, as YYYY-MM or a month number");
                } else {
                    try {
                        int month = Months.parse(e.at);
                        if (month >= s.months) {
                            problems.add(valueLoc(ptr + "/at"), disp + ".at", "expected a month within the run (2013-04 to "
                                    + Months.label(s.months - 1) + ", months 0 to " + (s.months - 1) + "); found '" + e.at + "' (month "
                                    + month + ")");
                        } else {
                            e.at = Months.label(month);
                        }
                    } catch (IllegalArgumentException bad) {
                        problems.add(valueLoc(ptr + "/at"), disp + ".at", bad.getMessage());
                    }
                }
                JsonNode setNode = root.path("events").path(i).path("set");
                if (setNode.isEmpty()) {
                    problems.add(valueLoc(ptr), disp + ".set", "an event needs 'set': at least one parameter path and its new value, "
                            + "e.g. set: {ccg.management.style: directive}");
                }
                Map<String, Object> coerced = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> kv : setNode.properties()) {
                    String key = kv.getKey();
                    String kp = ptr + "/set/" + YamlSource.escape(key), kd = disp + ".set." + key;
                    ParamPath path;
                    try {
                        path = ParamPath.parse(key);
                    } catch (IllegalArgumentException bad) {
                        problems.add(keyLoc(kp), disp + ".set", bad.getMessage());
                        continue;
                    }
                    if (!path.changeableDuringRun()) {
                        problems.add(keyLoc(kp), kd, "'" + path + "' is fixed when a run starts; an event cannot change it");
                        continue;
                    }
                    List<String> known = ids.get(path.scope());
                    if (known != null && !known.contains(path.targetId())) {
                        String noun = path.scope() == ParamPath.Scope.CCG_ID ? "CCG" : path.scope() == ParamPath.Scope.TRUST_ID ? "trust" : "Area Team";
                        problems.add(keyLoc(kp), kd, "no " + noun + " has id '" + path.targetId() + "'"
                                + ParamFields.didYouMean(path.targetId(), known) + "; the ids are: " + String.join(", ", known));
                        continue;
                    }
                    try {
                        coerced.put(path.toString(), path.coerce(kv.getValue()));
                    } catch (BadValue bad) {
                        problems.add(bad.aboutValue ? valueLoc(kp) : keyLoc(kp), kd, bad.getMessage());
                    } catch (IllegalArgumentException bad) {
                        problems.add(valueLoc(kp), kd, bad.getMessage());
                    }
                }
                e.set = coerced;
            }
        }
    }

    // ---------------------------------------------------------------- merging

    /**
     * Deep merge: {@code over}'s values win; mappings that are parameter blocks merge key by key;
     * scalars, lists and value mappings ({@code serves}, an event's {@code set}) replace whole.
     * Adds the JSON pointer of every value replaced from {@code over} to {@code replaced}.
     */
    static ObjectNode merge(ObjectNode base, ObjectNode over, Class<?> type, String ptr, Set<String> replaced) {
        ObjectNode out = base.deepCopy();
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            String name = e.getKey();
            String child = ptr + "/" + YamlSource.escape(name);
            JsonNode b = out.get(name), o = e.getValue();
            Field f = type == null ? null : ParamFields.field(type, name);
            boolean block = f == null || ParamFields.kind(f) == Kind.GROUP;
            if (block && b instanceof ObjectNode bo && o instanceof ObjectNode oo) {
                out.set(name, merge(bo, oo, f == null ? null : f.getType(), child, replaced));
            } else {
                out.set(name, o.deepCopy());
                replaced.add(child);
            }
        }
        return out;
    }
}
