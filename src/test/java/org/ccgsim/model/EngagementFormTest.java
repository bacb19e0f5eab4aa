package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The engagement update has the form of docs/ODD.md 7 (submodel "engagement"): proportional, saturating, off the bounds. */
class EngagementFormTest {

    @Test
    void aLossTakesTheSameShareOfWhateverEngagementThereIs() {
        double fromHigh = 0.8 - Practice.nextEngagement(0.8, 0, 0.05, 0, 0, 0);
        double fromLow = 0.4 - Practice.nextEngagement(0.4, 0, 0.05, 0, 0, 0);
        assertEquals(0.04, fromHigh, 1e-12);
        assertEquals(2 * fromLow, fromHigh, 1e-12);
        assertEquals(0.0, Practice.nextEngagement(0.0, 0, 1, 0, 0, 0), "nothing left to lose at 0");
    }

    @Test
    void aGainTakesTheSameShareOfTheRoomLeft() {
        double fromLow = Practice.nextEngagement(0.2, 0.05, 0, 0, 0, 0) - 0.2;
        double fromHigh = Practice.nextEngagement(0.6, 0.05, 0, 0, 0, 0) - 0.6;
        assertEquals(0.04, fromLow, 1e-12);
        assertEquals(2 * fromHigh, fromLow, 1e-12);
        assertEquals(1.0, Practice.nextEngagement(1.0, 1, 0, 0, 0, 0), "no room left at 1");
    }

    @Test
    void noiseVanishesAtTheBoundsAndIsFullAtOneHalf() {
        assertEquals(0.0, Practice.nextEngagement(0.0, 0, 0, 0, 0.05, -3));
        assertEquals(1.0, Practice.nextEngagement(1.0, 0, 0, 0, 0.05, 3));
        assertEquals(0.5 + 0.05, Practice.nextEngagement(0.5, 0, 0, 0, 0.05, 1), 1e-12);
    }

    @Test
    void amountDrivenEffectsSaturate() {
        assertEquals(0.0, Practice.saturating(0));
        assertEquals(0.5, Practice.saturating(1), 1e-12);
        assertTrue(Practice.saturating(1000) < 1);
        assertTrue(Practice.saturating(3) - Practice.saturating(2) < Practice.saturating(1) - Practice.saturating(0));
    }

    private static double shareAtZero(Scenario scenario, int replications) {
        int zero = 0;
        int all = 0;
        for (int r = 0; r < replications; r++) {
            HealthEconomy economy = ModelRuns.run(scenario, r, null);
            for (Ccg ccg : economy.ccgs()) {
                for (Practice p : ccg.practices) {
                    all++;
                    if (p.engagement == 0.0) zero++;
                }
            }
        }
        return (double) zero / all;
    }

    @Test
    void theLoudestAbolitionTalkLeavesAlmostNoPracticeAtExactlyZeroAfterFiveYears() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        baseline.world.abolitionTalk = 1;
        baseline.months = 60;
        double share = shareAtZero(baseline, 5);
        assertTrue(share < 0.05, "share of practices at engagement 0: " + share);
    }

    @Test
    void fullDirectiveManagementLeavesAlmostNoPracticeAtExactlyZeroAfterFiveYears() throws Exception {
        Scenario directive = ModelRuns.load("directive");
        directive.months = 60;
        double share = shareAtZero(directive, 5);
        assertTrue(share < 0.05, "share of practices at engagement 0: " + share);
    }

    private static double meanEngagementAtEnd(Scenario scenario, int replications) {
        double sum = 0;
        for (int r = 0; r < replications; r++) sum += ModelRuns.run(scenario, r, null).ccgs()[0].month.engagementMean;
        return sum / replications;
    }

    @Test
    void handingThePremiumToPracticesMovesEngagementLessThanManagementStyle() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        Scenario premium = ModelRuns.load("quality-premium-to-practices");
        Scenario engagement = ModelRuns.load("engagement");
        Scenario directive = ModelRuns.load("directive");
        baseline.months = premium.months = engagement.months = directive.months = 60;
        int n = 6;
        double premiumEffect = meanEngagementAtEnd(premium, n) - meanEngagementAtEnd(baseline, n);
        double styleEffect = meanEngagementAtEnd(engagement, n) - meanEngagementAtEnd(directive, n);
        assertTrue(premiumEffect > 0, "the premium still lifts engagement: " + premiumEffect);
        assertTrue(premiumEffect < 0.25 * styleEffect, "premium " + premiumEffect + " vs management style " + styleEffect);
    }
}
