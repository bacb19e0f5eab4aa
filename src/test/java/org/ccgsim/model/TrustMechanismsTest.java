package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.scenario.ContractType;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.TrustParams;
import org.junit.jupiter.api.Test;

/**
 * The hospital side pinned by paired runs (same scenario seed and replication, so common random
 * numbers): winter, beds, capacity planning, trust finances, freed beds and the contract round.
 */
class TrustMechanismsTest {

    private static Scenario baseline(int months) throws Exception {
        Scenario s = ModelRuns.load("baseline");
        s.months = months;
        return s;
    }

    private static double[] sumCcgSpend(Scenario s, int replication) {
        double[] total = new double[1];
        ModelRuns.run(s, replication, ModelRuns.monthly(e -> total[0] += e.ccgs()[0].month.spend));
        return total;
    }

    @Test
    void emergencyAdmissionsPeakInWinter() throws Exception {
        Scenario s = baseline(36);
        long[] byCalendarMonth = new long[12];
        // three replications: one alone can land below the line on some random streams
        for (int r = 0; r < 3; r++) {
            ModelRuns.run(s, r, ModelRuns.monthly(e -> byCalendarMonth[e.month() % 12] += e.ccgs()[0].month.nonElectiveAdmissions));
        }
        long winter = byCalendarMonth[8] + byCalendarMonth[9] + byCalendarMonth[10]; // December-February
        long summer = byCalendarMonth[2] + byCalendarMonth[3] + byCalendarMonth[4]; // June-August
        assertTrue(winter > 1.08 * summer, "winter " + winter + " vs summer " + summer);
    }

    @Test
    void aHardWinterCancelsElectives() throws Exception {
        Scenario mild = baseline(12), hard = baseline(12);
        mild.world.winterPeakPct = 0;
        hard.world.winterPeakPct = 20;
        hard.world.winterSeveritySd = 0;
        double[] cancelled = new double[2];
        long[] winterCompleted = new long[2];
        // several replications: one alone may run a winter that stays under the cancellation line
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(mild, r, ModelRuns.monthly(e -> {
                cancelled[0] += e.trusts()[0].electivesCancelled;
                if (e.month() >= 8 && e.month() <= 10) winterCompleted[0] += e.ccgs()[0].contracts()[0].completions;
            }));
            ModelRuns.run(hard, r, ModelRuns.monthly(e -> {
                cancelled[1] += e.trusts()[0].electivesCancelled;
                if (e.month() >= 8 && e.month() <= 10) winterCompleted[1] += e.ccgs()[0].contracts()[0].completions;
            }));
        }
        assertTrue(cancelled[1] > cancelled[0] + 100, "cancelled " + cancelled[0] + " vs " + cancelled[1]);
        // Pathways completed December-February are not pinned: over replications 0-3 of the merged model
        // (places) a hard winter completed slightly more (33,967 vs 33,710), as cancellations lift the list
        // above targetWaitMonths and the trust stops holding its sessions back. Reported to the lead (issue 13).
    }

    @Test
    void theWaitingListAndBreachesRiseAsWellAsFallAndDifferBetweenReplications() throws Exception {
        Scenario s = baseline(60);
        long[] breaches = new long[3];
        for (int r = 0; r < 3; r++) {
            int k = r;
            long[] history = new long[60];
            ModelRuns.run(s, r, ModelRuns.monthly(e -> history[e.month()] = e.ccgs()[0].month.breaches18wk));
            int rises = 0, falls = 0, positive = 0;
            for (int m = 13; m < 60; m++) {
                if (history[m] > history[m - 1]) rises++;
                if (history[m] < history[m - 1]) falls++;
                if (history[m] > 0) positive++;
            }
            assertTrue(rises >= 5 && falls >= 5, "replication " + k + ": " + rises + " rises, " + falls + " falls");
            assertTrue(positive >= 40, "replication " + k + ": breaches above zero in " + positive + " of 47 months");
            breaches[r] = history[59];
        }
        assertTrue(breaches[0] != breaches[1] || breaches[1] != breaches[2]);
    }

    @Test
    void aTrustWhoseCostsOutrunItsPricesEndsInDeficitCutsCapacityAndItsListGrows() throws Exception {
        Scenario normal = baseline(48), costly = baseline(48);
        for (TrustParams t : costly.trusts) t.costGrowthPct = 8;
        HealthEconomy a = ModelRuns.run(normal, 0, null), b = ModelRuns.run(costly, 0, null);
        AcuteTrust ta = a.trusts()[0], tb = b.trusts()[0];
        assertTrue(tb.marginLastYear < ta.marginLastYear - 2, "margins " + ta.marginLastYear + " vs " + tb.marginLastYear);
        assertTrue(tb.marginLastYear < 0);
        assertTrue(tb.electiveCapacity < ta.electiveCapacity);
        assertTrue(tb.getWaitingList() > ta.getWaitingList());
    }

    @Test
    void freedBedsFilledUnderPaymentByResultsCostTheCcgButNotUnderABlockContract() throws Exception {
        double pbrDifference = 0, blockDifference = 0;
        for (ContractType type : new ContractType[] {ContractType.PBR, ContractType.BLOCK}) {
            // five years and twelve paired replications: trusts fill freed beds only in years they resist (block: noise of a few £m a run)
            Scenario none = baseline(60), full = baseline(60);
            none.ccgs.get(0).contracts.type = type;
            full.ccgs.get(0).contracts.type = type;
            // in-year recovery would hold back other spending to absorb the cost: switched off to see the price itself
            none.ccgs.get(0).finance.inYearRecoveryShare = 0;
            full.ccgs.get(0).finance.inYearRecoveryShare = 0;
            for (TrustParams t : none.trusts) t.fillFreedBeds = 0;
            for (TrustParams t : full.trusts) t.fillFreedBeds = 1;
            double d = 0;
            for (int r = 0; r < 12; r++) d += sumCcgSpend(full, r)[0] - sumCcgSpend(none, r)[0];
            if (type == ContractType.PBR) pbrDifference = d; else blockDifference = d;
        }
        assertTrue(pbrDifference > 500_000, "PbR: filling freed beds adds £" + pbrDifference);
        assertTrue(Math.abs(blockDifference) < 0.2 * pbrDifference, "block: £" + blockDifference + " vs PbR £" + pbrDifference);
    }

    @Test
    void standOffsOpenAfterTheFirstYearInSomeReplicationsButNotAll() throws Exception {
        Scenario s = baseline(60);
        int with = 0, n = 8;
        for (int r = 0; r < n; r++) {
            ModelRuns.EventLog log = new ModelRuns.EventLog();
            ModelRuns.run(s, r, log);
            boolean later = false;
            for (int i = 0; i < log.types.size(); i++) later |= log.types.get(i).equals("standoff_opened") && log.months.get(i) >= 12;
            if (later) with++;
        }
        assertTrue(with > 0 && with <= n, with + " of " + n);
    }

    @Test
    void aSharedTrustWeighsAllItsCcgsSoNorthStaffordshiresStyleMovesStokesContract() throws Exception {
        Scenario engaged = ModelRuns.load("staffordshire-cluster"), directive = ModelRuns.load("staffordshire-cluster");
        engaged.months = directive.months = 36;
        engaged.ccgs.get(1).management.style = ManagementStyle.ENGAGEMENT;
        directive.ccgs.get(1).management.style = ManagementStyle.DIRECTIVE;
        assertEquals("north-staffs", engaged.ccgs.get(1).id);
        double gap = 0;
        int n = 12, askedMore = 0; // paired replications (each organisation has its own random streams)
        for (int r = 0; r < n; r++) {
            HealthEconomy a = ModelRuns.run(engaged, r, null), b = ModelRuns.run(directive, r, null);
            gap += (b.trusts()[0].needIndex - a.trusts()[0].needIndex) / n;
            if (b.ccgs()[0].contracts()[0].trustAskIndex > a.ccgs()[0].contracts()[0].trustAskIndex) askedMore++;
        }
        // North Staffordshire's style changes the work and money at the shared hospital, which sets its ask of
        // every commissioner, Stoke included, from the whole: a directive neighbour leaves it needing more (a
        // stand-off's concessions can still end one year's ask lower)
        assertTrue(gap > 0, "mean difference in need index " + gap);
        assertTrue(askedMore >= n - 2, askedMore + " of " + n + " replications in which the trust asks more of Stoke");
    }

    private static double[] outcomes(Scenario s) {
        double[] x = new double[4]; // waiting list at the end, trust margin, CCG spend, stand-off months
        HealthEconomy e = ModelRuns.run(s, 0, ModelRuns.monthly(h -> x[2] += h.ccgs()[0].month.spend));
        x[0] = e.trusts()[0].getWaitingList();
        x[1] = e.trusts()[0].marginLastYear;
        x[3] = e.ccgs()[0].month.standoffMonths;
        return x;
    }

    @Test
    void aTrustThatPlansALongerListHoldsOne() throws Exception {
        Scenario shortList = baseline(24), longList = baseline(24);
        for (TrustParams t : longList.trusts) t.targetWaitMonths = 4;
        assertTrue(outcomes(longList)[0] > 1.2 * outcomes(shortList)[0]);
    }

    @Test
    void aSteeperTariffEfficiencyRequirementLeavesTheTrustWorseOff() throws Exception {
        Scenario mild = baseline(36), steep = baseline(36);
        steep.tariff.efficiencyPct = 8;
        assertTrue(outcomes(steep)[1] < outcomes(mild)[1] - 1);
    }

    @Test
    void cancellingElectivesAtALowerOccupancyCancelsMore() throws Exception {
        Scenario high = baseline(12), low = baseline(12);
        for (TrustParams t : low.trusts) t.electiveCancellationOccupancy = 0.9;
        double[] cancelled = new double[2];
        for (int r = 0; r < 4; r++) {
            ModelRuns.run(high, r, ModelRuns.monthly(e -> cancelled[0] += e.trusts()[0].electivesCancelled));
            ModelRuns.run(low, r, ModelRuns.monthly(e -> cancelled[1] += e.trusts()[0].electivesCancelled));
        }
        assertTrue(cancelled[1] > cancelled[0] + 100, cancelled[0] + " vs " + cancelled[1]);
    }

    @Test
    void aTrustThatNeedsABiggerStakeToStandOffStandsOffLess() throws Exception {
        long usual = 0, tolerant = 0;
        for (int r = 0; r < 4; r++) {
            Scenario a = baseline(60), b = baseline(60);
            for (TrustParams t : b.trusts) t.standoffCostPct = 10;
            ModelRuns.EventLog la = new ModelRuns.EventLog(), lb = new ModelRuns.EventLog();
            ModelRuns.run(a, r, la);
            ModelRuns.run(b, r, lb);
            usual += la.count("standoff_opened");
            tolerant += lb.count("standoff_opened");
        }
        assertTrue(usual > 0 && tolerant == 0, usual + " vs " + tolerant);
    }

    /**
     * The trust plans year one with its contracts in hand: a CCG planning a bigger referral cut leaves a
     * trust with fewer sessions and a matching cost base, not a deficit from an activity fall it foresaw.
     */
    @Test
    void aPlannedReferralCutIsInTheTrustsYearOnePlanNotItsDeficit() throws Exception {
        Scenario none = baseline(12), cut = baseline(12);
        none.practice.referralCut = 0;
        cut.practice.referralCut = 0.3; // a deep cut, so the plan's response is plain beside the noise
        double[] sessions = new double[2];
        ModelRuns.run(none, 0, ModelRuns.monthly(e -> { if (e.month() == 0) sessions[0] = e.trusts()[0].electiveCapacity; }));
        ModelRuns.run(cut, 0, ModelRuns.monthly(e -> { if (e.month() == 0) sessions[1] = e.trusts()[0].electiveCapacity; }));
        assertTrue(sessions[1] < 0.9 * sessions[0], sessions[0] + " vs " + sessions[1]);
        double marginNone = outcomes(none)[1], marginCut = outcomes(cut)[1];
        assertTrue(Math.abs(marginCut - marginNone) < 1.5, marginNone + " vs " + marginCut);
        assertTrue(marginCut > -1.5, "year-one margin " + marginCut);
    }

    /** Every trust, tariff and winter lever of the hospital side changes what happens (paired, same seed). */
    @Test
    void everyHospitalLeverIsLive() throws Exception {
        java.util.Map<String, java.util.function.Consumer<Scenario>> levers = new java.util.LinkedHashMap<>();
        levers.put("capacityAdjustment", s -> s.trusts.forEach(t -> t.capacityAdjustment = 0.1));
        levers.put("backlogClearanceMonths", s -> s.trusts.forEach(t -> t.backlogClearanceMonths = 3));
        // a trust costed to its year-one contracts is in deficit only once its costs outrun its prices
        levers.put("capacityFinanceSensitivity", s -> s.trusts.forEach(t -> { t.capacityFinanceSensitivity = 0.15; t.costGrowthPct = 8; }));
        levers.put("capacityPlanSd", s -> s.trusts.forEach(t -> t.capacityPlanSd = 0.3));
        levers.put("capacityNoiseSd", s -> s.trusts.forEach(t -> t.capacityNoiseSd = 0.3));
        levers.put("costImprovementPct", s -> s.trusts.forEach(t -> t.costImprovementPct = 0));
        levers.put("costImprovementSd", s -> s.trusts.forEach(t -> t.costImprovementSd = 5));
        levers.put("initialMarginSd", s -> s.trusts.forEach(t -> t.initialMarginSd = 5));
        levers.put("maxAskAboveTariffPct", s -> { s.trusts.forEach(t -> { t.maxAskAboveTariffPct = 0; t.costGrowthPct = 8; }); });
        levers.put("costUpliftPct", s -> s.tariff.costUpliftPct = 0);
        levers.put("winterSeveritySd", s -> s.world.winterSeveritySd = 1.5);
        for (var lever : levers.entrySet()) {
            Scenario a = baseline(48), b = baseline(48);
            if (lever.getKey().equals("maxAskAboveTariffPct") || lever.getKey().equals("capacityFinanceSensitivity")) {
                a.trusts.forEach(t -> t.costGrowthPct = 8);
            }
            lever.getValue().accept(b);
            double[] x = outcomes(a), y = outcomes(b);
            assertTrue(!java.util.Arrays.equals(x, y), lever.getKey() + " changes nothing");
        }
    }
}
