package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Two absorptions of a CCG's overspend that can fail (ODD 7.1): the other providers' contracts hold a
 * limited pool of savings a year ({@code finance.otherMeasuresOpportunityPct}), and in-year recovery can
 * hold back only the part of the fund not yet committed ({@code finance.fundCommittedShare}). Each test
 * compares runs that differ in one lever, on the same seeds (common random numbers).
 */
class OtherMeasuresAndRecoveryTest {

    /** A CCG figure read at the end of {@code month}, replication {@code r}. */
    private static double at(Scenario s, int r, int month, ToDoubleFunction<Ccg> read) {
        double[] x = {Double.NaN};
        ModelRuns.run(s, r, ModelRuns.monthly(e -> { if (e.month() == month) x[0] = read.applyAsDouble(e.ccgs()[0]); }));
        return x[0];
    }

    @Test
    void otherProvidersSavingsMeetDiminishingReturnsSoALargerAskBuysLessThanItsShare() throws Exception {
        Scenario narrow = ModelRuns.load("baseline"), wide = ModelRuns.load("baseline");
        narrow.months = wide.months = 1;
        narrow.ccgs.get(0).finance.otherMeasuresOpportunityPct = 5;
        wide.ccgs.get(0).finance.otherMeasuresOpportunityPct = 20;
        for (int r = 0; r < 4; r++) {
            double sought = at(narrow, r, 0, c -> c.finance.otherMeasuresSought);
            double agreedNarrow = at(narrow, r, 0, c -> c.finance.otherMeasuresAgreed);
            double agreedWide = at(wide, r, 0, c -> c.finance.otherMeasuresAgreed);
            assertTrue(sought == at(wide, r, 0, c -> c.finance.otherMeasuresSought), "the same ask on the same seed");
            assertTrue(agreedNarrow < agreedWide, "a smaller pool of savings yields less: " + agreedNarrow + " vs " + agreedWide);
            assertTrue(agreedNarrow <= 0.05 * at(narrow, r, 0, c -> 12 * c.finance.otherProvidersMonthly()) / (1 - 0.01) + 1,
                    "never more than the pool: " + agreedNarrow);
        }
    }

    @Test
    void aDirectiveCcgsLargerPlanIsNoLongerAbsorbedByItsOtherProvidersSoItsSurplusFallsFurther() throws Exception {
        // directive − engagement-led, final year-end surplus, 10 paired replications: with a pool that hardly binds
        // the other providers take up most of the directive CCG's larger QIPP plan; with the default pool they cannot
        double[] gap = new double[2];
        double[] pools = {5, 20};
        for (int k = 0; k < 2; k++) {
            Scenario eng = ModelRuns.load("engagement"), dir = ModelRuns.load("directive");
            eng.ccgs.get(0).finance.otherMeasuresOpportunityPct = dir.ccgs.get(0).finance.otherMeasuresOpportunityPct = pools[k];
            for (int r = 0; r < 10; r++) {
                gap[k] += (at(dir, r, 59, c -> c.finance.surplusYtd()) - at(eng, r, 59, c -> c.finance.surplusYtd())) / 10;
            }
        }
        assertTrue(gap[0] < gap[1], "directive − engagement-led surplus gap: pool 5% " + gap[0] + ", pool 20% " + gap[1]);
    }

    @Test
    void inYearRecoveryHoldsBackOnlyTheUncommittedPartOfTheFund() throws Exception {
        Scenario committed = ModelRuns.load("baseline"), free = ModelRuns.load("baseline");
        committed.months = free.months = 12;
        // an unplanned pressure large enough that recovery wants to hold back all of the fund
        for (Scenario s : new Scenario[] {committed, free}) {
            s.ccgs.get(0).finance.costPressurePct = 4;
            s.ccgs.get(0).finance.costPressureSdPct = 0;
        }
        committed.ccgs.get(0).finance.fundCommittedShare = 0.5;
        free.ccgs.get(0).finance.fundCommittedShare = 0;
        for (int r = 0; r < 4; r++) {
            double[] spentCommitted = {0}, spentFree = {0}, planned = {0}, lowest = {Double.MAX_VALUE};
            ModelRuns.run(committed, r, ModelRuns.monthly(e -> {
                Ccg c = e.ccgs()[0];
                spentCommitted[0] += c.fund.spentThisMonth;
                planned[0] += c.fundMonthly;
                lowest[0] = Math.min(lowest[0], c.fund.spentThisMonth / c.fundMonthly);
            }));
            ModelRuns.run(free, r, ModelRuns.monthly(e -> spentFree[0] += e.ccgs()[0].fund.spentThisMonth));
            assertTrue(lowest[0] >= 0.5 - 1e-9, "half the fund is committed and always spent: lowest month " + lowest[0]);
            assertTrue(spentFree[0] < spentCommitted[0] - 0.05 * planned[0],
                    "with nothing committed recovery holds back more: " + spentFree[0] + " vs " + spentCommitted[0]);
            double surplusCommitted = at(committed, r, 11, c -> c.finance.surplusYtd());
            double surplusFree = at(free, r, 11, c -> c.finance.surplusYtd());
            assertTrue(surplusCommitted < surplusFree, "the committed fund costs the surplus: " + surplusCommitted + " vs " + surplusFree);
        }
    }
}
