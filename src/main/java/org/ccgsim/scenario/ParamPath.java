package org.ccgsim.scenario;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ccgsim.scenario.ParamFields.Kind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dotted path to one parameter, e.g. {@code ccg.management.style}, {@code ccgs.stoke.fund.use},
 * {@code areaTeam.arbitrationAfterMonths}, {@code months}. Used by events at run time, by
 * {@code --set}, by sweeps and by the GUI. Values are read and written by reflection on the public
 * fields, starting at the scope's parameter object (a {@link CcgParams} for the ccg scopes, the
 * {@link Scenario} for root scalars).
 */
public final class ParamPath implements java.io.Serializable {
    private static final long serialVersionUID = 1L;


    /** Where a path starts. The {@code _ID} scopes name one organisation by its id. */
    public enum Scope {
        /** A run setting on the scenario itself: seed, months, replications, name, description. */
        ROOT("", Scenario.class),
        /** Every CCG. */
        CCG("ccg", CcgParams.class),
        /** One CCG: {@code ccgs.<id>.<field>}. */
        CCG_ID("ccgs", CcgParams.class),
        TRUST("trust", TrustParams.class),
        TRUST_ID("trusts", TrustParams.class),
        AREA_TEAM("areaTeam", AreaTeamParams.class),
        AREA_TEAM_ID("areaTeams", AreaTeamParams.class),
        PRACTICE("practice", PracticeParams.class),
        TARIFF("tariff", TariffParams.class),
        WORLD("world", WorldParams.class),
        /** The compact specification of a generated world (all of England). */
        GENERATE("generate", GeneratorParams.class),
        OUTPUT("output", OutputParams.class);

        private final String prefix;
        private final Class<?> paramsClass;

        Scope(String prefix, Class<?> paramsClass) {
            this.prefix = prefix;
            this.paramsClass = paramsClass;
        }

        /** The first segment of a path in this scope ("" for root). */
        public String prefix() { return prefix; }

        /** The class of the object {@link #get} and {@link #set} start from. */
        public Class<?> paramsClass() { return paramsClass; }

        public boolean hasId() { return this == CCG_ID || this == TRUST_ID || this == AREA_TEAM_ID; }
    }

    /** Root fields that are single values rather than blocks. */
    static final List<String> ROOT_SCALARS = List.of("name", "description", "seed", "months", "replications");

    /** Fields that shape the world when a run starts; an event cannot change them mid-run. */
    private static final Set<String> FIXED_AT_START = Set.of("id", "name", "areaTeam", "serves", "practices", "localities",
            "listSizeMean", "listSizeSd");

    private final String dotted;
    private final Scope scope;
    private final String targetId;
    private final transient List<Field> fields; // reflection, not serialisable: rebuilt from the text by readResolve

    private ParamPath(String dotted, Scope scope, String targetId, List<Field> fields) {
        this.dotted = dotted;
        this.scope = scope;
        this.targetId = targetId;
        this.fields = List.copyOf(fields);
    }

    /**
     * Parses a dotted path.
     *
     * @throws IllegalArgumentException naming the unknown segment, with a "did you mean" when one is close
     */
    public static ParamPath parse(String dotted) {
        if (dotted == null || dotted.isBlank()) throw new IllegalArgumentException("expected a parameter path such as ccg.management.style; found nothing");
        String path = dotted.trim();
        String[] seg = path.split("\\.", -1);
        for (String s : seg) {
            if (s.isEmpty()) throw new IllegalArgumentException("'" + path + "' has an empty segment (two dots, or a dot at an end)");
        }
        String first = seg[0];
        if (ROOT_SCALARS.contains(first)) {
            if (seg.length > 1) throw new IllegalArgumentException("'" + first + "' is a single value; it has no '" + seg[1] + "'");
            return new ParamPath(path, Scope.ROOT, null, List.of(ParamFields.field(Scenario.class, first)));
        }
        Scope scope = null;
        for (Scope s : Scope.values()) if (s != Scope.ROOT && s.prefix.equals(first)) scope = s;
        if (scope == null) {
            List<String> starts = new ArrayList<>(ROOT_SCALARS);
            for (Scope s : Scope.values()) if (s != Scope.ROOT) starts.add(s.prefix);
            throw new IllegalArgumentException("unknown parameter '" + path + "': '" + first + "' is not a parameter or block"
                    + ParamFields.didYouMean(first, starts) + "; paths start with one of " + String.join(", ", starts));
        }
        int next = 1;
        String id = null;
        if (scope.hasId()) {
            if (seg.length < 3) {
                throw new IllegalArgumentException("'" + path + "' must name one organisation and a parameter: "
                        + first + ".<id>.<parameter>, e.g. " + first + ".stoke." + firstLeafExample(scope));
            }
            id = seg[1];
            next = 2;
        } else if (seg.length < 2) {
            throw new IllegalArgumentException("'" + path + "' is a block of parameters; name one of: "
                    + String.join(", ", ParamFields.fields(scope.paramsClass).keySet()));
        }
        Class<?> at = scope.paramsClass;
        List<Field> chain = new ArrayList<>();
        StringBuilder sofar = new StringBuilder(id == null ? first : first + "." + id);
        for (int i = next; i < seg.length; i++) {
            Map<String, Field> here = ParamFields.fields(at);
            Field f = here.get(seg[i]);
            if (f == null || ParamFields.kind(f) == Kind.LIST) {
                String hint = ParamFields.didYouMean(seg[i], here.keySet());
                if (hint.isEmpty() && scope.hasId() && i == next) hint = " (paths that name one organisation are " + first + ".<id>.<parameter>)";
                throw new IllegalArgumentException("unknown parameter '" + path + "': '" + sofar + "' has no '" + seg[i] + "'" + hint);
            }
            chain.add(f);
            sofar.append('.').append(seg[i]);
            Kind k = ParamFields.kind(f);
            boolean last = i == seg.length - 1;
            if (k == Kind.GROUP) {
                if (last) {
                    throw new IllegalArgumentException("'" + path + "' is a block of parameters; name one of: "
                            + String.join(", ", ParamFields.fields(f.getType()).keySet()));
                }
                at = f.getType();
            } else if (!last) {
                throw new IllegalArgumentException("'" + sofar + "' is a single value; it has no '" + seg[i + 1] + "'");
            }
        }
        return new ParamPath(path, scope, id, chain);
    }

    private static String firstLeafExample(Scope scope) {
        return switch (scope) {
            case CCG_ID -> "management.style";
            case TRUST_ID -> "initialOccupancy";
            default -> "style";
        };
    }

    /** Every valid path in the scopes without ids, in declaration order (for docs, sweeps and the GUI). */
    public static List<ParamPath> all() {
        List<ParamPath> out = new ArrayList<>();
        for (String r : ROOT_SCALARS) out.add(parse(r));
        for (Scope s : Scope.values()) {
            if (s == Scope.ROOT || s.hasId()) continue;
            collect(s, s.paramsClass, new ArrayList<>(), s.prefix, out);
        }
        return out;
    }

    private static void collect(Scope scope, Class<?> type, List<Field> chain, String prefix, List<ParamPath> out) {
        for (Field f : ParamFields.fields(type).values()) {
            List<Field> c = new ArrayList<>(chain);
            c.add(f);
            String p = prefix + "." + f.getName();
            Kind k = ParamFields.kind(f);
            if (k == Kind.GROUP) collect(scope, f.getType(), c, p, out);
            else if (k != Kind.LIST) out.add(new ParamPath(p, scope, null, c));
        }
    }

    public Scope scope() { return scope; }

    /** The organisation's id for the {@code ccgs.<id>}, {@code trusts.<id>}, {@code areaTeams.<id>} scopes; null otherwise. */
    public String targetId() { return targetId; }

    /** The field path below the scope, e.g. "management.style". */
    public String relative() {
        StringBuilder b = new StringBuilder();
        for (Field f : fields) b.append(b.length() == 0 ? "" : ".").append(f.getName());
        return b.toString();
    }

    /** The leaf field's name, e.g. "style". */
    public String fieldName() { return leaf().getName(); }

    public Class<?> fieldType() { return leaf().getType(); }

    /** The leaf's annotation (doc, unit, range, source); null for an unannotated field. */
    public Param param() { return leaf().getAnnotation(Param.class); }

    public boolean isNumeric() {
        Kind k = ParamFields.kind(fieldType());
        return k == Kind.INTEGER || k == Kind.NUMBER;
    }

    public boolean isInteger() { return ParamFields.kind(fieldType()) == Kind.INTEGER; }

    /** The enum's YAML names, e.g. engagement, directive, adaptive, mix; empty when the field is not an enum. */
    public Object[] enumValues() {
        return fieldType().isEnum() ? ParamFields.enumNames(fieldType()).toArray() : new Object[0];
    }

    /** False for the fields that shape the world at month 0 (ids, practices, list sizes, serves) and for run settings. */
    public boolean changeableDuringRun() {
        return scope != Scope.ROOT && scope != Scope.OUTPUT && scope != Scope.GENERATE && !FIXED_AT_START.contains(fieldName());
    }

    /**
     * Converts a scalar (Number, Boolean, String, enum constant or scalar JsonNode) to the field's
     * type and checks its range or enum names. Returns Integer, Long, Double, Boolean, String or the
     * enum constant; for {@code serves}, a Map of CCG id to Double share.
     *
     * @throws IllegalArgumentException "expected ...; found ..."
     */
    public Object coerce(Object raw) {
        if (ParamFields.kind(fieldType()) == Kind.MAP) return coerceShares(raw);
        return ParamFields.coerce(fieldType(), param(), raw);
    }

    private Object coerceShares(Object raw) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (raw instanceof JsonNode n && n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) out.put(e.getKey(), share(e.getKey(), e.getValue()));
        } else if (raw instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), share(String.valueOf(e.getKey()), e.getValue()));
        } else {
            throw new ParamFields.BadValue("expected a mapping of CCG id to share, e.g. {stoke: 0.8}; found " + ParamFields.found(raw), false);
        }
        return out;
    }

    /** One share of a {@code serves} mapping: a number from 0 to 1. */
    static Double share(String ccgId, Object raw) {
        try {
            return (Double) ParamFields.coerce(double.class, SHARE, raw);
        } catch (ParamFields.BadValue e) {
            throw new ParamFields.BadValue("share for '" + ccgId + "': " + e.getMessage(), e.aboutValue);
        }
    }

    /** The bounds of a share: annotations cannot sit on map values, so {@code serves} borrows this one. */
    @Param(doc = "share", unit = "share 0-1", min = 0, max = 1)
    private static final Object SHARE_HOLDER = null;
    static final Param SHARE;

    static {
        try {
            SHARE = ParamPath.class.getDeclaredField("SHARE_HOLDER").getAnnotation(Param.class);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Reads the value at this path, starting from the scope's object (a CcgParams for ccg scopes, the Scenario for root). */
    public Object get(Object scopeParams) {
        Object o = walk(scopeParams);
        try {
            return leaf().get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an already coerced value (see {@link #coerce}) at this path, starting from the scope's object. */
    public void set(Object scopeParams, Object coercedValue) {
        Object o = walk(scopeParams);
        try {
            leaf().set(o, coercedValue);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + dotted + "' holds " + fieldType().getSimpleName() + "; cannot set "
                    + (coercedValue == null ? "null" : coercedValue.getClass().getSimpleName()) + " (coerce it first)", e);
        }
    }

    /**
     * The objects of a resolved scenario this path applies to: every CCG for {@code ccg.*}, the one
     * named for {@code ccgs.<id>.*}, and so on. An unknown id gives an empty list.
     */
    public List<Object> targets(Scenario s) {
        return switch (scope) {
            case ROOT -> List.of(s);
            case CCG -> new ArrayList<>(s.ccgs);
            case TRUST -> new ArrayList<>(s.trusts);
            case AREA_TEAM -> new ArrayList<>(s.areaTeams);
            case CCG_ID -> s.ccgs.stream().filter(c -> c.id.equals(targetId)).map(c -> (Object) c).toList();
            case TRUST_ID -> s.trusts.stream().filter(t -> t.id.equals(targetId)).map(t -> (Object) t).toList();
            case AREA_TEAM_ID -> s.areaTeams.stream().filter(a -> a.id.equals(targetId)).map(a -> (Object) a).toList();
            case PRACTICE -> List.of(s.practice);
            case TARIFF -> List.of(s.tariff);
            case WORLD -> List.of(s.world);
            case GENERATE -> List.of(s.generate);
            case OUTPUT -> List.of(s.output);
        };
    }

    /**
     * Sets a value throughout a scenario, as a sweep does: in every target, and for the
     * all-organisation scopes also in the defaults block, so the scenario re-serialises consistently.
     */
    public void applyTo(Scenario s, Object coercedValue) {
        for (Object t : targets(s)) set(t, coercedValue);
        switch (scope) {
            case CCG -> set(s.ccg, coercedValue);
            case TRUST -> set(s.trust, coercedValue);
            case AREA_TEAM -> set(s.areaTeam, coercedValue);
            default -> { }
        }
    }

    private Field leaf() { return fields.get(fields.size() - 1); }

    /** The leaf field itself, for the schema and the parameter table. */
    Field field() { return leaf(); }

    private Object walk(Object scopeParams) {
        Objects.requireNonNull(scopeParams, "scope object");
        if (!scope.paramsClass.isInstance(scopeParams)) {
            throw new IllegalArgumentException("'" + dotted + "' starts from a " + scope.paramsClass.getSimpleName()
                    + ", not a " + scopeParams.getClass().getSimpleName());
        }
        Object o = scopeParams;
        try {
            for (Field f : fields.subList(0, fields.size() - 1)) o = f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }

    /** Segments below the scope, for building JSON pointers into a scenario tree. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) names.add(f.getName());
        return Collections.unmodifiableList(names);
    }

    @Override public String toString() { return dotted; }

    /** A path read from a MASON checkpoint is parsed again from its text. */
    private Object readResolve() { return parse(dotted); }

    @Override public boolean equals(Object o) {
        return o instanceof ParamPath p && p.dotted.equals(dotted);
    }

    @Override public int hashCode() { return dotted.hashCode(); }
}
