package org.ccgsim.scenario;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ccgsim.scenario.ParamFields.Kind;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON Schema (draft 2020-12) of the scenario file, generated from the annotated parameter
 * classes, so that editors can validate and complete scenario files. {@code docs/scenario.schema.json}
 * holds a copy; {@code ScenarioSchemaTest} checks it is current.
 */
public final class ScenarioSchema {
    private ScenarioSchema() {}

    public static final String ID = "https://ccgsim.org/scenario.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ObjectNode generate() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "ccgsim scenario");
        schema.put("description", "A scenario for ccgsim: the world, the policy levers and the run settings. Every key is optional; "
                + "missing keys take their defaults. The ccg, trust and areaTeam blocks hold defaults for each entry of ccgs, trusts "
                + "and areaTeams.");
        ObjectNode defs = NODES.objectNode();
        ObjectNode root = object(Scenario.class, new Scenario(), defs);
        ObjectNode ext = NODES.objectNode();
        ext.put("type", "string");
        ext.put("description", "Another scenario file to start from, relative to this file; its values are merged under this file's");
        ((ObjectNode) root.get("properties")).set("extends", ext);
        schema.setAll(root);
        schema.set("$defs", defs);
        return schema;
    }

    /** The schema as the text committed in docs/scenario.schema.json: two-space indent, one trailing newline. */
    public static String text() {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(pp).writeValueAsString(generate()) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the schema to the given file (default docs/scenario.schema.json). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/scenario.schema.json");
        Files.writeString(out, text(), StandardCharsets.UTF_8);
    }

    private static ObjectNode object(Class<?> type, Object defaults, ObjectNode defs) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        for (Map.Entry<String, Field> e : ParamFields.fields(type).entrySet()) {
            Field f = e.getValue();
            Object value;
            try {
                value = f.get(defaults);
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
            props.set(e.getKey(), property(f, value, defs));
        }
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode property(Field f, Object dflt, ObjectNode defs) {
        Param p = f.getAnnotation(Param.class);
        ObjectNode s = NODES.objectNode();
        Kind kind = ParamFields.kind(f);
        switch (kind) {
            case GROUP -> s.put("$ref", ref(f.getType(), defs));
            case LIST -> {
                s.put("type", "array");
                s.putObject("items").put("$ref", ref(ParamFields.elementType(f), defs));
            }
            case MAP -> {
                s.put("type", "object");
                if (f.getName().equals("serves")) {
                    ObjectNode v = s.putObject("additionalProperties");
                    v.put("type", "number");
                    v.put("minimum", 0);
                    v.put("maximum", 1);
                } else {
                    s.putObject("propertyNames").put("pattern", "^[A-Za-z]+(\\.[A-Za-z0-9_-]+)+$");
                    s.putObject("additionalProperties").putArray("type").add("string").add("number").add("boolean");
                }
            }
            case ENUM -> {
                s.put("type", "string");
                ArrayNode names = s.putArray("enum");
                ParamFields.enumNames(f.getType()).forEach(names::add);
            }
            case INTEGER, NUMBER -> {
                s.put("type", kind == Kind.INTEGER ? "integer" : "number");
                if (p != null && p.min() != Double.NEGATIVE_INFINITY) s.set("minimum", number(p.min()));
                if (p != null && p.max() != Double.POSITIVE_INFINITY) s.set("maximum", number(p.max()));
            }
            case BOOLEAN -> s.put("type", "boolean");
            case STRING -> {
                if (f.getDeclaringClass() == EventSpec.class && f.getName().equals("at")) {
                    ArrayNode any = s.putArray("oneOf");
                    any.addObject().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{1,2}$");
                    any.addObject().put("type", "integer").put("minimum", 0);
                } else {
                    s.put("type", "string");
                }
            }
        }
        if (p != null) s.put("description", description(p, f));
        else if (BLOCKS.containsKey(f.getName())) s.put("description", BLOCKS.get(f.getName()));
        if (kind != Kind.GROUP && kind != Kind.LIST && dflt != null && !(f.getDeclaringClass() == EventSpec.class)) {
            s.set("default", dflt instanceof Double d ? number(d) : JSON.valueToTree(dflt));
        }
        return s;
    }

    private static String ref(Class<?> type, ObjectNode defs) {
        String name = type.getSimpleName();
        if (!defs.has(name)) {
            defs.putObject(name); // reserve the name before recursing
            try {
                defs.set(name, object(type, type.getDeclaredConstructor().newInstance(), defs));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "#/$defs/" + name;
    }

    /** The blocks carry no annotation of their own. */
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("ccg", "Defaults for every CCG; the only CCG when ccgs is absent"),
            Map.entry("ccgs", "The CCGs, each with an id; an entry's values override the ccg block"),
            Map.entry("trust", "Defaults for every acute trust; the only trust when trusts is absent"),
            Map.entry("trusts", "The acute trusts, each with an id; an entry's values override the trust block"),
            Map.entry("areaTeam", "Defaults for every NHS England Area Team; the only one when areaTeams is absent"),
            Map.entry("areaTeams", "The Area Teams, each with an id; an entry's values override the areaTeam block"),
            Map.entry("practice", "GP practices: activity rates, engagement dynamics and delivery"),
            Map.entry("tariff", "Prices paid to acute trusts"),
            Map.entry("world", "Conditions outside any one organisation"),
            Map.entry("generate", "A generated many-CCG world (all of England) from counts and distributions; off while ccgs is 0"),
            Map.entry("output", "What a run writes besides the standard files"),
            Map.entry("events", "Timed changes of parameters, for experiments and teaching"),
            Map.entry("finance", "Money: Everyone Counts 2013/14 rules and the PCT legacy"),
            Map.entry("management", "How the CCG leads its members"),
            Map.entry("consultation", "Decisions and whether they are put to practices"),
            Map.entry("contracts", "The annual contract round with each acute trust"),
            Map.entry("fund", "The non-recurrent 2% transformation fund"),
            Map.entry("qualityPremium", "The quality premium, assessed at year end and paid the next year"),
            Map.entry("monitoring", "How the CCG monitors practices' referrals"));

    /** "What it means. Unit: x. Source: y." */
    static String description(Param p, Field f) {
        StringBuilder b = new StringBuilder(p.doc());
        if (!p.unit().equals("-") && !p.unit().isEmpty()) b.append(". Unit: ").append(p.unit());
        if (isModelParameter(f) && !p.source().isEmpty()) b.append(". Source: ").append(p.source());
        return b.append('.').toString();
    }

    /** Run settings, names and ids have no evidence behind them, so no "source". */
    static boolean isModelParameter(Field f) {
        Class<?> c = f.getDeclaringClass();
        return f.getType() != String.class && c != Scenario.class && c != OutputParams.class && c != EventSpec.class;
    }

    private static JsonNode number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return NODES.numberNode((long) d);
        return NODES.numberNode(java.math.BigDecimal.valueOf(d));
    }
}
