package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.FundUse;
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
        list.seed(9_000, 3_500, 0.3, 0.6, 2);
        long waiting = list.waiting(), breaches = list.overEighteenWeeks();
        assertEquals(list.waitingByCohort(), waiting);
        assertTrue(breaches > 0 && breaches < waiting, "breaches " + breaches);
        for (int month = 0; month < 3; month++) {
            list.age();
            list.refer(3_500);
            list.treat(list.waiting() - 9_000, 0.3, 0.6, 2);
            assertEquals(waiting, list.waiting());
            assertEquals(breaches, list.overEighteenWeeks(), "month " + month);
        }
    }

    @Test
    void listsTreatedMoreStrictlyInTurnHoldFewerLongWaitersAtTheSameLength() {
        WaitingList looser = new WaitingList(), stricter = new WaitingList();
        looser.seed(9_500, 3_500, 0.3, 0.5, 2);
        stricter.seed(9_500, 3_500, 0.3, 0.7, 2);
        assertEquals(looser.waiting(), stricter.waiting());
        assertTrue(stricter.overEighteenWeeks() < looser.overEighteenWeeks(),
                stricter.overEighteenWeeks() + " vs " + looser.overEighteenWeeks());
    }

    private static Scenario stoke(double jointShare) throws Exception {
        Scenario s = ModelRuns.load("engagement");
        s.months = 10;
        s.ccgs.get(0).fund.use = FundUse.COMMUNITY;
        s.ccgs.get(0).fund.available = 1.0;
        s.trusts.get(0).electiveCapacityRatio = 1.05;
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
        assertTrue(sumWith < 0.7 * sumWithout, sumWith + " vs " + sumWithout);
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
}
