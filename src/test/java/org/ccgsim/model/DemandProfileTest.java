package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Demand month by month (ODD 7.2) and year one's QIPP plan to date (ODD 7.3): demand rises by the same step every month,
 * April included, and averages each year's planned level; in year one only the schemes' part of the plan follows their
 * ramp-up, while contract measures are planned from April.
 */
class DemandProfileTest {

    @Test
    void demandRisesByTheSameStepEveryMonthAndAveragesTheYearsPlannedLevel() throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = 36;
        double[] level = new double[36], planned = new double[36];
        ModelRuns.run(s, 0, ModelRuns.monthly(e -> {
            level[e.month()] = e.ccgs()[0].demandThisMonth;
            planned[e.month()] = e.ccgs()[0].demandGrowth;
        }));
        double step = Math.pow(1 + s.ccgs.get(0).finance.demandGrowthPct / 100, 1 / 12.0);
        for (int m = 1; m < 36; m++) assertEquals(step, level[m] / level[m - 1], 1e-12, "month " + m + " over month " + (m - 1));
        for (int y = 0; y < 3; y++) {
            double logSum = 0;
            for (int m = 12 * y; m < 12 * y + 12; m++) logSum += Math.log(level[m]);
            assertEquals(planned[12 * y], Math.exp(logSum / 12), 1e-12, "year " + y);
        }
    }

    @Test
    void yearOnePlansTheContractMeasuresFromAprilAndTheWholePlanByMarch() throws Exception {
        Scenario with = ModelRuns.load("baseline"), without = ModelRuns.load("baseline");
        with.months = without.months = 12;
        without.ccgs.get(0).finance.contractMeasuresShare = 0;
        without.ccgs.get(0).finance.otherMeasuresShare = 0;
        double[][] profile = new double[2][12];
        ModelRuns.run(with, 0, ModelRuns.monthly(e -> profile[0][e.month()] = e.ccgs()[0].finance.planProfileToDate));
        ModelRuns.run(without, 0, ModelRuns.monthly(e -> profile[1][e.month()] = e.ccgs()[0].finance.planProfileToDate));
        assertEquals(1, profile[0][11], 1e-9, "the whole plan by March, with measures");
        assertEquals(1, profile[1][11], 1e-9, "the whole plan by March, schemes only");
        assertTrue(profile[0][0] > 1.5 * profile[1][0],
                "April's share of the plan: " + profile[0][0] + " with contract measures vs " + profile[1][0] + " schemes only");
    }
}
