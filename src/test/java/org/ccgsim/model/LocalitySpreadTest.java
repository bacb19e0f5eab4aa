package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** locality_engagement_sd: how far the localities' mean engagement lie apart at the month-end stock-take. */
class LocalitySpreadTest {

    @Test
    void theSpreadIsThePopulationStandardDeviationOfTheLocalitiesMeans() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        baseline.months = 12;
        Ccg ccg = ModelRuns.run(baseline, 0, null).ccgs()[0];
        double[] means = ccg.localityMean;
        double grand = 0, squares = 0;
        for (double m : means) grand += m / means.length;
        for (double m : means) squares += (m - grand) * (m - grand);
        double sd = Math.sqrt(squares / means.length);
        assertTrue(sd > 0, "three localities of different practices do not have identical means");
        assertEquals(sd, ccg.month.localityEngagementSd, 1e-12);
    }

    @Test
    void oneLocalityHasNoSpread() throws Exception {
        Scenario one = ModelRuns.load("baseline");
        one.months = 3;
        one.ccgs.get(0).localities = 1;
        assertEquals(0.0, ModelRuns.run(one, 0, null).ccgs()[0].month.localityEngagementSd);
    }
}
