package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.AreaTeamStyle;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** CCGs that learn from each other or compete, and Area Teams whose attention is shared among their CCGs. */
class NeighboursTest {

    private static CcgParams ccg(Scenario s, String id) {
        for (CcgParams c : s.ccgs) if (c.id.equals(id)) return c;
        throw new AssertionError(id);
    }

    private static int index(Scenario s, String id) {
        for (int i = 0; i < s.ccgs.size(); i++) if (s.ccgs.get(i).id.equals(id)) return i;
        throw new AssertionError(id);
    }

    /** Mean over replications of a CCG's mean engagement over months 12-35. */
    private static double engagement(Scenario s, String id, int replications) {
        int k = index(s, id);
        double sum = 0;
        int n = 0;
        for (int r = 0; r < replications; r++) {
            double[] acc = {0};
            int[] count = {0};
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                if (e.month() >= 12) { acc[0] += e.ccgs()[k].month.engagementMean; count[0]++; }
            }));
            sum += acc[0] / count[0];
            n++;
        }
        return sum / n;
    }

    @Test
    void ccgsSharingAnAreaTeamOrATrustAreNeighbours() throws Exception {
        Scenario cluster = ModelRuns.load("staffordshire-cluster");
        cluster.months = 1;
        HealthEconomy e = ModelRuns.run(cluster, 0, null);
        for (Ccg c : e.ccgs()) assertEquals(e.ccgs().length - 1, c.neighbours().length, c + ": one Area Team, so all are neighbours");
        Scenario baseline = ModelRuns.load("baseline");
        baseline.months = 1;
        assertEquals(0, ModelRuns.run(baseline, 0, null).ccgs()[0].neighbours().length);
    }

    @Test
    void neighboursThatTurnRivalLowerStokesEngagementAndPartnersRaiseIt() throws Exception {
        Scenario partner = ModelRuns.load("staffordshire-cluster");
        Scenario rival = ModelRuns.load("staffordshire-cluster");
        partner.months = rival.months = 36;
        for (CcgParams c : partner.ccgs) if (!c.id.equals("stoke")) c.collaboration = 1;
        for (CcgParams c : rival.ccgs) if (!c.id.equals("stoke")) c.collaboration = 0;
        double withPartners = engagement(partner, "stoke", 16);
        double withRivals = engagement(rival, "stoke", 16);
        assertTrue(withPartners > withRivals + 0.01, "Stoke's engagement with its neighbours partners " + withPartners
                + " vs rivals " + withRivals);
    }

    @Test
    void partnersLearnAnEngagementLedNeighboursEffortAndRivalsDoNot() throws Exception {
        Scenario partners = ModelRuns.load("staffordshire-cluster");
        Scenario rivals = ModelRuns.load("staffordshire-cluster");
        partners.months = rivals.months = 3;
        for (Scenario s : new Scenario[] {partners, rivals}) {
            for (CcgParams c : s.ccgs) c.management.style = ManagementStyle.DIRECTIVE;
            ccg(s, "north-staffs").management.style = ManagementStyle.ENGAGEMENT;
        }
        for (CcgParams c : partners.ccgs) c.collaboration = 1;
        for (CcgParams c : rivals.ccgs) c.collaboration = 0;
        Ccg learner = ModelRuns.run(partners, 0, null).ccgs()[index(partners, "stoke")];
        Ccg alone = ModelRuns.run(rivals, 0, null).ccgs()[index(rivals, "stoke")];
        assertTrue(learner.partners.effortLearnt > 0 && learner.partners.effortLostToRivalry == 0);
        assertTrue(alone.partners.effortLearnt == 0 && alone.partners.effortLostToRivalry > 0);
        assertTrue(learner.getEngagementEffort() > alone.getEngagementEffort());
    }

    @Test
    void anAreaTeamWithMoreCcgsThanItCanAttendToGivesEachLessAttention() throws Exception {
        Scenario cluster = ModelRuns.load("staffordshire-cluster");
        cluster.months = 1;
        cluster.areaTeams.get(0).ccgsFullAttention = 2;
        AreaTeam at = ModelRuns.run(cluster, 0, null).areaTeams()[0];
        assertEquals(2.0 / 7, at.getAttention(), 1e-12);
        cluster.areaTeams.get(0).ccgsFullAttention = 8;
        assertEquals(1.0, ModelRuns.run(cluster, 0, null).areaTeams()[0].getAttention(), 1e-12);
    }

    @Test
    void aDirectiveAreaTeamSpreadThinWearsEngagementDownLess() throws Exception {
        Scenario thin = ModelRuns.load("staffordshire-cluster");
        Scenario full = ModelRuns.load("staffordshire-cluster");
        thin.months = full.months = 36;
        for (Scenario s : new Scenario[] {thin, full}) s.areaTeams.get(0).style = AreaTeamStyle.DIRECTIVE;
        thin.areaTeams.get(0).ccgsFullAttention = 1;
        full.areaTeams.get(0).ccgsFullAttention = 20;
        double spreadThin = engagement(thin, "stoke", 4);
        double attentive = engagement(full, "stoke", 4);
        assertTrue(spreadThin > attentive, "engagement under a team spread thin " + spreadThin + " vs attentive " + attentive);
    }
}
