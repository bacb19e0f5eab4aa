package org.ccgsim.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Pounds for people: £320m, £1.25m, £850k, -£40k. Never an exponent. */
public final class MoneyFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double value, StringBuffer out, FieldPosition pos) {
        return out.append(pounds(value));
    }

    @Override
    public StringBuffer format(long value, StringBuffer out, FieldPosition pos) {
        return out.append(pounds(value));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("display only");
    }

    /** Up to two decimals, trailing zeros dropped; suffix k, m or bn. */
    public static String pounds(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double abs = Math.abs(value);
        String sign = value < 0 && abs >= 0.5 ? "-" : "";
        String body;
        if (abs >= 1e9) {
            body = decimals(abs / 1e9, 2) + "bn";
        } else if (abs >= 1e6) {
            body = decimals(abs / 1e6, abs >= 1e8 ? 0 : abs >= 1e7 ? 1 : 2) + "m";
        } else if (abs >= 1e3) {
            body = decimals(abs / 1e3, abs >= 1e5 ? 0 : 1) + "k";
        } else {
            body = decimals(abs, 0);
        }
        return sign + "£" + body;
    }

    static String decimals(double v, int maxDigits) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMaximumFractionDigits(maxDigits);
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return f.format(v);
    }
}
