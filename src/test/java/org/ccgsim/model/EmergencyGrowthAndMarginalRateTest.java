package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.ContractType;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Emergency demand growth beyond the general growth ({@code ccg.finance.emergencyGrowthPct}) and the marginal rate rule for
 * emergency admissions ({@code tariff.emergencyMarginalRate}), ODD 7.5 and 7.6: paired runs with common random numbers.
 */
class EmergencyGrowthAndMarginalRateTest {

    private static final int REPLICATIONS = 4;

    /** Sums by year (0-based) of one CCG's emergency admissions, its spend, and its main trust's income, over the replications. */
    private static double[][] yearly(Scenario s) {
        double[][] out = new double[3][s.months / 12];
        for (int r = 0; r < REPLICATIONS; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                int y = e.month() / 12;
                out[0][y] += e.ccgs()[0].month.nonElectiveAdmissions;
                out[1][y] += e.ccgs()[0].month.spend;
                out[2][y] += e.trusts()[0].getIncomeThisMonth();
            }));
        }
        return out;
    }

    @Test
    void extraEmergencyGrowthLeavesYearOneAloneAndRaisesEmergenciesAfter() throws Exception {
        Scenario none = ModelRuns.load("baseline"), grows = ModelRuns.load("baseline");
        for (Scenario s : new Scenario[] {none, grows}) s.months = 36;
        none.ccgs.forEach(c -> c.finance.emergencyGrowthPct = 0);
        grows.ccgs.forEach(c -> c.finance.emergencyGrowthPct = 3);
        double[][] a = yearly(none), b = yearly(grows);
        assertEquals(a[0][0], b[0][0], "year one's emergencies are what the contracts were planned on");
        double third = b[0][2] / a[0][2];
        assertTrue(third > 1.03 && third < 1.09, "year three's emergencies at 3% a year more from year two: ratio " + third);
    }

    @Test
    void theMarginalRateMovesMoneyFromTheTrustToTheCcgAsEmergenciesExceedPlan() throws Exception {
        Scenario full = ModelRuns.load("baseline"), marginal = ModelRuns.load("baseline");
        for (Scenario s : new Scenario[] {full, marginal}) {
            s.months = 36;
            s.ccgs.forEach(c -> c.finance.emergencyGrowthPct = 3); // emergencies well above each April's plan
        }
        full.tariff.emergencyMarginalRate = 1;
        marginal.tariff.emergencyMarginalRate = 0.3;
        double[][] a = yearly(full), b = yearly(marginal);
        double ccgSaves = (a[1][1] + a[1][2]) - (b[1][1] + b[1][2]);
        double trustLoses = (a[2][1] + a[2][2]) - (b[2][1] + b[2][2]);
        assertTrue(ccgSaves > 0, "the CCG pays less for years two and three: £" + ccgSaves);
        assertTrue(trustLoses > 0, "the trust is paid less: £" + trustLoses);
    }

    @Test
    void underABlockContractTheMarginalRateChangesNothing() throws Exception {
        Scenario full = ModelRuns.load("baseline"), marginal = ModelRuns.load("baseline");
        for (Scenario s : new Scenario[] {full, marginal}) {
            s.months = 24;
            s.ccgs.forEach(c -> c.contracts.type = ContractType.BLOCK);
        }
        full.tariff.emergencyMarginalRate = 1;
        marginal.tariff.emergencyMarginalRate = 0.3;
        double[][] a = yearly(full), b = yearly(marginal);
        // the CCG's emergencies and spend (its trust's other commissioners still pay by tariff, so the trust's income may move)
        for (int k = 0; k < 2; k++) for (int y = 0; y < 2; y++) assertEquals(a[k][y], b[k][y], 1e-6, "series " + k + " year " + y);
    }

    @Test
    void theReconciliationIsYearToDateAndGivesBackWhatFallsBelowTheBaseline() {
        Contract c = new Contract(null, null, 1.0);
        c.emergencyBaselineMonthly = 100;
        c.nonElective = 110;
        assertEquals(0.7 * 10 * 1_000, c.applyMarginalRate(1.0, 1_000, 0.3, true), 1e-9);
        c.nonElective = 90; // back on the baseline to date: what was held is paid
        assertEquals(-0.7 * 10 * 1_000, c.applyMarginalRate(1.0, 1_000, 0.3, true), 1e-9);
        c.nonElective = 95; // below the baseline: paid in full, nothing held
        assertEquals(0, c.applyMarginalRate(1.0, 1_000, 0.3, true), 1e-9);
        c.nonElective = 120; // 15 above to date
        assertEquals(0.7 * 15 * 1_000, c.applyMarginalRate(1.0, 1_000, 0.3, true), 1e-9);
        assertEquals(0.7 * 15 * 1_000, c.marginalDeductionYtd, 1e-9);
        c.nonElective = 110; // not paid by tariff: nothing held, but the year is still counted
        assertEquals(0, c.applyMarginalRate(1.0, 1_000, 0.3, false), 1e-9);
        assertEquals(525, c.nonElectiveYtd, 1e-9);
    }
}
