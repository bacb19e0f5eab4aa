package org.ccgsim.validation;

import java.util.List;
import java.util.Locale;

/**
 * One calibration target (seeds/targets.yaml): a figure from the evidence base and the model measure that
 * should reproduce it.
 *
 * @param id         unique name of the target
 * @param evidence   the seeds/evidence.yaml id the figure comes from
 * @param scenario   shipped scenario (file name without .yaml under scenarios/) it is measured on
 * @param set        overrides applied to that scenario (as --set), e.g. the Stoke community fund
 * @param observable what is read each month (null when not measurable)
 * @param statistic  how one replication's series becomes one number
 * @param months     the months the statistic reads (0-based, inclusive)
 * @param target     the source's value
 * @param tolerance  the scale of agreement: a two-sided target is met within ±tolerance; distances are in tolerances
 * @param side       BOTH (value ± tolerance), ABOVE (the value must exceed target), BELOW (must fall under it)
 * @param role       FITTED (in the ABC distance), HELD_OUT (reported only) or NOT_MEASURABLE (no model measure yet)
 * @param note       why this tolerance, what is assumed; for NOT_MEASURABLE, what is missing
 */
public record CalibrationTarget(String id, String evidence, String scenario, List<String> set, Observable observable,
                                Statistic statistic, int[] months, double target, double tolerance, Side side, Role role,
                                String note) {

    public enum Side { BOTH, ABOVE, BELOW }

    public enum Role {
        FITTED, HELD_OUT, NOT_MEASURABLE;

        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    public boolean measurable() { return role != Role.NOT_MEASURABLE; }

    /** Months a run must last for this target. */
    public int monthsNeeded() {
        int max = 0;
        for (int m : months) max = Math.max(max, m);
        return max + 1;
    }

    /** Which runs this target needs: the scenario with its overrides. */
    public String runKey() { return set.isEmpty() ? scenario : scenario + " " + String.join(" ", set); }

    /** The model value's distance from the target in tolerances (0 inside a one-sided bound). */
    public double z(double value) {
        return switch (side) {
            case BOTH -> (value - target) / tolerance;
            case ABOVE -> Math.max(0, target - value) / tolerance;
            case BELOW -> Math.max(0, value - target) / tolerance;
        };
    }

    /** Whether an interval [low, high] of the model's values reaches the band the source allows. */
    public boolean hit(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) return false;
        return switch (side) {
            case BOTH -> high >= target - tolerance && low <= target + tolerance;
            case ABOVE -> high > target;
            case BELOW -> low < target;
        };
    }

    /** The target as words: "1.18 ± 0.05", "> 0", "< 0.5". */
    public String describe() {
        return switch (side) {
            case BOTH -> fmt(target) + " ± " + fmt(tolerance);
            case ABOVE -> "> " + fmt(target);
            case BELOW -> "< " + fmt(target);
        };
    }

    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
