package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.ConsultationMode;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The levers of issue 13 each act through a mechanism: consultation mode and size, the leaders'
 * perceived engagement, the media story's scrutiny, and feedback from practices' own experience.
 * Each pair runs the same replications (common random numbers) and differs in one parameter.
 */
class LeversTest {

    /** Sum over replications 0..n-1 of {@code each} summed over every month of the run. */
    private static double summed(Scenario s, int replications, ToDoubleFunction<Ccg> each) {
        double[] sum = {0};
        for (int r = 0; r < replications; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> sum[0] += each.applyAsDouble(e.ccgs()[0])));
        }
        return sum[0];
    }

    private static Scenario scenario(String name, int months, Consumer<CcgParams> change) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.months = months;
        change.accept(s.ccgs.get(0));
        return s;
    }

    @Test
    void localityMeetingsKeepPartnersWaitingLongerSoMoreDecisionsAreTakenAnywayAndEngagementIsLower() throws Exception {
        Scenario meetings = scenario("engagement", 24, c -> c.consultation.mode = ConsultationMode.LOCALITY);
        Scenario virtual = scenario("engagement", 24, c -> c.consultation.mode = ConsultationMode.VIRTUAL);
        double impatienceMeetings = summed(meetings, 4, c -> c.partnerImpatience);
        double impatienceVirtual = summed(virtual, 4, c -> c.partnerImpatience);
        assertTrue(impatienceMeetings > impatienceVirtual, "impatience " + impatienceMeetings + " vs " + impatienceVirtual);
        int[] anyway = new int[2];
        for (int r = 0; r < 4; r++) {
            anyway[0] += ModelRuns.run(meetings, r, null).ccgs()[0].management.takenAnywayCount;
            anyway[1] += ModelRuns.run(virtual, r, null).ccgs()[0].management.takenAnywayCount;
        }
        assertTrue(anyway[0] > anyway[1], "decisions taken anyway " + anyway[0] + " vs " + anyway[1]);
        double engagementMeetings = summed(meetings, 4, c -> c.month.engagementMean);
        double engagementVirtual = summed(virtual, 4, c -> c.month.engagementMean);
        assertTrue(engagementVirtual > engagementMeetings, "engagement " + engagementVirtual + " vs " + engagementMeetings);
    }

    @Test
    void aLocalityMeetingReachesFewerOfEachLocalitysPracticesInALargerCcg() throws Exception {
        Scenario s = scenario("baseline", 1, c -> c.consultation.mode = ConsultationMode.LOCALITY);
        Ccg ccg = ModelRuns.run(s, 0, null).ccgs()[0];
        var p = ccg.params.consultation;
        int localities = ccg.params.localities;
        assertEquals(1.0, ccg.management.reach(p, (int) (p.practicesPerMeeting * localities)), 1e-12);
        assertEquals(0.5, ccg.management.reach(p, (int) (2 * p.practicesPerMeeting * localities)), 1e-12);
        p.mode = ConsultationMode.VIRTUAL;
        assertEquals(p.virtualResponse, ccg.management.reach(p, 10_000), 1e-12, "a virtual consultation's reach does not depend on size");
    }

    @Test
    void partnersKeptWaitingCountAgainstTheCcgAtAssurance() throws Exception {
        Scenario warned = scenario("engagement", 36, c -> { });
        Scenario unwarned = scenario("engagement", 36, c -> { });
        warned.areaTeam.impatienceWarning = 0;
        unwarned.areaTeam.impatienceWarning = 100;
        for (Scenario s : new Scenario[] {warned, unwarned}) for (var a : s.areaTeams) a.impatienceWarning = s.areaTeam.impatienceWarning;
        double interventionsWarned = summed(warned, 4, c -> c.month.atInterventions);
        double interventionsUnwarned = summed(unwarned, 4, c -> c.month.atInterventions);
        assertTrue(interventionsWarned > interventionsUnwarned, "Area Team interventions " + interventionsWarned + " vs " + interventionsUnwarned);
    }

    @Test
    void optimisticLeadersEaseOffTheirEngagementEffort() throws Exception {
        Scenario realist = scenario("engagement", 60, c -> c.management.leaderOptimism = 0);
        Scenario optimist = scenario("engagement", 60, c -> c.management.leaderOptimism = 0.3);
        double effortRealist = summed(realist, 10, c -> c.engagementEffort);
        double effortOptimist = summed(optimist, 10, c -> c.engagementEffort);
        assertTrue(effortOptimist < effortRealist, "effort " + effortOptimist + " vs " + effortRealist);
        double engagementRealist = summed(realist, 10, c -> c.month.engagementMean);
        double engagementOptimist = summed(optimist, 10, c -> c.month.engagementMean);
        assertTrue(engagementOptimist < engagementRealist, "engagement " + engagementOptimist + " vs " + engagementRealist);
    }

    @Test
    void optimisticLeadersOfAnAdaptiveCcgTurnDirectiveLater() throws Exception {
        Consumer<CcgParams> adaptive = c -> {
            c.management.style = ManagementStyle.ADAPTIVE;
            c.management.adaptiveFaith = 0.8;
        };
        Scenario realist = scenario("baseline", 36, adaptive.andThen(c -> c.management.leaderOptimism = 0));
        Scenario optimist = scenario("baseline", 36, adaptive.andThen(c -> c.management.leaderOptimism = 0.8));
        int[] firstSwitch = new int[2];
        Scenario[] pair = {realist, optimist};
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < 16; r++) { // optimism delays the turn in about one replication in four, by up to two years
                ModelRuns.EventLog log = new ModelRuns.EventLog();
                ModelRuns.run(pair[i], r, log);
                int first = pair[i].months;
                for (int k = 0; k < log.lines.size(); k++) {
                    if (log.types.get(k).equals("style_switch") && log.lines.get(k).contains("turns directive")) {
                        first = log.months.get(k);
                        break;
                    }
                }
                firstSwitch[i] += first;
            }
        }
        assertTrue(firstSwitch[1] > firstSwitch[0], "summed month of the first switch: optimist " + firstSwitch[1]
                + " vs realist " + firstSwitch[0]);
    }

    @Test
    void aMediaStoryBringsAreaTeamScrutinyAsWellAsAbolitionTalk() throws Exception {
        Consumer<CcgParams> practices = c -> c.qualityPremium.use = PremiumUse.PRACTICES;
        Scenario quiet = scenario("baseline", 60, practices.andThen(c -> c.qualityPremium.mediaStoryChance = 0));
        Scenario story = scenario("baseline", 60, practices.andThen(c -> c.qualityPremium.mediaStoryChance = 1));
        double uncertaintyQuiet = summed(quiet, 16, c -> c.uncertainty);
        double uncertaintyStory = summed(story, 16, c -> c.uncertainty);
        assertTrue(uncertaintyStory > uncertaintyQuiet, "abolition talk " + uncertaintyStory + " vs " + uncertaintyQuiet);
        double scrutinised = summed(story, 16, c -> c.premium.underScrutiny() ? 1 : 0);
        assertTrue(scrutinised > 0, "some CCG-months under scrutiny");
        double interventionsQuiet = summed(quiet, 16, c -> c.month.atInterventions);
        double interventionsStory = summed(story, 16, c -> c.month.atInterventions);
        assertTrue(interventionsStory > interventionsQuiet, "Area Team interventions " + interventionsStory + " vs " + interventionsQuiet);
    }

    @Test
    void feedbackShareComesFromDecisionsPracticesWereHeardOnNotFromEngagement() throws Exception {
        Scenario engaged = scenario("engagement", 36, c -> { });
        HealthEconomy e = ModelRuns.run(engaged, 0, null);
        CcgMonth m = e.ccgs()[0].month;
        assertNotEquals(m.engagementMean, m.feedbackShare, 1e-3);
        // a CCG that never changes a decision for a practice's view is not said to act on feedback
        Scenario deaf = scenario("engagement", 36, c -> c.consultation.responsiveness = 0);
        double heard = summed(engaged, 3, c -> c.month.feedbackShare);
        double unheard = summed(deaf, 3, c -> c.month.feedbackShare);
        assertTrue(unheard < heard, "feedback share " + unheard + " vs " + heard);
        // and meetings that reach fewer practices are heard from less
        Scenario crowded = scenario("engagement", 36, c -> c.consultation.practicesPerMeeting = 5);
        assertTrue(summed(crowded, 3, c -> c.month.feedbackShare) < heard, "crowded meetings");
        // a directive CCG consults less, so practices say it acts on their feedback less
        Scenario directive = scenario("directive", 36, c -> { });
        assertTrue(summed(directive, 3, c -> c.month.feedbackShare) < heard, "directive CCG");
    }
}
