package org.ccgsim.scenario;

/**
 * Simulated months. Month 0 is April 2013, when CCGs took over from PCTs; a scenario names a
 * month either as {@code YYYY-MM} or as a month number.
 */
public final class Months {
    private Months() {}

    /** The first simulated month. */
    public static final int START_YEAR = 2013, START_MONTH = 4;

    // Fixed names rather than a Locale, so labels never change with the JVM's locale data.
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /**
     * "2014-04" -> 12, "2013-04" -> 0, "7" -> 7.
     *
     * @throws IllegalArgumentException for anything else, including months before April 2013
     */
    public static int parse(String atOrNumber) {
        if (atOrNumber == null) throw new IllegalArgumentException("expected a month as YYYY-MM (from 2013-04) or a month number; found nothing");
        String s = atOrNumber.trim();
        if (s.matches("\\d{1,6}")) return Integer.parseInt(s);
        if (s.matches("\\d{4}-\\d{1,2}")) {
            int year = Integer.parseInt(s.substring(0, 4));
            int month = Integer.parseInt(s.substring(5));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("expected a month as YYYY-MM with MM from 01 to 12; found '" + s + "'");
            }
            int n = (year - START_YEAR) * 12 + (month - START_MONTH);
            if (n < 0) {
                throw new IllegalArgumentException("expected a month from 2013-04 (month 0, when CCGs began) on; found '" + s + "'");
            }
            return n;
        }
        throw new IllegalArgumentException("expected a month as YYYY-MM (from 2013-04) or a month number (0 is April 2013); found '" + s + "'");
    }

    /** Labels of every month a scenario can run (600), made once: every output row carries one. */
    private static final String[] LABELS = new String[601];
    static {
        for (int m = 0; m < LABELS.length; m++) LABELS[m] = String.format("%04d-%02d", year(m), calendarMonth(m));
    }

    /** 12 -> "2014-04". */
    public static String label(int month) {
        requireNonNegative(month);
        return month < LABELS.length ? LABELS[month] : String.format("%04d-%02d", year(month), calendarMonth(month));
    }

    /** 12 -> "Apr 2014". */
    public static String longLabel(int month) {
        requireNonNegative(month);
        return SHORT[calendarMonth(month) - 1] + " " + year(month);
    }

    /** Calendar year of a simulated month. */
    public static int year(int month) {
        return START_YEAR + (START_MONTH - 1 + month) / 12;
    }

    /** Calendar month 1-12 of a simulated month. */
    public static int calendarMonth(int month) {
        return (START_MONTH - 1 + month) % 12 + 1;
    }

    /** Financial and contract years run April to March, so April is a year start. */
    public static boolean isApril(int month) {
        return calendarMonth(month) == 4;
    }

    private static void requireNonNegative(int month) {
        if (month < 0) throw new IllegalArgumentException("month must be 0 (April 2013) or later; found " + month);
    }
}
