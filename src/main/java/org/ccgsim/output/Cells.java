package org.ccgsim.output;

import org.ccgsim.outcome.Num;

/** Cells of the experiment CSV files. */
final class Cells {
    private Cells() {}

    /** A number, or nothing for NaN (an empty cell). */
    static void num(StringBuilder sb, double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return;
        Num.append(sb, x, decimals);
    }
}
