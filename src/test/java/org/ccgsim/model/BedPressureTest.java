package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Beds under pressure (ODD 7.7 steps 1, 2 and 6): elective cancellations hold a month's occupancy below
 * electiveCancellationOccupancy, approaching it rather than piling on it; the pathways completed in a month of
 * cancellations use beds only for those admitted; when emergencies alone would fill the beds the trust opens
 * escalation beds, so occupancy approaches 100% but never passes it, and they cost it money.
 */
class BedPressureTest {

    /** The baseline with hard winters (a 50% peak every year) on emergencies growing 10% a year beyond plan. */
    private static Scenario hardWinters() throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = 48;
        s.world.winterPeakPct = 50;
        s.world.winterSeveritySd = 0;
        s.ccgs.forEach(c -> c.finance.emergencyGrowthPct = 10);
        return s;
    }

    @Test
    void cancellationsHoldOccupancyBelowTheirLevelWithoutPilingOnIt() throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = 60;
        double c = s.trusts.get(0).electiveCancellationOccupancy;
        int[] near = new int[1], atOrAbove = new int[1];
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                for (AcuteTrust t : e.trusts()) {
                    if (t.getEscalationBeds() > 0) continue;
                    if (t.getOccupancy() >= c) atOrAbove[0]++;
                    else if (t.getOccupancy() > c - 0.02) near[0]++;
                }
            }));
        }
        assertEquals(0, atOrAbove[0], "trust-months at or above " + c + " without escalation beds");
        assertTrue(near[0] > 0, "some winter months come within 2 points of it");
    }

    @Test
    void escalationBedsKeepOccupancyBelowFullWhereWithoutThemItWouldPassIt() throws Exception {
        Scenario with = hardWinters(), without = hardWinters();
        without.trusts.forEach(t -> t.escalationOccupancy = 1);
        double[] highest = new double[2], opened = new double[1];
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(with, r, ModelRuns.monthly(e -> {
                for (AcuteTrust t : e.trusts()) { highest[0] = Math.max(highest[0], t.getOccupancy()); opened[0] += t.getEscalationBeds(); }
            }));
            ModelRuns.run(without, r, ModelRuns.monthly(e -> {
                for (AcuteTrust t : e.trusts()) highest[1] = Math.max(highest[1], t.getOccupancy());
            }));
        }
        assertTrue(opened[0] > 0, "hard winters open escalation beds");
        assertTrue(highest[0] < 1, "highest occupancy with escalation beds: " + highest[0]);
        assertTrue(highest[1] > 1, "highest occupancy without them: " + highest[1]);
    }

    @Test
    void escalationBedsCostTheTrustAtTheirPremium() throws Exception {
        Scenario free = hardWinters(), dear = hardWinters();
        free.trusts.forEach(t -> t.escalationCostPremium = 0);
        dear.trusts.forEach(t -> t.escalationCostPremium = 3);
        free.months = dear.months = 36;
        double[] surplus = new double[2];
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(free, r, ModelRuns.monthly(e -> { if (e.month() == 35) for (AcuteTrust t : e.trusts()) surplus[0] += t.getSurplusYearToDate(); }));
            ModelRuns.run(dear, r, ModelRuns.monthly(e -> { if (e.month() == 35) for (AcuteTrust t : e.trusts()) surplus[1] += t.getSurplusYearToDate(); }));
        }
        assertTrue(surplus[1] < surplus[0], "trusts' 2015/16 surplus (sum of 4): " + surplus[1] + " at premium 3 vs " + surplus[0] + " at 0");
    }

    /** In a month of cancellations the completed pathways use no more beds than the admissions that fit. */
    @Test
    void aMonthOfCancellationsGivesBedsOnlyToTheAdmitted() throws Exception {
        Scenario s = hardWinters();
        int[] cancelling = new int[1], over = new int[1];
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                for (AcuteTrust t : e.trusts()) {
                    if (t.electivesCancelled <= 0 || t.getEscalationBeds() > 0) continue;
                    cancelling[0]++;
                    if (t.getOccupancy() > t.params.electiveCancellationOccupancy) over[0]++;
                }
            }));
        }
        assertTrue(cancelling[0] > 0, "hard winters cancel electives");
        assertEquals(0, over[0], "months of cancellations above the cancellation level (of " + cancelling[0] + ")");
    }
}
