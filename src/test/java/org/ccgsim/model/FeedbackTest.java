package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * What a practice counts when asked whether its CCG acts on its feedback (docs/ODD.md 7.4): its views on
 * decisions put to it, its objections to decisions taken without it, and the issues it raises through its
 * locality lead. Each lever is compared on the same replications (common random numbers).
 */
class FeedbackTest {

    private static Scenario scenario(String name, int months, Consumer<CcgParams> change) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.months = months;
        change.accept(s.ccgs.get(0));
        return s;
    }

    /** Sum over replications 0..n-1 of {@code each} over every month of the run. */
    private static double summed(Scenario s, int replications, ToDoubleFunction<Ccg> each) {
        double[] sum = {0};
        for (int r = 0; r < replications; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> sum[0] += each.applyAsDouble(e.ccgs()[0])));
        }
        return sum[0];
    }

    /** Share of the issues raised over replications 0..n-1 that the CCG acted on. */
    private static double actedShare(Scenario s, int replications) {
        long raised = 0, acted = 0;
        for (int r = 0; r < replications; r++) {
            CcgManagement m = ModelRuns.run(s, r, null).ccgs()[0].management;
            raised += m.issuesRaised;
            acted += m.issuesActed;
        }
        assertTrue(raised > 0, "issues were raised");
        return acted / (double) raised;
    }

    private static double feedback(Scenario s) {
        return summed(s, 4, c -> c.month.feedbackShare);
    }

    @Test
    void practicesRaiseIssuesAtTheirRateAndTheCcgActsOnSome() throws Exception {
        Scenario s = scenario("baseline", 24, c -> { });
        Ccg ccg = ModelRuns.run(s, 0, null).ccgs()[0];
        double expected = ccg.params.consultation.issuesPerPracticeMonth * ccg.practices.length * 24;
        int raised = ccg.management.issuesRaised;
        assertTrue(Math.abs(raised - expected) < 4 * Math.sqrt(expected), "raised " + raised + " against " + expected);
        assertTrue(ccg.management.issuesActed > 0 && ccg.management.issuesActed < raised, "acted on " + ccg.management.issuesActed);
        Scenario none = scenario("baseline", 24, c -> c.consultation.issuesPerPracticeMonth = 0);
        assertEquals(0, ModelRuns.run(none, 0, null).ccgs()[0].management.issuesRaised);
    }

    @Test
    void moreIssuesRaisedPullTheShareTowardsHowOftenTheCcgActsOnThem() throws Exception {
        // a CCG that acts on every issue is said to act on feedback more the more issues are raised; one that acts on none, less
        Scenario few = scenario("baseline", 36, c -> { c.consultation.issuesPerPracticeMonth = 0.2; c.consultation.issueActionEngaged = 1; c.consultation.issueActionDirective = 1; });
        Scenario many = scenario("baseline", 36, c -> { c.consultation.issuesPerPracticeMonth = 2; c.consultation.issueActionEngaged = 1; c.consultation.issueActionDirective = 1; });
        assertTrue(feedback(many) > feedback(few), "acting on all: " + feedback(many) + " vs " + feedback(few));
        Scenario fewIgnored = scenario("baseline", 36, c -> { c.consultation.issuesPerPracticeMonth = 0.2; c.consultation.issueActionEngaged = 0; c.consultation.issueActionDirective = 0; });
        Scenario manyIgnored = scenario("baseline", 36, c -> { c.consultation.issuesPerPracticeMonth = 2; c.consultation.issueActionEngaged = 0; c.consultation.issueActionDirective = 0; });
        assertTrue(feedback(manyIgnored) < feedback(fewIgnored), "acting on none: " + feedback(manyIgnored) + " vs " + feedback(fewIgnored));
    }

    @Test
    void anEngagementLedCcgActsOnIssuesWithItsChance() throws Exception {
        Scenario low = scenario("engagement", 36, c -> c.consultation.issueActionEngaged = 0.2);
        Scenario high = scenario("engagement", 36, c -> c.consultation.issueActionEngaged = 0.8);
        assertTrue(actedShare(high, 3) > actedShare(low, 3) + 0.2, "acted share " + actedShare(high, 3) + " vs " + actedShare(low, 3));
        assertTrue(feedback(high) > feedback(low), "feedback share " + feedback(high) + " vs " + feedback(low));
    }

    @Test
    void aDirectiveCcgActsOnIssuesWithItsOwnChance() throws Exception {
        Scenario low = scenario("directive", 36, c -> c.consultation.issueActionDirective = 0.1);
        Scenario high = scenario("directive", 36, c -> c.consultation.issueActionDirective = 0.5);
        assertTrue(actedShare(high, 3) > actedShare(low, 3) + 0.2, "acted share " + actedShare(high, 3) + " vs " + actedShare(low, 3));
        assertTrue(feedback(high) > feedback(low), "feedback share " + feedback(high) + " vs " + feedback(low));
        // the engagement-led chance plays no part in a fully directive CCG
        Scenario other = scenario("directive", 36, c -> { c.consultation.issueActionDirective = 0.1; c.consultation.issueActionEngaged = 0.9; });
        assertEquals(actedShare(low, 3), actedShare(other, 3), 1e-12);
    }

    @Test
    void aThinManagementTeamActsOnFewerIssues() throws Exception {
        Scenario thin = scenario("baseline", 36, c -> c.finance.managementAllowancePerHead = 10);
        Scenario full = scenario("baseline", 36, c -> c.finance.managementAllowancePerHead = 40);
        assertTrue(actedShare(full, 4) > actedShare(thin, 4), "acted share " + actedShare(full, 4) + " vs " + actedShare(thin, 4));
    }

    @Test
    void aStrongerLocalityLeadCarriesMoreIssuesToBeActedOn() throws Exception {
        Ccg ccg = ModelRuns.run(scenario("baseline", 60, c -> c.localityLeadSpread = 1.0), 0, null).ccgs()[0];
        int strong = 0, weak = 0;
        for (int l = 1; l < ccg.params.localities; l++) {
            if (ccg.members.leadReach(l) > ccg.members.leadReach(strong)) strong = l;
            if (ccg.members.leadReach(l) < ccg.members.leadReach(weak)) weak = l;
        }
        double strongActed = 0, weakActed = 0;
        for (Practice p : ccg.practices) {
            if (p.locality == strong) strongActed += p.actedRemembered / p.issuesRemembered;
            if (p.locality == weak) weakActed += p.actedRemembered / p.issuesRemembered;
        }
        assertTrue(ccg.members.leadReach(strong) > ccg.members.leadReach(weak));
        // every practice of a locality shares what its lead reports back; the stronger lead's practices remember more acted on
        assertTrue(strongActed / count(ccg, strong) > weakActed / count(ccg, weak),
                "strong lead " + strongActed / count(ccg, strong) + " vs weak " + weakActed / count(ccg, weak));
    }

    private static int count(Ccg ccg, int locality) {
        int n = 0;
        for (Practice p : ccg.practices) if (p.locality == locality) n++;
        return n;
    }

    @Test
    void aDecisionTakenWithoutAPracticeCountsAgainstTheCcgOnlyWhenThePracticeObjects() throws Exception {
        Ccg ccg = ModelRuns.run(scenario("baseline", 1, c -> { }), 0, null).ccgs()[0];
        Practice p = ccg.practices[0];
        p.decisionsRemembered = 4;
        p.heardRemembered = 2;
        p.issuesRemembered = 0;
        p.actedRemembered = 0;
        double before = p.saysCcgActsOnFeedback(0);
        p.engagement = 1; // shares the CCG's aims: nothing to object to
        p.decidedOverItsHead(3);
        assertEquals(before, p.saysCcgActsOnFeedback(0), 1e-12);
        p.engagement = 0.25; // objects to three quarters of them
        p.decidedOverItsHead(4);
        assertEquals(2 / 7.0, p.saysCcgActsOnFeedback(0), 1e-12);
        // a view given counts whether heard or not
        p.gaveView(true);
        p.gaveView(false);
        assertEquals(3 / 9.0, p.saysCcgActsOnFeedback(0), 1e-12);
        // issues raised and acted on count alongside
        p.rememberIssues(1, 1);
        assertEquals(4 / 10.0, p.saysCcgActsOnFeedback(0), 1e-12);
    }

    @Test
    void moreEngagedPracticesObjectLessSoSayTheCcgActsOnFeedbackMore() throws Exception {
        Scenario low = scenario("baseline", 24, c -> { });
        Scenario high = scenario("baseline", 24, c -> { });
        low.practice.engagementMean = 0.3;
        high.practice.engagementMean = 0.7;
        assertTrue(feedback(high) > feedback(low), "feedback share " + feedback(high) + " vs " + feedback(low));
    }
}
