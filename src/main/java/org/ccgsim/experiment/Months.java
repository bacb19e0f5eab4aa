package org.ccgsim.experiment;

/** Month numbers as calendar labels: 0 is April 2013. */
final class Months {
    private Months() {}

    private static final String[] CACHE = new String[1200];

    static String label(int month) {
        if (month >= 0 && month < CACHE.length && CACHE[month] != null) return CACHE[month];
        int total = 2013 * 12 + 3 + month;
        String s = (total / 12) + "-" + (total % 12 + 1 < 10 ? "0" : "") + (total % 12 + 1);
        if (month >= 0 && month < CACHE.length) CACHE[month] = s;
        return s;
    }
}
