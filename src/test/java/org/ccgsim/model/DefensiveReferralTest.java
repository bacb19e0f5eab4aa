package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Disengaged practices refer rather than say no (practice.defensiveReferral, docs/ODD.md 7.2): paired runs, common seeds. */
class DefensiveReferralTest {

    /** Referrals per 1,000 a month over months 24-35, summed over replications' means. */
    private static double referralsPer1000(Scenario s, int replications) {
        double sum = 0;
        for (int r = 0; r < replications; r++) {
            double[] referrals = {0};
            double[] thousands = {0};
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                if (e.month() >= 24) {
                    for (Ccg c : e.ccgs()) {
                        referrals[0] += c.month.electiveReferrals;
                        thousands[0] += c.month.population / 1000.0;
                    }
                }
            }));
            sum += referrals[0] / thousands[0];
        }
        return sum / replications;
    }

    private static Scenario load(String name, double defensiveReferral) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.months = 36;
        s.practice.defensiveReferral = defensiveReferral;
        return s;
    }

    @Test
    void disengagedPracticesUnderDirectiveManagementReferMoreWithDefensiveReferral() throws Exception {
        double without = referralsPer1000(load("directive", 0), 4);
        double with = referralsPer1000(load("directive", 0.1), 4);
        assertTrue(with > without * 1.03, "directive: referrals per 1,000 with defensive referral " + with + " vs without " + without);
    }

    @Test
    void defensiveReferralWidensTheReferralGapBetweenDirectiveAndEngagementLed() throws Exception {
        int n = 4;
        double gapWithout = referralsPer1000(load("directive", 0), n) - referralsPer1000(load("engagement", 0), n);
        double gapWith = referralsPer1000(load("directive", 0.1), n) - referralsPer1000(load("engagement", 0.1), n);
        assertTrue(gapWith > gapWithout + 0.1, "directive - engagement-led referrals per 1,000: with " + gapWith + " vs without " + gapWithout);
    }
}
