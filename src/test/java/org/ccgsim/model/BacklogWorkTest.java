package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The starting list at the steady state of its treatment order, and a trust working with an engaged CCG on
 * its backlog (stoke-18-week-backlog), pinned by paired runs (common random numbers).
 */
class BacklogWorkTest {

    @Test
    void aSeededListStaysPutWhenTreatedInItsOwnOrderAtItsOwnRate() {
        WaitingList list = new WaitingList();
        list.seed(9_000, 3_500, 0.3, 0.6, 2, 0.02, 0.12);
        long waiting = list.waiting(), breaches = list.overEighteenWeeks();
        assertEquals(list.waitingByCohort(), waiting);
        assertTrue(breaches > 0 && breaches < waiting, "breaches " + breaches);
        for (int month = 0; month < 3; month++) {
            list.age();
            list.refer(3_500, 0.02);
            list.release(0.12);
            list.treat(list.waiting() - 9_000, 0.3, 0.6, 2);
            assertEquals(waiting, list.waiting());
            assertEquals(breaches, list.overEighteenWeeks(), "month " + month);
        }
    }

    @Test
    void listsTreatedMoreStrictlyInTurnHoldFewerLongWaitersAtTheSameLength() {
        WaitingList looser = new WaitingList(), stricter = new WaitingList();
        looser.seed(9_500, 3_500, 0.3, 0.5, 2, 0.02, 0.12);
        stricter.seed(9_500, 3_500, 0.3, 0.7, 2, 0.02, 0.12);
        assertEquals(looser.waiting(), stricter.waiting());
        assertTrue(stricter.overEighteenWeeks() < looser.overEighteenWeeks(),
                stricter.overEighteenWeeks() + " vs " + looser.overEighteenWeeks());
    }

    private static Scenario stoke(double jointShare) throws Exception {
        Scenario s = ModelRuns.stokeLike("engagement", 10);
        s.trusts.get(0).jointBacklogShare = jointShare;
        return s;
    }

    @Test
    void aTrustWorkingWithACommunityInvestingCcgOnItsBacklogCutsItsBreaches() throws Exception {
        double usual = new org.ccgsim.scenario.TrustParams().longestWaitFirstShare;
        Scenario without = stoke(usual), with = stoke(new org.ccgsim.scenario.TrustParams().jointBacklogShare);
        long sumWithout = 0, sumWith = 0;
        for (int r = 0; r < 4; r++) {
            long[] b = new long[2];
            // summed over the nine months: joint working starts in month 0, so its purge of the longest waiters comes early
            // and part of it echoes back later as the patients passed over age; one month alone would read the echo
            ModelRuns.run(without, r, ModelRuns.monthly(e -> { if (e.month() >= 1 && e.month() <= 9) b[0] += e.ccgs()[0].month.breaches18wk; }));
            ModelRuns.run(with, r, ModelRuns.monthly(e -> { if (e.month() >= 1 && e.month() <= 9) b[1] += e.ccgs()[0].month.breaches18wk; }));
            assertTrue(b[1] < b[0], "replication " + r + ": " + b[1] + " breach-months with joint work vs " + b[0] + " without");
            sumWithout += b[0];
            sumWith += b[1];
        }
        // the order reaches only the patients whose pathway is ready: the held-up ones wait whatever it is (HeldUpPathwaysTest)
        assertTrue(sumWith < 0.85 * sumWithout, sumWith + " vs " + sumWithout);
    }

    @Test
    void noJointBacklogWorkWithoutCommunityInvestment() throws Exception {
        Scenario a = ModelRuns.load("baseline"), b = ModelRuns.load("baseline");
        a.months = b.months = 10;
        b.trust.jointBacklogShare = 1.0;
        b.trusts.forEach(t -> t.jointBacklogShare = 1.0);
        long[] x = new long[2];
        ModelRuns.run(a, 0, ModelRuns.monthly(e -> x[0] += e.ccgs()[0].month.breaches18wk));
        ModelRuns.run(b, 0, ModelRuns.monthly(e -> x[1] += e.ccgs()[0].month.breaches18wk));
        assertEquals(x[0], x[1]);
    }

    /**
     * Backlog clearance sessions (stoke-18-week-backlog): extra elective work for the long waiters while the trust works with
     * the CCG. Paired runs, the same joint working and order, with and without them: fewer breaches at month 9, and the CCG
     * pays for the work in the months it is done (months 0-2; later the trust's own rule trims its routine sessions on the
     * shorter list, see docs/validation.md).
     */
    @Test
    void backlogClearanceSessionsCutTheStokeLikeBreachesAndTheCcgPaysForThem() throws Exception {
        Scenario without = stoke(new org.ccgsim.scenario.TrustParams().jointBacklogShare);
        Scenario with = stoke(new org.ccgsim.scenario.TrustParams().jointBacklogShare);
        without.trusts.get(0).backlogClearanceShare = 0;
        with.trusts.get(0).backlogClearanceShare = 0.05;
        long breachesWithout = 0, breachesWith = 0, cleared = 0;
        double spendWithout = 0, spendWith = 0;
        for (int r = 0; r < 4; r++) {
            double[] x = new double[5];
            ModelRuns.run(without, r, ModelRuns.monthly(e -> {
                if (e.month() == 9) x[0] += e.ccgs()[0].month.breaches18wk;
                if (e.month() <= 2) x[1] += e.ccgs()[0].month.spend;
            }));
            ModelRuns.run(with, r, ModelRuns.monthly(e -> {
                if (e.month() == 9) x[2] += e.ccgs()[0].month.breaches18wk;
                if (e.month() <= 2) x[3] += e.ccgs()[0].month.spend;
                x[4] += e.trusts()[0].getBacklogClearances();
            }));
            breachesWithout += (long) x[0];
            breachesWith += (long) x[2];
            spendWithout += x[1];
            spendWith += x[3];
            cleared += (long) x[4];
        }
        assertTrue(cleared > 0, "no pathways completed in clearance sessions");
        assertTrue(breachesWith < 0.9 * breachesWithout, breachesWith + " breaches at month 9 with clearance vs " + breachesWithout);
        assertTrue(spendWith > spendWithout, "CCG spend months 0-2: " + spendWith + " with clearance vs " + spendWithout);
    }

    @Test
    void noBacklogClearanceSessionsWithoutJointWorking() throws Exception {
        Scenario a = ModelRuns.load("baseline"), b = ModelRuns.load("baseline");
        a.months = b.months = 10;
        a.trust.backlogClearanceShare = 0;
        a.trusts.forEach(t -> t.backlogClearanceShare = 0);
        b.trust.backlogClearanceShare = 1.0;
        b.trusts.forEach(t -> t.backlogClearanceShare = 1.0);
        double[] x = new double[5];
        ModelRuns.run(a, 0, ModelRuns.monthly(e -> { x[0] += e.ccgs()[0].month.breaches18wk; x[1] += e.ccgs()[0].month.spend; }));
        ModelRuns.run(b, 0, ModelRuns.monthly(e -> {
            x[2] += e.ccgs()[0].month.breaches18wk;
            x[3] += e.ccgs()[0].month.spend;
            for (AcuteTrust t : e.trusts()) x[4] += t.getBacklogClearances();
        }));
        assertEquals(0, x[4]);
        assertEquals(x[0], x[2]);
        assertEquals(x[1], x[3]);
    }

    /**
     * What the engaged CCG's year-one in-year recovery does to the Stoke-like backlog (docs/validation.md "Year one's QIPP plan
     * profiled by when each part takes effect"): with a 2013/14-size QIPP the CCG sees from its first month that it is behind
     * and holds back its community fund, so its commitment to redesign (a year's record of that investment), its joint
     * working with the trust and the fall in breaches all suffer.
     */
    @Test
    void holdingBackTheCommunityFundFromTheFirstMonthsFadesJointWorkingAndSlowsTheBacklogsFall() throws Exception {
        Scenario recovering = ModelRuns.stokeLike("engagement", 10), holding = ModelRuns.stokeLike("engagement", 10);
        recovering.ccgs.get(0).finance.inYearRecoveryShare = 1;
        double[] joint = new double[2], breaches = new double[2], held = new double[1];
        for (int r = 0; r < 8; r++) {
            ModelRuns.run(recovering, r, ModelRuns.monthly(e -> {
                Ccg c = e.ccgs()[0];
                if (e.month() <= 3) held[0] += c.fundMonthly - c.fund.spentThisMonth;
                if (e.month() == 9) { joint[0] += e.trusts()[0].contracts[0].jointWorking; breaches[0] += c.month.breaches18wk; }
            }));
            ModelRuns.run(holding, r, ModelRuns.monthly(e -> {
                if (e.month() == 9) { joint[1] += e.trusts()[0].contracts[0].jointWorking; breaches[1] += e.ccgs()[0].month.breaches18wk; }
            }));
        }
        String measured = "joint working at month 9 (sum of 8): " + joint[0] + " with recovery vs " + joint[1] + " without; breaches "
                + breaches[0] + " vs " + breaches[1] + "; fund held back in months 0-3: " + held[0];
        assertTrue(held[0] > 0, measured);
        assertTrue(joint[0] < 0.6 * joint[1], measured);
        assertTrue(breaches[0] > 1.3 * breaches[1], measured);
    }
}
