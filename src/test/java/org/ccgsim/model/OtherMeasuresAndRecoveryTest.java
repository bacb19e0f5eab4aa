package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Two absorptions of a CCG's overspend that can fail (ODD 7.1): the other providers' contracts hold a
 * limited pool of savings a year ({@code finance.otherMeasuresOpportunityPct}), and in-year recovery cannot
 * hold back the schemes last year's fund started ({@code finance.fundCommittedShare}). Each test
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
    void inYearRecoveryCannotHoldBackTheSchemesLastYearsFundStartedButANewCcgHasNone() throws Exception {
        Scenario committed = ModelRuns.load("baseline"), free = ModelRuns.load("baseline");
        committed.months = free.months = 24;
        // an unplanned pressure each year large enough that recovery wants to hold back all of the fund
        for (Scenario s : new Scenario[] {committed, free}) {
            s.ccgs.get(0).finance.costPressurePct = 4;
            s.ccgs.get(0).finance.costPressureSdPct = 0;
        }
        committed.ccgs.get(0).finance.fundCommittedShare = 0.5;
        free.ccgs.get(0).finance.fundCommittedShare = 0;
        for (int r = 0; r < 4; r++) {
            double[] yearOne = {0, 0}, yearTwo = {0, 0}, carried = {0}, shortOfCarried = {0};
            ModelRuns.run(committed, r, ModelRuns.monthly(e -> {
                Ccg c = e.ccgs()[0];
                if (e.month() < 12) yearOne[0] += c.fund.spentThisMonth;
                else {
                    yearTwo[0] += c.fund.spentThisMonth;
                    carried[0] = c.finance.fundCommittedMonthly;
                    shortOfCarried[0] = Math.max(shortOfCarried[0], Math.min(c.fundMonthly, c.finance.fundCommittedMonthly) - c.fund.spentThisMonth);
                }
            }));
            ModelRuns.run(free, r, ModelRuns.monthly(e -> {
                if (e.month() < 12) yearOne[1] += e.ccgs()[0].fund.spentThisMonth;
                else yearTwo[1] += e.ccgs()[0].fund.spentThisMonth;
            }));
            assertTrue(yearOne[0] == yearOne[1], "a new CCG has nothing carried over: " + yearOne[0] + " vs " + yearOne[1]);
            assertTrue(carried[0] > 0 && shortOfCarried[0] < 1e-6, "year two spends at least the carried-over schemes " + carried[0]);
            // (what the surplus does with the extra spending depends on what the fund buys: in the baseline, primary-care
            // money that lifts engagement pays part of itself back within the year)
            assertTrue(yearTwo[1] < yearTwo[0] - 6 * carried[0], "with nothing carried over recovery holds back more: " + yearTwo[1] + " vs " + yearTwo[0]);
        }
    }
}
