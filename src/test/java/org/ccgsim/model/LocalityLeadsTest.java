package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Locality leads: a CCG's engagement effort reaches practices through their locality's lead, so localities differ. */
class LocalityLeadsTest {

    /** Spread of the localities' mean engagement at month 59, summed over replications (same seeds in both arms). */
    private static double localitySpread(Scenario scenario, int replications) {
        double sum = 0;
        for (int r = 0; r < replications; r++) sum += ModelRuns.run(scenario, r, null).ccgs()[0].members.localitySd;
        return sum / replications;
    }

    @Test
    void leadsThatDifferMakeLocalitiesMeanEngagementDifferMoreThanLeadsAlike() throws Exception {
        Scenario on = ModelRuns.load("baseline");
        Scenario off = ModelRuns.load("baseline");
        on.ccgs.get(0).localityLeadSpread = 0.5;
        off.ccgs.get(0).localityLeadSpread = 0;
        double differ = localitySpread(on, 8);
        double alike = localitySpread(off, 8);
        assertTrue(differ > alike + 0.01, "locality_engagement_sd with lead spread " + differ + " vs without " + alike);
    }

    @Test
    void withNoSpreadEveryLocalityGetsAllOfTheEffort() throws Exception {
        Scenario off = ModelRuns.load("baseline");
        off.ccgs.get(0).localityLeadSpread = 0;
        Ccg ccg = ModelRuns.run(off, 0, null).ccgs()[0];
        for (int l = 0; l < ccg.params.localities; l++) assertEquals(1.0, ccg.members.leadReach(l), 1e-12);
    }
}
