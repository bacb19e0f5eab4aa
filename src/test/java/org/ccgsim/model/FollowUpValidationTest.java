package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Validation of the overdue follow-up list (stoke-follow-ups): records that need no appointment come off the list once the
 * trust and the CCG work on it together. Paired runs: replication r of each arm has the same seed.
 */
class FollowUpValidationTest {

    private static Scenario stoke(Consumer<Scenario> change) throws Exception {
        Scenario s = ModelRuns.stokeLike("engagement", 10);
        change.accept(s);
        return s;
    }

    /** The first CCG's overdue follow-ups at the end of each month, and the records validation took off (summed). */
    private static double[][] trace(Scenario s, int replication) {
        double[][] x = new double[2][s.months];
        double[] off = {0};
        ModelRuns.run(s, replication, ModelRuns.monthly(e -> {
            off[0] += e.ccgs()[0].contracts[0].followUpsValidatedOff;
            x[0][e.month()] = e.ccgs()[0].month.overdueFollowUps;
            x[1][e.month()] = off[0];
        }));
        return x;
    }

    @Test
    void validatingTheListShortensItWithinNineMonths() throws Exception {
        Scenario with = stoke(s -> { }), without = stoke(s -> s.trusts.get(0).followUpValidationShare = 0);
        double sumWith = 0, sumWithout = 0;
        for (int r = 0; r < 4; r++) {
            double a = trace(with, r)[0][9], b = trace(without, r)[0][9];
            assertTrue(a < b, "replication " + r + ": " + a + " with validation vs " + b + " without");
            sumWith += a;
            sumWithout += b;
        }
        assertTrue(sumWith < 0.9 * sumWithout, sumWith + " vs " + sumWithout);
    }

    @Test
    void aCleanListGivesValidationNothingToTakeOff() throws Exception {
        Scenario clean = stoke(s -> s.trusts.get(0).followUpStaleShare = 0),
                unvalidated = stoke(s -> { s.trusts.get(0).followUpStaleShare = 0; s.trusts.get(0).followUpValidationShare = 0; });
        for (int r = 0; r < 2; r++) {
            double[][] a = trace(clean, r), b = trace(unvalidated, r);
            assertArrayEquals(b[0], a[0], 0, "replication " + r);
            assertTrue(a[1][9] == 0, "replication " + r + ": " + a[1][9] + " taken off a clean list");
        }
    }

    @Test
    void validationTakesOffNoMoreThanTheStaleShareOfTheStartingList() throws Exception {
        Scenario s = stoke(x -> x.months = 24);
        double[][] a = trace(s, 0);
        double start = s.trusts.get(0).initialOverdueFollowUpsPer1000; // per 1,000: bound checked against the month-0 list
        double stale = s.trusts.get(0).followUpStaleShare;
        assertTrue(start > 0);
        // the list at month 0 is after a month's work, so the starting list is at most a little above it
        assertTrue(a[1][23] <= stale * a[0][0] * 1.3, a[1][23] + " taken off vs a month-0 list of " + a[0][0]);
        assertTrue(a[1][23] > 0.3 * stale * a[0][0], "validation took off only " + a[1][23]);
    }
}
