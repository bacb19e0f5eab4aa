package org.ccgsim.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.scenario.Named;
import org.ccgsim.scenario.ParamPath;

/**
 * One swept parameter from {@code path=lo:hi:step} (a grid of values), {@code path=lo:hi} (a range,
 * for Latin hypercube and Morris designs) or {@code path=v1,v2,v3} (listed values). Every value is
 * checked against the field's type, range and enum names when parsed.
 *
 * @param values the grid or listed values, coerced; empty for a bare range
 * @param lo     the range's lower end (NaN for listed values)
 * @param hi     the range's upper end (NaN for listed values)
 */
public record SweepParameter(ParamPath path, List<Object> values, double lo, double hi) {

    /** @throws IllegalArgumentException with a message fit for the user */
    public static SweepParameter parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--param expects path=lo:hi:step, path=lo:hi or path=v1,v2,...; found '" + spec + "'");
        ParamPath path = ParamPath.parse(spec.substring(0, eq).trim());
        String rhs = spec.substring(eq + 1).trim();
        if (rhs.isEmpty()) throw new IllegalArgumentException(path + ": no values given");
        String where = "--param " + path + ": ";
        if (rhs.contains(":")) {
            if (!path.isNumeric()) throw new IllegalArgumentException(where + "a range lo:hi needs a numeric parameter; list the values instead, e.g. "
                    + path + "=" + String.join(",", java.util.Arrays.stream(path.enumValues()).map(String::valueOf).toList()));
            String[] p = rhs.split(":", -1);
            if (p.length < 2 || p.length > 3) throw new IllegalArgumentException(where + "expected lo:hi or lo:hi:step; found '" + rhs + "'");
            BigDecimal lo = number(where, p[0]), hi = number(where, p[1]);
            if (lo.compareTo(hi) > 0) throw new IllegalArgumentException(where + "empty range: " + lo.toPlainString() + " is above " + hi.toPlainString());
            check(path, where, lo);
            check(path, where, hi);
            List<Object> values = new ArrayList<>();
            if (p.length == 3) {
                BigDecimal step = number(where, p[2]);
                if (step.signum() <= 0) throw new IllegalArgumentException(where + "step must be positive; found " + step.toPlainString());
                for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
                    values.add(check(path, where, v));
                    if (values.size() > 100_000) throw new IllegalArgumentException(where + "more than 100000 values");
                }
            } else if (lo.compareTo(hi) == 0) {
                throw new IllegalArgumentException(where + "empty range: lo equals hi");
            }
            return new SweepParameter(path, List.copyOf(values), lo.doubleValue(), hi.doubleValue());
        }
        List<Object> values = new ArrayList<>();
        for (String v : rhs.split(",", -1)) {
            if (v.isBlank()) throw new IllegalArgumentException(where + "empty value in '" + rhs + "'");
            values.add(check(path, where, v.trim()));
        }
        return new SweepParameter(path, List.copyOf(values), Double.NaN, Double.NaN);
    }

    public boolean isRange() { return !Double.isNaN(lo); }

    private static BigDecimal number(String where, String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "expected a number; found '" + s + "'");
        }
    }

    /** Coerces a value, prefixing errors with the parameter. */
    static Object check(ParamPath path, String where, Object raw) {
        try {
            return path.coerce(raw instanceof BigDecimal b ? b.toPlainString() : raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
        }
    }

    /** Coerces a value to this path's type (rounding to a whole number for integer fields). */
    public static Object value(ParamPath path, double x) {
        if (path.isInteger()) return check(path, "--param " + path + ": ", Long.toString(Math.round(x)));
        return check(path, "--param " + path + ": ", BigDecimal.valueOf(x).toPlainString());
    }

    /** A value as CSV text: enum YAML names, plain decimal numbers. */
    public static String text(Object v) {
        if (v instanceof Named n) return n.yamlName();
        if (v instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (v instanceof Float f) return BigDecimal.valueOf(f.doubleValue()).stripTrailingZeros().toPlainString();
        return String.valueOf(v);
    }
}
