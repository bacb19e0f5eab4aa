package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The engagement quartiles come from selection, and must be the very numbers a sort would give. */
class CcgMonthTest {
    private static double sortedQuantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    @Test
    void quartilesBySelectionEqualQuartilesBySortingBitForBit() {
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        for (int n : new int[] {1, 2, 3, 4, 5, 17, 55, 200, 8_000}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = random.nextDouble() < 0.1 ? 0.5 : random.nextDouble(); // with ties
            for (double q : new double[] {0.25, 0.5, 0.75}) {
                assertEquals(Double.doubleToLongBits(sortedQuantile(values, q)), Double.doubleToLongBits(CcgMonth.quantile(values.clone(), q)),
                        "n=" + n + " q=" + q);
            }
        }
    }

    @Test
    void quartilesOfAHandExample() {
        assertEquals(2.0, CcgMonth.quantile(new double[] {4, 1, 3, 2, 5}, 0.25));
        assertEquals(1.75, CcgMonth.quantile(new double[] {4, 1, 3, 2}, 0.25), 1e-12);
    }
}
