package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A backlog inherited at month 0 (trust.initialBacklogPer1000, ODD 7.7 step 2): long waiters above what the list's own
 * flows hold are added as held-up pathways, counted in the list and its breaches, and cleared at the held-up pace.
 */
class InheritedBacklogTest {

    @Test
    void anInheritedBacklogTopsUpTheLongWaitersAndTheBookkeepingAddsUp() {
        WaitingList steady = new WaitingList(), inherited = new WaitingList();
        steady.seed(9_000, 3_500, 0.3, 0.6, 2, 0.02, 0.12);
        inherited.seed(9_000, 3_500, 0.3, 0.6, 2, 0.02, 0.12);
        long before = steady.overEighteenWeeks();
        inherited.inheritBacklog(before + 700);
        assertEquals(before + 700, inherited.overEighteenWeeks());
        assertEquals(steady.readyOverEighteenWeeks(), inherited.readyOverEighteenWeeks(), "the inherited long waiters are held up");
        assertEquals(steady.waiting() + 700, inherited.waiting());
        assertEquals(inherited.waitingByCohort(), inherited.waiting());
        // a backlog at or below the steady state's changes nothing
        WaitingList below = new WaitingList();
        below.seed(9_000, 3_500, 0.3, 0.6, 2, 0.02, 0.12);
        below.inheritBacklog(before / 2);
        assertEquals(steady.waiting(), below.waiting());
        assertEquals(before, below.overEighteenWeeks());
    }

    /**
     * Paired by seed on the baseline (no joint working): the inherited backlog is there at month 0 and fades. Read over the
     * third year (months 24-35) and 8 replications: a single month of 4 replications moves by a third of the effect from one
     * model change to the next.
     */
    @Test
    void anInheritedBacklogRaisesEarlyBreachesAndClearsAtTheHeldUpPace() throws Exception {
        Scenario none = ModelRuns.load("baseline"), some = ModelRuns.load("baseline");
        none.months = some.months = 36;
        some.trusts.forEach(t -> t.initialBacklogPer1000 = 4.2);
        int n = 8;
        double[][] breaches = new double[2][36];
        for (int r = 0; r < n; r++) {
            ModelRuns.run(none, r, ModelRuns.monthly(e -> breaches[0][e.month()] += e.ccgs()[0].month.breaches18wk));
            ModelRuns.run(some, r, ModelRuns.monthly(e -> breaches[1][e.month()] += e.ccgs()[0].month.breaches18wk));
        }
        double first = (breaches[1][0] - breaches[0][0]) / n, later = 0;
        for (int m = 24; m < 36; m++) later += (breaches[1][m] - breaches[0][m]) / n / 12;
        String measured = "extra breaches a replication at month 0: " + first + ", a month in months 24-35: " + later;
        assertTrue(first > 300, measured);
        assertTrue(Math.abs(later) < 0.2 * first, measured);
    }
}
