package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Keeping faith under Area Team directions (ccg.management.keepFaithUnderDirections, keep-faith, docs/ODD.md 7.1):
 * an engagement-led CCG's leaders hold back part of the directions' pressure from their practices; a directive CCG
 * has nothing to hold back. Paired runs, common seeds.
 */
class KeepFaithTest {

    private static Scenario load(String name, double keepFaith, int months) throws Exception {
        Scenario s = ModelRuns.load(name);
        s.months = months;
        s.ccg.management.keepFaithUnderDirections = keepFaith;
        s.ccgs.forEach(c -> c.management.keepFaithUnderDirections = keepFaith);
        return s;
    }

    /** Directive shares an engagement-led CCG shows over replications: none, or the directions' strength less what it holds back. */
    private static TreeSet<Double> directiveShares(double keepFaith) throws Exception {
        Scenario s = load("engagement", keepFaith, 60);
        TreeSet<Double> seen = new TreeSet<>();
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                for (Ccg c : e.ccgs()) seen.add(Math.round(c.getDirectiveShare() * 1e9) / 1e9);
            }));
        }
        return seen;
    }

    @Test
    void anEngagementLedCcgUnderDirectionsPassesOnOnlyThePressureItDoesNotHoldBack() throws Exception {
        Scenario engagement = ModelRuns.load("engagement");
        double strength = engagement.areaTeams.isEmpty() ? engagement.areaTeam.directionStrength : engagement.areaTeams.get(0).directionStrength;
        for (double keepFaith : new double[] {0, 0.5}) {
            TreeSet<Double> seen = directiveShares(keepFaith);
            double forced = Math.round(strength * (1 - keepFaith) * 1e9) / 1e9;
            assertTrue(seen.contains(forced), "keep faith " + keepFaith + ": directions seen as share " + forced + " in " + seen);
            assertTrue(seen.stream().allMatch(x -> x == 0 || x == forced), "keep faith " + keepFaith + ": shares " + seen);
        }
        assertTrue(directiveShares(1).stream().allMatch(x -> x == 0), "keeping faith fully, an engagement-led CCG never turns directive");
    }

    /** Final-year means over replications (paired seeds): engagement, referrals per 1,000 a month. */
    private static double[] finalYear(Scenario s, int replications) {
        double engagement = 0, referrals = 0;
        for (int r = 0; r < replications; r++) {
            double[] sum = new double[3];
            ModelRuns.run(s, r, ModelRuns.monthly(e -> {
                if (e.month() >= s.months - 12) {
                    for (Ccg c : e.ccgs()) {
                        sum[0] += c.month.engagementMean;
                        sum[1] += c.month.electiveReferrals;
                        sum[2] += c.month.population / 1000.0;
                    }
                }
            }));
            engagement += sum[0] / 12;
            referrals += sum[1] / sum[2];
        }
        return new double[] {engagement / replications, referrals / replications};
    }

    @Test
    void keepingFaithKeepsAnEngagementLedCcgsPracticesEngagedAndWidensTheGapToDirective() throws Exception {
        int n = 4, months = 48;
        double[] engagedNoFaith = finalYear(load("engagement", 0, months), n);
        double[] engagedFaith = finalYear(load("engagement", 1, months), n);
        double[] directiveNoFaith = finalYear(load("directive", 0, months), n);
        double[] directiveFaith = finalYear(load("directive", 1, months), n);
        assertTrue(engagedFaith[0] > engagedNoFaith[0] + 0.05,
                "engagement-led: engagement keeping faith " + engagedFaith[0] + " vs not " + engagedNoFaith[0]);
        assertTrue(engagedFaith[1] < engagedNoFaith[1] - 0.1,
                "engagement-led: referrals per 1,000 keeping faith " + engagedFaith[1] + " vs not " + engagedNoFaith[1]);
        // a directive CCG has no engagement-led share to keep faith with: same seeds, same path
        assertEquals(directiveNoFaith[0], directiveFaith[0], 0.0, "directive: engagement");
        assertEquals(directiveNoFaith[1], directiveFaith[1], 0.0, "directive: referrals");
        assertTrue(directiveFaith[1] - engagedFaith[1] > directiveNoFaith[1] - engagedNoFaith[1] + 0.1,
                "directive - engagement-led referrals per 1,000: keeping faith " + (directiveFaith[1] - engagedFaith[1])
                        + " vs not " + (directiveNoFaith[1] - engagedNoFaith[1]));
    }
}
