package org.ccgsim.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Month index (0 = April 2013) to "Apr 2013", the one month format of every chart (report and GUI).
 * Written out by hand so no locale or time zone can change it. A tick that is not a whole month
 * from April 2013 on gets no label.
 */
public final class MonthFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    @Override
    public StringBuffer format(double value, StringBuffer out, FieldPosition pos) {
        long m = Math.round(value);
        return m >= 0 && Math.abs(value - m) < 1e-6 ? out.append(shortName((int) m)) : out;
    }

    @Override
    public StringBuffer format(long value, StringBuffer out, FieldPosition pos) {
        return value >= 0 ? out.append(shortName((int) value)) : out;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("display only");
    }

    /** "Apr 2013" for month 0. */
    public static String shortName(int month) {
        int calendar = 3 + month; // months since January 2013
        return SHORT[Math.floorMod(calendar, 12)] + " " + (2013 + Math.floorDiv(calendar, 12));
    }

    /** "April 2013" for month 0. */
    public static String longName(int month) {
        int calendar = 3 + month;
        return LONG[Math.floorMod(calendar, 12)] + " " + (2013 + Math.floorDiv(calendar, 12));
    }

    /** Financial year of a month: "2013/14" for months 0-11. */
    public static String financialYear(int month) {
        int start = 2013 + Math.floorDiv(month, 12);
        return start + "/" + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100);
    }
}
