package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Held-up pathways (ODD 7.7 step 1): a share of routine referrals waits apart until its pathway is ready, at a
 * monthly pace that joint working with the CCG speeds up, so long waits fall gradually, not at once.
 */
class HeldUpPathwaysTest {

    @Test
    void heldUpPatientsCountInTheListAndItsBreachesButAreNotTreatedUntilReady() {
        WaitingList list = new WaitingList();
        list.seed(9_000, 3_500, 0.3, 0.6, 2, 0.05, 0.1);
        long held = list.heldUp();
        assertTrue(held > 0, "a seeded list holds held-up patients");
        assertEquals(list.waitingByCohort(), list.waiting());
        assertTrue(list.overEighteenWeeks() > list.readyOverEighteenWeeks(), "held-up long waiters are breaches too");
        // a month on, capacity for everyone: only the ready are treated
        list.age();
        list.treat(list.waiting(), 0, 1.0, 1);
        assertEquals(held, list.heldUp());
        assertEquals(held, list.waiting());
        assertEquals(0, list.readyOverEighteenWeeks());
        // once ready, they can be treated, and the bookkeeping still adds up
        long released = list.release(1.0);
        assertEquals(held, released);
        assertEquals(0, list.heldUp());
        list.treat(list.waiting(), 0, 1.0, 1);
        assertEquals(0, list.waiting());
        assertEquals(0, list.waitingByCohort());
    }

    @Test
    void aFasterPaceLeavesFewerLongWaitersAtTheSameLength() {
        WaitingList slow = new WaitingList(), fast = new WaitingList();
        slow.seed(9_500, 3_500, 0.3, 0.6, 2, 0.02, 0.1);
        fast.seed(9_500, 3_500, 0.3, 0.6, 2, 0.02, 0.3);
        assertEquals(slow.waiting(), fast.waiting());
        assertTrue(fast.overEighteenWeeks() < slow.overEighteenWeeks(), fast.overEighteenWeeks() + " vs " + slow.overEighteenWeeks());
    }

    /**
     * Stoke-like, with the CCG's in-year recovery off so that its joint working holds (see BacklogWorkTest for what
     * recovery does): with joint working speeding up held-up pathways, breaches fall month by month over the nine
     * months, not to nothing at once; without that effect they fall less.
     */
    @Test
    void jointWorkingMakesHeldUpPathwaysReadySoonerAndTheBacklogFallsGradually() throws Exception {
        Scenario joint = ModelRuns.stokeLike("engagement", 10), apart = ModelRuns.stokeLike("engagement", 10);
        for (Scenario s : new Scenario[] {joint, apart}) s.ccgs.get(0).finance.inYearRecoveryShare = 0;
        apart.trusts.get(0).jointHeldUpRelease = apart.trusts.get(0).heldUpRelease;
        double[][] breaches = new double[2][10];
        for (int r = 0; r < 8; r++) {
            ModelRuns.run(joint, r, ModelRuns.monthly(e -> breaches[0][e.month()] += e.ccgs()[0].month.breaches18wk));
            ModelRuns.run(apart, r, ModelRuns.monthly(e -> breaches[1][e.month()] += e.ccgs()[0].month.breaches18wk));
        }
        double[] b = breaches[0];
        assertTrue(b[9] < 0.7 * breaches[1][9], "month 9: " + b[9] + " with joint work on held-up pathways vs " + breaches[1][9]);
        assertTrue(b[9] < 0.6 * b[0], "a fall by month 9: " + b[0] + " -> " + b[9]);
        assertTrue(b[3] > 0.4 * b[0] && b[6] > b[9] * 0.8, "gradual, not at once: months 0, 3, 6, 9 " + b[0] + ", " + b[3] + ", " + b[6] + ", " + b[9]);
    }

    @Test
    void moreHeldUpPathwaysOrASlowerPaceMeanMoreBreachesInTheBaseline() throws Exception {
        Scenario usual = ModelRuns.load("baseline"), more = ModelRuns.load("baseline"), slower = ModelRuns.load("baseline");
        for (Scenario s : new Scenario[] {usual, more, slower}) s.months = 12;
        more.trusts.forEach(t -> t.heldUpShare = 2 * t.heldUpShare);
        slower.trusts.forEach(t -> { t.heldUpRelease = t.heldUpRelease / 2; t.jointHeldUpRelease = t.jointHeldUpRelease / 2; });
        double[] breaches = new double[3];
        Scenario[] runs = {usual, more, slower};
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 3; k++) {
                int run = k;
                ModelRuns.run(runs[k], r, ModelRuns.monthly(e -> breaches[run] += e.ccgs()[0].month.breaches18wk));
            }
        }
        assertTrue(breaches[1] > breaches[0], "twice the held-up share: " + breaches[1] + " breach-months vs " + breaches[0]);
        assertTrue(breaches[2] > breaches[0], "half the pace: " + breaches[2] + " breach-months vs " + breaches[0]);
    }
}
