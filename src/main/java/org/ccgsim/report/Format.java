package org.ccgsim.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.ccgsim.chart.MoneyFormat;
import org.ccgsim.outcome.Kind;

/** Numbers for people, the same on every machine (UK symbols, half-even rounding, no exponent). */
public final class Format {

    private Format() {
    }

    public static String number(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(v);
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    public static String percent(double pct, int decimals) {
        return number(pct, decimals) + "%";
    }

    public static String value(double v, Kind kind) {
        return switch (kind) {
            case SHARE -> number(v, 2);
            case RATE -> number(v, 1);
            case COUNT -> number(v, 0);
            case MONEY -> MoneyFormat.pounds(v);
        };
    }

    /** "(0.50–0.54)", or "(-0.24 to -0.18)" when a minus sign would make a dash confusing. */
    public static String interval(double low, double high, Kind kind) {
        return interval(low, high, kind, Math.max(Math.abs(low), Math.abs(high)));
    }

    private static String interval(double low, double high, Kind kind, double scale) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "";
        }
        String sep = low < 0 || high < 0 ? " to " : "–";
        return "(" + scaled(low, kind, scale) + sep + scaled(high, kind, scale) + ")";
    }

    /** "0.52 (0.50–0.54)"; money shares one unit and number of decimals: "£3.08m (£2.50m–£3.66m)". */
    /** A level of outcome {@code column} with its interval clipped to what the quantity can be (no stand-off below 0 months). */
    public static String withInterval(String column, double mean, double low, double high, Kind kind) {
        org.ccgsim.outcome.Outcome o = org.ccgsim.outcome.Outcome.byColumn(column);
        return o == null ? withInterval(mean, low, high, kind) : withInterval(mean, o.clip(low), o.clip(high), kind);
    }

    public static String withInterval(double mean, double low, double high, Kind kind) {
        double scale = Math.max(Math.abs(mean), Math.max(Double.isNaN(low) ? 0 : Math.abs(low), Double.isNaN(high) ? 0 : Math.abs(high)));
        String i = interval(low, high, kind, scale);
        return i.isEmpty() ? value(mean, kind) : scaled(mean, kind, scale) + " " + i;
    }

    /** Money in the unit that suits {@code scale} with three significant figures of it; other kinds as {@link #value}. */
    static String scaled(double v, Kind kind, double scale) {
        if (kind != Kind.MONEY || Double.isNaN(v)) {
            return value(v, kind);
        }
        double unit;
        String suffix;
        if (scale >= 1e9) {
            unit = 1e9;
            suffix = "bn";
        } else if (scale >= 1e6) {
            unit = 1e6;
            suffix = "m";
        } else if (scale >= 1e3) {
            unit = 1e3;
            suffix = "k";
        } else {
            unit = 1;
            suffix = "";
        }
        double top = scale / unit;
        int decimals = unit == 1 ? 0 : top >= 100 ? 0 : top >= 10 ? 1 : 2;
        String digits = number(Math.abs(v) / unit, decimals);
        boolean negative = v < 0 && !digits.matches("0(\\.0+)?");
        return (negative ? "-" : "") + "£" + digits + suffix;
    }

    /** "p < 0.001", "p = 0.03". */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + number(p, p < 0.01 ? 3 : 2);
    }

    /** Signed value: "+0.05", "-£1.2m". */
    public static String signed(double v, Kind kind) {
        return signed(v, kind, Math.abs(v));
    }

    /** Signed value in the money unit that suits {@code scale}. */
    public static String signed(double v, Kind kind, double scale) {
        String s = scaled(v, kind, scale);
        return v > 0 && !s.matches("£?0(\\.0+)?") ? "+" + s : s;
    }
}
