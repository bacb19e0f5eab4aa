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
    void monthlyQuartilesFromLastMonthsOrderEqualQuartilesBySorting() throws Exception {
        for (String practices : new String[] {"55", "300"}) { // insertion sort, and selection above its limit
            var scenario = org.ccgsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.yaml"),
                    java.util.List.of("months=24", "ccg.practices=" + practices, "ccg.finance.allocation=2000000000")).scenario();
            HealthEconomy economy = new HealthEconomy(3, () -> scenario, s -> java.util.List.of());
            economy.start();
            for (int m = 0; m < scenario.months; m++) {
                economy.schedule.step(economy);
                Ccg ccg = economy.ccgs()[0];
                double[] e = new double[ccg.practices.length];
                for (int i = 0; i < e.length; i++) e[i] = ccg.practices[i].engagement;
                assertEquals(sortedQuantile(e, 0.25), ccg.month.engagementP25, 0.0, "p25, month " + m);
                assertEquals(sortedQuantile(e, 0.75), ccg.month.engagementP75, 0.0, "p75, month " + m);
            }
        }
    }

    @Test
    void quartilesOfAHandExample() {
        assertEquals(2.0, CcgMonth.quantile(new double[] {4, 1, 3, 2, 5}, 0.25));
        assertEquals(1.75, CcgMonth.quantile(new double[] {4, 1, 3, 2}, 0.25), 1e-12);
    }
}
