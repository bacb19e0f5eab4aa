package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** New practice schemes each April (ODD 7.2): paired runs with and without them, common random numbers. */
class PracticeSchemesTest {

    private static Scenario load(String name, double depthMax) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.months = 48;
        s.practice.schemeDepthMax = depthMax;
        return s;
    }

    /** Mean over replications of [final-year referrals per 1,000 a month, depth at the end]. */
    private static double[] finalYear(Scenario s, int replications) {
        double referrals = 0, depth = 0;
        for (int r = 0; r < replications; r++) {
            double[] sums = new double[3];
            Ccg[] ccg = {null};
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                Ccg c = e.ccgs()[0];
                ccg[0] = c;
                if (e.month() < 36) return;
                sums[0] += c.month.electiveReferrals;
                sums[1] += c.month.population / 1000.0;
            }));
            referrals += sums[0] / sums[1];
            depth += ccg[0].schemes.depth;
        }
        return new double[] {referrals / replications, depth / replications};
    }

    @Test
    void withoutNewSchemesTheDepthStaysAtYearOnes() throws Exception {
        assertEquals(1.0, finalYear(load("baseline", 1), 2)[1], 1e-12);
    }

    @Test
    void newSchemesEachYearCutReferralsFurther() throws Exception {
        double[] without = finalYear(load("baseline", 1), 6);
        double[] with = finalYear(load("baseline", 3), 6);
        assertTrue(with[1] > 1.1 && with[1] < 3, "depth after four plans " + with[1]);
        assertTrue(with[0] < without[0] - 0.1, "final-year referrals per 1,000: " + with[0] + " with new schemes vs " + without[0]);
    }

    @Test
    void newSchemesSaveLessWherePracticesAreNotEngaged() throws Exception {
        int n = 8;
        double gapWithout = finalYear(load("directive", 1), n)[0] - finalYear(load("engagement", 1), n)[0];
        double gapWith = finalYear(load("directive", 3), n)[0] - finalYear(load("engagement", 3), n)[0];
        assertTrue(gapWith > gapWithout + 0.01, "directive - engagement-led referrals per 1,000: " + gapWith
                + " with new schemes vs " + gapWithout + " without");
    }
}
