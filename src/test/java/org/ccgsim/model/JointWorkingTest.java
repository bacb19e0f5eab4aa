package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Joint working of a CCG and its hospital on planned care (stoke-follow-ups): it builds from the CCG's commitment to
 * redesign (its fund going into community services), ahead of the services' lagged effect, carried by its clinical
 * leads and broken by a stand-off. Paired runs: replication r of each arm has the same seed.
 */
class JointWorkingTest {

    /** The Stoke-like setup of the evidence check: an engaged CCG putting its whole fund into community services. */
    private static Scenario stoke(String base, Consumer<Scenario> change) throws Exception {
        Scenario s = ModelRuns.stokeLike(base, 10);
        change.accept(s);
        return s;
    }

    /** The first CCG's joint working with its first trust, and its overdue follow-ups, at the end of each month. */
    private static double[][] trace(Scenario s, int replication) {
        double[][] x = new double[2][s.months];
        ModelRuns.run(s, replication, ModelRuns.monthly(e -> {
            x[0][e.month()] = e.ccgs()[0].contracts[0].jointWorking;
            x[1][e.month()] = e.ccgs()[0].month.overdueFollowUps;
        }));
        return x;
    }

    @Test
    void jointWorkingStartsWithTheCommitmentBeforeTheCommunityServicesTakeEffect() throws Exception {
        Scenario on = stoke("engagement", s -> { }), off = stoke("engagement", s -> s.trusts.get(0).followUpReviewShare = 0);
        int lag = on.ccgs.get(0).fund.lagMonths;
        double sumOn = 0, sumOff = 0;
        for (int r = 0; r < 4; r++) {
            double[][] with = trace(on, r), without = trace(off, r);
            assertTrue(with[0][0] > 0, "replication " + r + ": no joint working in month 0");
            assertTrue(with[0][2] > with[0][0], "replication " + r + ": joint working does not build up");
            // before the community services come in, the joint review alone shortens the list
            assertTrue(with[1][lag - 1] < without[1][lag - 1],
                    "replication " + r + ": " + with[1][lag - 1] + " with the review vs " + without[1][lag - 1] + " without");
            sumOn += with[1][lag - 1];
            sumOff += without[1][lag - 1];
        }
        assertTrue(sumOn < 0.85 * sumOff, sumOn + " vs " + sumOff);
    }

    @Test
    void anEngagementLedCcgsClinicalLeadsWorkDownTheOverdueListFasterThanADirectiveCcgs() throws Exception {
        Scenario engaged = stoke("engagement", s -> { }), directive = stoke("directive", s -> { });
        assertEquals(ManagementStyle.DIRECTIVE, directive.ccgs.get(0).management.style);
        double sumEngaged = 0, sumDirective = 0;
        for (int r = 0; r < 4; r++) {
            double[][] e = trace(engaged, r), d = trace(directive, r);
            assertTrue(e[0][5] > d[0][5], "replication " + r + ": joint working " + e[0][5] + " engaged vs " + d[0][5] + " directive");
            sumEngaged += e[1][9];
            sumDirective += d[1][9];
        }
        assertTrue(sumEngaged < 0.9 * sumDirective, sumEngaged + " engaged vs " + sumDirective + " directive");
    }

    @Test
    void fewerLeaderSessionsBuildLessJointWorking() throws Exception {
        Scenario full = stoke("engagement", s -> { }), thin = stoke("engagement", s -> s.ccgs.get(0).management.leaderSessionsPerWeek = 1);
        double[][] a = trace(full, 0), b = trace(thin, 0);
        assertTrue(b[0][5] < 0.6 * a[0][5], b[0][5] + " with one session vs " + a[0][5]);
        assertTrue(b[1][9] > a[1][9], b[1][9] + " vs " + a[1][9]);
    }

    @Test
    void aFasterBuildShortensTheListSooner() throws Exception {
        Scenario slow = stoke("engagement", s -> s.trusts.get(0).jointWorkingBuildMonths = 8),
                fast = stoke("engagement", s -> s.trusts.get(0).jointWorkingBuildMonths = 1);
        double sumSlow = 0, sumFast = 0;
        for (int r = 0; r < 3; r++) {
            sumSlow += trace(slow, r)[1][3];
            sumFast += trace(fast, r)[1][3];
        }
        assertTrue(sumFast < sumSlow, sumFast + " vs " + sumSlow);
    }

    @Test
    void aStandOffBreaksJointWorkingAndItIsBuiltAgainAfter() throws Exception {
        Scenario refused = stoke("standoff", s -> { }), signed = stoke("engagement", s -> s.ccgs.get(0).management.style = ManagementStyle.MIX);
        double sumRefused = 0, sumSigned = 0;
        for (int r = 0; r < 4; r++) {
            double[] joint = new double[refused.months];
            boolean[] standoff = new boolean[refused.months];
            double[] overdue = new double[1];
            ModelRuns.run(refused, r, ModelRuns.monthly(e -> {
                Contract c = e.ccgs()[0].contracts[0];
                joint[e.month()] = c.jointWorking;
                standoff[e.month()] = c.state == ContractState.STANDOFF;
                if (e.month() == 9) overdue[0] = e.ccgs()[0].month.overdueFollowUps;
            }));
            assertTrue(standoff[0], "replication " + r + ": no stand-off in month 0");
            int settled = 0;
            while (settled < joint.length && standoff[settled]) {
                assertEquals(0.0, joint[settled], "replication " + r + ", month " + settled);
                settled++;
            }
            assertTrue(settled + 2 < joint.length, "replication " + r + ": the stand-off did not end");
            assertTrue(joint[settled] > 0 && joint[settled] < joint[settled + 2], "replication " + r + ": not rebuilt gradually after month " + settled);
            sumRefused += overdue[0];
            sumSigned += trace(signed, r)[1][9];
        }
        assertTrue(sumRefused > sumSigned, sumRefused + " after a stand-off vs " + sumSigned + " signed");
    }

    /**
     * Per replication: overdue follow-ups at month 9, follow-ups the trust billed in year two, its income in year two and the
     * extra elective admissions it put into freed beds in year two.
     */
    private static double[] redesignOutcomes(Scenario s, int replication) {
        double[] x = new double[4];
        ModelRuns.run(s, replication, ModelRuns.monthly(e -> {
            if (e.month() == 9) x[0] = e.ccgs()[0].month.overdueFollowUps;
            if (e.month() >= 12) {
                for (Contract c : e.trusts()[0].contracts()) x[1] += c.followUpsDone;
                x[2] += e.trusts()[0].incomeThisMonth;
                x[3] += e.trusts()[0].extraElectives;
            }
        }));
        return x;
    }

    @Test
    void jointRedesignOfFollowUpsFreesSessionsForTheOverdueListAndCostsTheTrustItsFollowUpIncome() throws Exception {
        Scenario without = stoke("engagement", s -> { s.months = 24; s.trusts.get(0).jointFollowUpCut = 0; }),
                with = stoke("engagement", s -> s.months = 24);
        assertTrue(with.trusts.get(0).jointFollowUpCut > 0);
        for (int r = 0; r < 3; r++) {
            double[] a = redesignOutcomes(without, r), b = redesignOutcomes(with, r);
            assertTrue(b[0] < 0.85 * a[0], "replication " + r + ": overdue at month 9 " + b[0] + " with the redesign vs " + a[0]);
            // once the backlog is worked down, fewer follow-ups are seen and billed: the trust's income falls
            assertTrue(b[1] < a[1], "replication " + r + ": follow-ups billed in year two " + b[1] + " vs " + a[1]);
            // its income falls, unless the shortfall sets it resisting and it fills freed beds with paid elective work
            assertTrue(b[2] < a[2] || b[3] > a[3], "replication " + r + ": trust income in year two " + b[2] + " vs " + a[2]
                    + " with extra electives " + b[3] + " vs " + a[3]);
        }
    }

    @Test
    void aTrustInDeficitHoldsOnToTheFollowUpsARedesignWouldTakeAway() throws Exception {
        // year one's willingness reads the trust's starting position: 3% in deficit
        Consumer<Scenario> deficit = s -> { s.trusts.get(0).plannedSurplusPct = -3; s.trusts.get(0).initialMarginSd = 0; };
        Scenario goesAlong = stoke("engagement", deficit.andThen(s -> s.trusts.get(0).followUpRedesignDeficitSensitivity = 0)),
                holdsOn = stoke("engagement", deficit);
        for (int r = 0; r < 3; r++) {
            double[] a = redesignOutcomes(goesAlong, r), b = redesignOutcomes(holdsOn, r);
            assertTrue(b[0] > a[0], "replication " + r + ": overdue at month 9 " + b[0] + " in deficit vs " + a[0] + " going along");
        }
    }

    @Test
    void theRedesignAndTheCommunityServicesTogetherCutFollowUpsByLessThanTheirSum() throws Exception {
        Scenario s = stoke("engagement", x -> x.months = 1);
        double[] perCompletion = new double[2];
        ModelRuns.run(s, 0, ModelRuns.monthly(e -> {
            AcuteTrust t = e.trusts()[0];
            Contract c = t.contracts()[0];
            c.jointWorking = 1;
            t.marginLastYear = 0;
            c.ccg.followUpCutFromInvestment = 0.9;
            perCompletion[0] = t.followUpsPerCompletion(e, c);
            perCompletion[1] = e.tariff.followUpsPerFirst;
        }));
        double redesign = s.trusts.get(0).jointFollowUpCut;
        assertEquals(perCompletion[1] * (1 - redesign) * 0.1, perCompletion[0], 1e-12);
        assertTrue(perCompletion[0] > 0);
    }

    @Test
    void noJointWorkingWhenTheFundGoesToPrimaryCare() throws Exception {
        Scenario s = ModelRuns.load("engagement");
        s.months = 6;
        double[] most = {0};
        ModelRuns.run(s, 0, ModelRuns.monthly(e -> most[0] = Math.max(most[0], e.ccgs()[0].contracts[0].jointWorking)));
        assertEquals(0.0, most[0]);
    }
}
