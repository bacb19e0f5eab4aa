package org.ccgsim.output;

/** Month numbers as YYYY-MM: 0 is April 2013. */
public final class MonthLabels {
    private MonthLabels() {}

    public static String label(int month) {
        int total = 2013 * 12 + 3 + month;
        int mm = total % 12 + 1;
        return (total / 12) + "-" + (mm < 10 ? "0" : "") + mm;
    }
}
