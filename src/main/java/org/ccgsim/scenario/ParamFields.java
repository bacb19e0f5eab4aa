package org.ccgsim.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reflection over the annotated parameter classes, shared by the validator, {@link ParamPath},
 * the JSON Schema and the parameter table, so that all four read the same fields the same way.
 */
final class ParamFields {
    private ParamFields() {}

    /** What a field holds, as the scenario file sees it. */
    enum Kind { INTEGER, NUMBER, BOOLEAN, STRING, ENUM, GROUP, LIST, MAP }

    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    /** Public instance fields of a parameter class, in declaration order. */
    static Map<String, Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            Map<String, Field> out = new LinkedHashMap<>();
            for (Field f : t.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !f.isSynthetic()) out.put(f.getName(), f);
            }
            return out;
        });
    }

    static Field field(Class<?> type, String name) {
        return fields(type).get(name);
    }

    /** A nested block of parameters (CcgParams, FinanceParams, ...), as opposed to a single value. */
    static boolean isGroup(Class<?> c) {
        return !c.isPrimitive() && !c.isEnum() && c.getPackage() == Scenario.class.getPackage()
                && !Named.class.isAssignableFrom(c);
    }

    static Kind kind(Class<?> c) {
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return Kind.INTEGER;
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) return Kind.NUMBER;
        if (c == boolean.class || c == Boolean.class) return Kind.BOOLEAN;
        if (c == String.class) return Kind.STRING;
        if (c.isEnum()) return Kind.ENUM;
        if (List.class.isAssignableFrom(c)) return Kind.LIST;
        if (Map.class.isAssignableFrom(c)) return Kind.MAP;
        if (isGroup(c)) return Kind.GROUP;
        throw new IllegalStateException("unsupported parameter type " + c.getName());
    }

    static Kind kind(Field f) {
        return kind(f.getType());
    }

    /** The element class of a List field, or the value class of a Map field. */
    static Class<?> elementType(Field f) {
        Type t = f.getGenericType();
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            Type last = args[args.length - 1];
            if (last instanceof Class<?> c) return c;
        }
        return Object.class;
    }

    static List<String> enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) names.add(((Named) c).yamlName());
        return names;
    }

    // ---- did you mean ----

    /** The closest candidate to a mistyped name, or null when nothing is close enough to be a likely typo. */
    static String suggest(String wrong, Collection<String> candidates) {
        if (wrong == null || wrong.isEmpty()) return null;
        String lower = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wrong.length() / 3);
        LevenshteinDistance lev = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = c.toLowerCase(Locale.ROOT).equals(lower) ? 0 : lev.apply(lower, c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) { best = c; bestDistance = d; }
        }
        return best;
    }

    static String didYouMean(String wrong, Collection<String> candidates) {
        String s = suggest(wrong, candidates);
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }

    // ---- describing values for messages ----

    /** "a whole number from 1 to 20,000 (practices)", "one of pbr, block, gainshare", ... */
    static String expected(Class<?> type, Param p) {
        return switch (kind(type)) {
            case INTEGER -> "a whole number" + range(p) + unit(p);
            case NUMBER -> "a number" + range(p) + unit(p);
            case BOOLEAN -> "true or false";
            case STRING -> "a text value";
            case ENUM -> "one of " + String.join(", ", enumNames(type));
            case GROUP -> "a mapping of parameters (key: value lines)";
            case LIST -> "a list (lines starting with '- ')";
            case MAP -> "a mapping (key: value lines)";
        };
    }

    private static String range(Param p) {
        if (p == null) return "";
        boolean lo = p.min() != Double.NEGATIVE_INFINITY, hi = p.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) return " from " + number(p.min()) + " to " + number(p.max());
        if (lo) return " of at least " + number(p.min());
        if (hi) return " of at most " + number(p.max());
        return "";
    }

    private static String unit(Param p) {
        if (p == null || p.unit().equals("-") || p.unit().isEmpty() || p.unit().equals("integer")) return "";
        return " (" + p.unit() + ")";
    }

    /** A number as a person would write it: 320000000 not 3.2E8, 0.5 not 0.50000. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** How a found value is described: "the text 'abc'", "the number 5", "a list", "nothing". */
    static String found(Object raw) {
        if (raw == null) return "nothing (an empty value)";
        if (raw instanceof JsonNode n) {
            if (n.isNull() || n.isMissingNode()) return "nothing (an empty value)";
            if (n.isObject()) return "a mapping";
            if (n.isArray()) return "a list";
            if (n.isBoolean()) return String.valueOf(n.booleanValue());
            if (n.isNumber()) return numberText(n.numberValue());
            return "'" + Excerpt.of(n.asText()) + "'";
        }
        if (raw instanceof Map) return "a mapping";
        if (raw instanceof Collection) return "a list";
        if (raw instanceof Number num) return numberText(num);
        if (raw instanceof Named nm) return "'" + nm.yamlName() + "'";
        if (raw instanceof Boolean) return raw.toString();
        return "'" + Excerpt.of(String.valueOf(raw)) + "'";
    }

    private static String numberText(Number n) {
        if (n instanceof BigInteger || n instanceof Long || n instanceof Integer) return n.toString();
        if (n instanceof BigDecimal b) return b.toPlainString();
        return number(n.doubleValue());
    }

    // ---- coercion: one set of rules for files, --set, events, sweeps and the GUI ----

    /** A value that does not fit a parameter. {@code aboutValue}: the value is wrong (range, enum), not its type. */
    static final class BadValue extends IllegalArgumentException {
        final boolean aboutValue;

        BadValue(String message, boolean aboutValue) {
            super(message);
            this.aboutValue = aboutValue;
        }
    }

    /**
     * Converts a scalar (Number, Boolean, String, enum constant, or a scalar JsonNode) to a field's
     * type and checks its range or enum. Strings are parsed for numbers and booleans, so the same
     * rules serve {@code --set months=24} and a GUI text box.
     */
    /** Longest text value (a name, an id, a description): enough for a sentence, short enough for a chart title and a file name. */
    static final int MAX_TEXT = 300;

    static Object coerce(Class<?> type, Param p, Object raw) {
        if (raw instanceof JsonNode n) raw = scalarOf(n);
        Kind kind = kind(type);
        if (raw == null) throw new BadValue("expected " + expected(type, p) + "; found " + found(null), false);
        if (raw instanceof Map || raw instanceof Collection || raw instanceof JsonNode) {
            throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), false);
        }
        switch (kind) {
            case INTEGER -> {
                BigDecimal d = decimal(raw);
                if (d == null) throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), false);
                BigInteger whole;
                try {
                    whole = d.toBigIntegerExact();
                } catch (ArithmeticException notWhole) {
                    throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), true);
                }
                checkRange(type, p, d.doubleValue(), raw);
                boolean isLong = type == long.class || type == Long.class;
                BigInteger lo = BigInteger.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE);
                BigInteger hi = BigInteger.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
                if (whole.compareTo(lo) < 0 || whole.compareTo(hi) > 0) {
                    throw new BadValue("expected a whole number from " + lo + " to " + hi + "; found " + found(raw), true);
                }
                return isLong ? (Object) whole.longValue() : (Object) whole.intValue();
            }
            case NUMBER -> {
                BigDecimal d = decimal(raw);
                if (d == null) throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), false);
                double v = d.doubleValue();
                if (Double.isInfinite(v)) throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), true);
                checkRange(type, p, v, raw);
                return v;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) return b;
                if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                    return Boolean.parseBoolean(s.toLowerCase(Locale.ROOT));
                }
                throw new BadValue("expected true or false; found " + found(raw), false);
            }
            case STRING -> {
                if (raw instanceof Named nm) return nm.yamlName();
                if (raw instanceof Double || raw instanceof Float) return number(((Number) raw).doubleValue());
                String text = raw.toString();
                if (Excerpt.hasNulOrLoneSurrogate(text)) {
                    throw new BadValue("expected text; found text holding a NUL or a broken surrogate pair, which no output file can hold", true);
                }
                if (text.codePointCount(0, text.length()) > MAX_TEXT) {
                    throw new BadValue("expected text of at most " + MAX_TEXT + " characters; found " + text.length() + " characters", true);
                }
                return text;
            }
            case ENUM -> {
                if (type.isInstance(raw)) return raw;
                if (!(raw instanceof String s)) {
                    throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), false);
                }
                for (Object c : type.getEnumConstants()) if (((Named) c).yamlName().equals(s)) return c;
                throw new BadValue("expected " + expected(type, p) + "; found " + found(raw) + didYouMean(s, enumNames(type)), true);
            }
            default -> throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), false);
        }
    }

    private static void checkRange(Class<?> type, Param p, double v, Object raw) {
        if (p == null) return;
        if (v < p.min() || v > p.max()) {
            throw new BadValue("expected " + expected(type, p) + "; found " + found(raw), true);
        }
    }

    /** A number from a Number or a numeric String; null if it is not one. */
    private static BigDecimal decimal(Object raw) {
        if (raw instanceof Boolean) return null;
        if (raw instanceof BigDecimal b) return b;
        if (raw instanceof BigInteger b) return new BigDecimal(b);
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (raw instanceof String s) {
            String t = s.trim().replace("_", "");
            if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The Java value of a scalar JsonNode (Number, Boolean, String), null for null; containers are returned as they are. */
    static Object scalarOf(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isBigDecimal()) return n.decimalValue();
        if (n.isNumber()) return n.doubleValue();
        if (n.isTextual()) return n.textValue();
        return n;
    }

    static String joinNames(Collection<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }
}
