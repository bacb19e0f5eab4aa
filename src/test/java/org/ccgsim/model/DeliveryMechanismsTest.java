package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.FundUse;
import org.ccgsim.scenario.PracticeParams;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Delivery from engagement, not orders (docs/ODD.md 7.2): the compliance directive pressure buys is
 * short-lived (practice.habituation, practice.habituationFade), and community services cut a
 * practice's referrals as far as it uses them (ccg.fund.communityUseFromDelivery). Paired runs,
 * common seeds; each lever against the model with it off.
 */
class DeliveryMechanismsTest {

    private static Practice practice() {
        return new Practice(0, null, 0, 5000, 1.0, 0.5, 1.0);
    }

    /** Compliance month by month under the given pressure, starting from a practice new to pressure. */
    private static double[] compliance(PracticeParams p, double pressure, int months) {
        Practice x = practice();
        double[] c = new double[months];
        for (int m = 0; m < months; m++) {
            x.updateCompliance(p, pressure);
            c[m] = x.compliance;
        }
        return c;
    }

    @Test
    void sustainedPressureBuysComplianceThatRisesThenFades() {
        double[] c = compliance(new PracticeParams(), 1, 48);
        int peak = 0;
        for (int m = 1; m < c.length; m++) if (c[m] > c[peak]) peak = m;
        assertTrue(peak >= 1 && peak <= 6, "compliance peaks within half a year of the pressure, not at month " + peak);
        assertTrue(c[peak] > 0.3, "the burst buys real compliance: " + c[peak]);
        assertTrue(c[23] < 0.5 * c[peak], "two years on it has faded to under half its peak: " + c[23] + " vs " + c[peak]);
        assertTrue(c[47] < 0.1 * c[peak], "four years on almost nothing is left: " + c[47]);
        assertTrue(c[47] > 0, "faded, not switched off: " + c[47]);
    }

    @Test
    void withoutHabituationCompliancePlateausUnderSustainedPressure() {
        PracticeParams p = new PracticeParams();
        p.habituation = 0;
        double[] c = compliance(p, 1, 48);
        double plateau = p.complianceGain / (p.complianceGain + p.complianceDecay);
        assertEquals(plateau, c[47], 1e-9, "the old form: compliance never fades under pressure");
    }

    @Test
    void resistanceFadesWithoutPressureSoANewBurstBuysComplianceAgain() {
        PracticeParams p = new PracticeParams();
        Practice x = practice();
        for (int m = 0; m < 36; m++) x.updateCompliance(p, 1);
        double habituated = x.resistance;
        x.updateCompliance(p, 1);
        double gainWhenHabituated = x.compliance;
        for (int m = 0; m < 36; m++) x.updateCompliance(p, 0);
        assertTrue(x.resistance < 0.1 * habituated, "three years without pressure: resistance " + x.resistance + " from " + habituated);
        double before = x.compliance;
        x.updateCompliance(p, 1);
        assertTrue(x.compliance - before > 5 * gainWhenHabituated,
                "fresh pressure buys a burst again: " + (x.compliance - before) + " vs " + gainWhenHabituated + " when habituated");
    }

    /** Means over replications of months 48-59: [compliance, delivery, referrals per 1,000 a month]. */
    private static double[] finalYear(Scenario s, int replications) {
        double[] out = new double[3];
        for (int r = 0; r < replications; r++) {
            double[] sums = new double[4];
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                for (Ccg c : e.ccgs()) {
                    if (c.month.month < 48) continue;
                    sums[0] += c.month.complianceMean;
                    sums[1] += c.month.deliveryMean;
                    sums[2] += c.month.electiveReferrals;
                    sums[3] += c.month.population / 1000.0;
                }
            }));
            out[0] += sums[0] / 12 / replications;
            out[1] += sums[1] / 12 / replications;
            out[2] += sums[2] / sums[3] / replications;
        }
        return out;
    }

    private static Scenario load(String name, double habituation, double communityUse, FundUse use) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.practice.habituation = habituation;
        s.ccgs.get(0).fund.communityUseFromDelivery = communityUse;
        if (use != null) s.ccgs.get(0).fund.use = use;
        return s;
    }

    @Test
    void habituationLowersDirectiveComplianceAndDeliveryInTheFinalYear() throws Exception {
        double[] without = finalYear(load("directive", 0, 0, null), 3);
        double[] with = finalYear(load("directive", 0.1, 0, null), 3);
        assertTrue(with[0] < 0.2 * without[0], "final-year compliance " + with[0] + " vs " + without[0] + " without habituation");
        assertTrue(with[1] < without[1] - 0.03, "final-year delivery " + with[1] + " vs " + without[1]);
        assertTrue(with[2] > without[2], "final-year referrals per 1,000 " + with[2] + " vs " + without[2]);
    }

    @Test
    void habituationWidensTheReferralGapBetweenDirectiveAndEngagementLed() throws Exception {
        int n = 8; // the widening is about 0.09 per 1,000 (20 paired replications: +0.093 +/- 0.051); 3 replications were too few
        double gapWithout = finalYear(load("directive", 0, 0, null), n)[2] - finalYear(load("engagement", 0, 0, null), n)[2];
        double gapWith = finalYear(load("directive", 0.1, 0, null), n)[2] - finalYear(load("engagement", 0.1, 0, null), n)[2];
        assertTrue(gapWith > gapWithout + 0.05, "directive - engagement-led referrals per 1,000: with " + gapWith + " vs without " + gapWithout);
    }

    @Test
    void communityServicesCutReferralsLessWherePracticesDeliverLess() throws Exception {
        int n = 10;
        double[] aloof = finalYear(load("directive", 0.1, 0, FundUse.COMMUNITY), n);
        double[] used = finalYear(load("directive", 0.1, 1, FundUse.COMMUNITY), n);
        assertTrue(used[2] > aloof[2] + 0.05, "directive CCG, community fund: referrals per 1,000 " + used[2]
                + " when the cut rests with practices' use vs " + aloof[2] + " when every practice gets it alike");
        double gapAlike = aloof[2] - finalYear(load("engagement", 0.1, 0, FundUse.COMMUNITY), n)[2];
        double gapUsed = used[2] - finalYear(load("engagement", 0.1, 1, FundUse.COMMUNITY), n)[2];
        assertTrue(gapUsed > gapAlike + 0.05, "directive - engagement-led referrals per 1,000 with a community fund: "
                + gapUsed + " through practices' use vs " + gapAlike + " alike");
    }

    @Test
    void communityUseChangesNothingWhenTheFundGoesToPrimaryCare() throws Exception {
        double[] alike = finalYear(load("directive", 0.1, 0, FundUse.PRIMARY_CARE), 1);
        double[] used = finalYear(load("directive", 0.1, 1, FundUse.PRIMARY_CARE), 1);
        assertEquals(alike[2], used[2], 0, "no community services, nothing to use");
    }
}
