package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.TrustParams;
import org.junit.jupiter.api.Test;

/**
 * The joint review of the overdue follow-up list (stoke-follow-ups) and the extra clinics for those booked, pinned by
 * paired runs (common random numbers: replication r of each arm has the same seed).
 */
class FollowUpReviewTest {

    private static Scenario stoke(Consumer<TrustParams> change) throws Exception {
        Scenario s = ModelRuns.stokeLike("engagement", 13);
        change.accept(s.trusts.get(0));
        return s;
    }

    /** Overdue follow-ups of the first CCG at the end of {@code month}, and the follow-ups seen over the run. */
    private static double[] overdueAt(Scenario s, int replication, int month) {
        double[] x = new double[2];
        ModelRuns.run(s, replication, ModelRuns.monthly(e -> {
            if (e.month() == month) x[0] = e.ccgs()[0].month.overdueFollowUps;
            for (Contract c : e.ccgs()[0].contracts) x[1] += c.followUpsDone;
        }));
        return x;
    }

    @Test
    void aJointReviewWithACommunityInvestingCcgShortensItsOverdueList() throws Exception {
        Scenario off = stoke(t -> t.followUpReviewShare = 0), on = stoke(t -> { });
        double sumOff = 0, sumOn = 0;
        for (int r = 0; r < 4; r++) {
            double without = overdueAt(off, r, 12)[0], with = overdueAt(on, r, 12)[0];
            assertTrue(with < without, "replication " + r + ": " + with + " with the review vs " + without + " without");
            sumOff += without;
            sumOn += with;
        }
        assertTrue(sumOn < 0.8 * sumOff, sumOn + " vs " + sumOff);
    }

    @Test
    void extraClinicsSeeMoreOfTheBookedPatients() throws Exception {
        Scenario off = stoke(t -> t.followUpExtraClinicShare = 0), on = stoke(t -> { });
        double overdueOff = 0, overdueOn = 0, seenOff = 0, seenOn = 0;
        for (int r = 0; r < 4; r++) {
            double[] without = overdueAt(off, r, 12), with = overdueAt(on, r, 12);
            overdueOff += without[0];
            overdueOn += with[0];
            seenOff += without[1];
            seenOn += with[1];
        }
        assertTrue(overdueOn < overdueOff, overdueOn + " vs " + overdueOff);
        assertTrue(seenOn > seenOff, seenOn + " vs " + seenOff);
    }

    @Test
    void noJointReviewWithoutCommunityInvestment() throws Exception {
        Scenario a = ModelRuns.load("baseline"), b = ModelRuns.load("baseline");
        a.months = b.months = 13;
        b.trust.followUpReviewShare = 1.0;
        b.trusts.forEach(t -> t.followUpReviewShare = 1.0);
        assertEquals(overdueAt(a, 0, 12)[0], overdueAt(b, 0, 12)[0]);
    }

    @Test
    void aTrustShortOfFollowUpSessionsLetsItsOverdueListGrow() throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = 13;
        s.trusts.forEach(t -> t.followUpCapacityRatio = 0.9);
        for (int r = 0; r < 3; r++) {
            double[] start = new double[1], end = new double[1];
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                if (e.month() == 0) start[0] = e.ccgs()[0].month.overdueFollowUps;
                if (e.month() == 12) end[0] = e.ccgs()[0].month.overdueFollowUps;
            }));
            assertTrue(end[0] > 1.1 * start[0], "replication " + r + ": " + start[0] + " -> " + end[0]);
        }
    }

    @Test
    void anOverdueListIsApproachedNotEmptied() throws Exception {
        Scenario s = stoke(t -> t.followUpReviewShare = 1.0);
        s.months = 36;
        double[] least = {Double.MAX_VALUE};
        ModelRuns.run(s, 0, ModelRuns.monthly(e -> least[0] = Math.min(least[0], e.ccgs()[0].month.overdueFollowUps)));
        assertTrue(least[0] > 0, "the list reached " + least[0]);
    }
}
