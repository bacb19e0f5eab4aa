package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The contract round weighs and remembers, and the CCG plans for what its trusts will ask (ODD 7.3,
 * 7.7): each test compares runs that differ in one thing, on the same seeds (common random numbers).
 */
class ContractRoundMechanismsTest {

    private static Scenario baseline(int months) throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = months;
        return s;
    }

    @Test
    void bothSidesRememberingAnArbitrationOpenFewerStandOffs() throws Exception {
        long forgetful = 0, remembering = 0;
        for (int r = 0; r < 6; r++) {
            Scenario a = baseline(60), b = baseline(60);
            a.ccgs.get(0).contracts.arbitrationMemoryWeight = 0;
            b.ccgs.get(0).contracts.arbitrationMemoryWeight = 3;
            b.ccgs.get(0).contracts.arbitrationMemoryFade = 0.2;
            ModelRuns.EventLog la = new ModelRuns.EventLog(), lb = new ModelRuns.EventLog();
            ModelRuns.run(a, r, la);
            ModelRuns.run(b, r, lb);
            forgetful += la.count("standoff_opened");
            remembering += lb.count("standoff_opened");
        }
        assertTrue(forgetful > 0 && remembering < forgetful, forgetful + " vs " + remembering);
    }

    @Test
    void bargainingBeforeAprilOpensFewerStandOffs() throws Exception {
        long none = 0, months = 0;
        for (int r = 0; r < 6; r++) {
            Scenario a = baseline(60), b = baseline(60);
            a.ccgs.get(0).contracts.preRoundMonths = 0;
            b.ccgs.get(0).contracts.preRoundMonths = 6;
            ModelRuns.EventLog la = new ModelRuns.EventLog(), lb = new ModelRuns.EventLog();
            ModelRuns.run(a, r, la);
            ModelRuns.run(b, r, lb);
            none += la.count("standoff_opened");
            months += lb.count("standoff_opened");
        }
        assertTrue(none > 0 && months < none, none + " vs " + months);
    }

    @Test
    void aCcgThatPlansForItsTrustsAsksEndsItsYearsWithMoreMoney() throws Exception {
        double[] surplus = new double[2];
        for (int r = 0; r < 4; r++) {
            Scenario a = baseline(60), b = baseline(60);
            a.ccgs.get(0).finance.contractRiskPlanning = 0;
            b.ccgs.get(0).finance.contractRiskPlanning = 1;
            ModelRuns.run(a, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11 && e.month() > 11) surplus[0] += e.ccgs()[0].finance.surplusYtd(); }));
            ModelRuns.run(b, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11 && e.month() > 11) surplus[1] += e.ccgs()[0].finance.surplusYtd(); }));
        }
        assertTrue(surplus[1] > surplus[0] + 1e6, surplus[0] + " vs " + surplus[1]);
    }

    @Test
    void aCcgForWhichAStandOffIsDearMeetsTheTrustHalfWayInstead() throws Exception {
        long usual = 0, dear = 0;
        for (int r = 0; r < 6; r++) {
            Scenario a = baseline(60), b = baseline(60);
            b.ccgs.get(0).contracts.ccgStandoffCostPct = 10;
            ModelRuns.EventLog la = new ModelRuns.EventLog(), lb = new ModelRuns.EventLog();
            ModelRuns.run(a, r, la);
            ModelRuns.run(b, r, lb);
            usual += la.count("standoff_opened");
            dear += lb.count("standoff_opened");
        }
        assertTrue(usual > 0 && dear < usual, usual + " vs " + dear);
    }

    @Test
    void holdingBackFundSpendingInYearLeavesMoreAtYearEnd() throws Exception {
        double[] surplus = new double[2];
        for (int r = 0; r < 4; r++) {
            Scenario a = baseline(36), b = baseline(36);
            a.ccgs.get(0).finance.inYearRecoveryShare = 0;
            b.ccgs.get(0).finance.inYearRecoveryShare = 1;
            ModelRuns.run(a, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[0] += e.ccgs()[0].finance.surplusYtd(); }));
            ModelRuns.run(b, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[1] += e.ccgs()[0].finance.surplusYtd(); }));
        }
        assertTrue(surplus[1] > surplus[0] + 1e6, surplus[0] + " vs " + surplus[1]);
    }

    @Test
    void recoveryStartedLaterInTheYearLeavesLessAtYearEnd() throws Exception {
        double[] surplus = new double[2];
        for (int r = 0; r < 4; r++) {
            Scenario a = baseline(36), b = baseline(36);
            a.ccgs.get(0).finance.recoveryFromMonth = 11;
            b.ccgs.get(0).finance.recoveryFromMonth = 1;
            ModelRuns.run(a, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[0] += e.ccgs()[0].finance.surplusYtd(); }));
            ModelRuns.run(b, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[1] += e.ccgs()[0].finance.surplusYtd(); }));
        }
        assertTrue(surplus[1] > surplus[0], surplus[0] + " vs " + surplus[1]);
    }

    @Test
    void recoveryThatDefendsTheTargetNotJustBreakEvenLeavesMoreAtYearEnd() throws Exception {
        double[] surplus = new double[2];
        for (int r = 0; r < 4; r++) {
            Scenario a = baseline(36), b = baseline(36);
            a.ccgs.get(0).finance.recoveryTargetShare = 0;
            b.ccgs.get(0).finance.recoveryTargetShare = 1;
            ModelRuns.run(a, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[0] += e.ccgs()[0].finance.surplusYtd(); }));
            ModelRuns.run(b, r, ModelRuns.monthly(e -> { if (e.month() % 12 == 11) surplus[1] += e.ccgs()[0].finance.surplusYtd(); }));
        }
        assertTrue(surplus[1] > surplus[0], surplus[0] + " vs " + surplus[1]);
    }
}
