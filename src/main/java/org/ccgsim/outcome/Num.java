package org.ccgsim.outcome;

/**
 * Plain decimal text for numbers, the same on every machine and locale: rounded half away from
 * zero to a fixed number of decimals, no exponent, trailing zeros kept off.
 */
public final class Num {
    private Num() {}

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public static void append(StringBuilder out, double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) { out.append("NA"); return; }
        long scale = POW10[decimals];
        double scaled = Math.abs(x) * scale;
        if (scaled >= 9.0e17) { // too large for long arithmetic: fall back to BigDecimal
            out.append(new java.math.BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            return;
        }
        long v = Math.round(scaled);
        if (v == 0) { out.append('0'); return; }
        if (x < 0) out.append('-');
        out.append(v / scale);
        long frac = v % scale;
        if (frac != 0) {
            out.append('.');
            int digits = decimals;
            while (frac % 10 == 0) { frac /= 10; digits--; }
            String f = Long.toString(frac);
            for (int i = f.length(); i < digits; i++) out.append('0');
            out.append(f);
        }
    }

    public static String format(double x, int decimals) {
        StringBuilder sb = new StringBuilder();
        append(sb, x, decimals);
        return sb.toString();
    }
}
