package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The mechanisms of docs/ODD.md section 7 (submodels) have the effects the sources describe. */
class MechanismsTest {

    private static double meanEngagementAt(Scenario scenario, int month, int replications) {
        double sum = 0;
        for (int r = 0; r < replications; r++) {
            double[] at = {Double.NaN};
            ModelRuns.run(scenario, r, ModelRuns.monthly(e -> {
                if (e.month() == month) at[0] = e.ccgs()[0].month.engagementMean;
            }));
            sum += at[0];
        }
        return sum / replications;
    }

    @Test
    void directiveManagementEndsWithLowerEngagementThanEngagementLedAfterThreeYears() throws Exception {
        Scenario engagement = ModelRuns.load("engagement");
        Scenario directive = ModelRuns.load("directive");
        engagement.months = directive.months = 37;
        double engaged = meanEngagementAt(engagement, 36, 10);
        double directed = meanEngagementAt(directive, 36, 10);
        assertTrue(directed < engaged - 0.1, "directive " + directed + " vs engagement-led " + engaged);
    }

    @Test
    void engagementFallsOverTimeUnderDirectiveManagement() throws Exception {
        Scenario directive = ModelRuns.load("directive");
        directive.months = 25;
        double start = meanEngagementAt(directive, 0, 5);
        double later = meanEngagementAt(directive, 24, 5);
        assertTrue(later < start - 0.1, "engagement " + start + " -> " + later);
    }

    @Test
    void refusedInheritedContractOpensAStandOffThatEndsByAgreementOrArbitrationByTheConfiguredMonth() throws Exception {
        Scenario standoff = ModelRuns.load("standoff");
        standoff.months = 12;
        int limit = standoff.areaTeams.get(0).arbitrationAfterMonths;
        for (int r = 0; r < 10; r++) {
            ModelRuns.EventLog log = new ModelRuns.EventLog();
            HealthEconomy economy = ModelRuns.run(standoff, r, log);
            int opened = log.types.indexOf("standoff_opened");
            assertEquals(0, (int) log.months.get(opened), "the stand-off opens in April 2013");
            int closed = -1;
            for (int i = 0; i < log.types.size(); i++) {
                String t = log.types.get(i);
                if (t.equals("agreement") || t.equals("arbitration")) { closed = i; break; }
            }
            assertTrue(closed >= 0, "the stand-off ends: " + log.lines);
            assertTrue(log.months.get(closed) <= limit, "ends by month " + limit + ": " + log.lines.get(closed));
            for (Contract c : economy.ccgs()[0].contracts()) assertTrue(c.getState() != ContractState.STANDOFF || c.getStandoffMonths() < limit);
        }
    }

    @Test
    void withoutRefusalTheInheritedContractIsCarriedOverWithoutAStandOff() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        baseline.months = 6;
        ModelRuns.EventLog log = new ModelRuns.EventLog();
        HealthEconomy economy = ModelRuns.run(baseline, 0, log);
        assertEquals(0, log.count("standoff_opened"));
        assertEquals(ContractState.INHERITED, economy.ccgs()[0].contracts()[0].getState());
    }

    @Test
    void arbitrationComesExactlyAtTheConfiguredMonthWhenThePartiesCannotAgree() throws Exception {
        Scenario standoff = ModelRuns.load("standoff");
        standoff.months = 12;
        standoff.ccgs.get(0).contracts.concessionRate = 0; // neither side moves
        for (var at : standoff.areaTeams) at.arbitrationAfterMonths = 3;
        ModelRuns.EventLog log = new ModelRuns.EventLog();
        ModelRuns.run(standoff, 0, log);
        int i = log.types.indexOf("arbitration");
        assertTrue(i >= 0, log.lines.toString());
        assertEquals(3, (int) log.months.get(i));
    }

    @Test
    void baselineYearOneQippRequirementIsSixToSevenPercentOfAllocation() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        baseline.months = 1;
        HealthEconomy economy = ModelRuns.run(baseline, 0, null);
        Ccg ccg = economy.ccgs()[0];
        double share = ccg.getQippRequired() / ccg.params.finance.allocation;
        assertTrue(share >= 0.06 && share <= 0.07, "year-one QIPP requirement " + share);
    }

    @Test
    void qualityPremiumIsWithheldWhenFinancialBalanceIsMissed() throws Exception {
        Scenario poor = ModelRuns.load("baseline");
        poor.months = 12;
        poor.ccgs.get(0).finance.inheritedDeficitPct = 8; // far more than QIPP can close
        ModelRuns.EventLog log = new ModelRuns.EventLog();
        HealthEconomy economy = ModelRuns.run(poor, 0, log);
        assertTrue(economy.ccgs()[0].getSurplusYearToDate() < 0);
        assertEquals(0.0, economy.ccgs()[0].getQualityPremiumAwarded());
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("financial balance missed")), log.lines.toString());
    }

    @Test
    void eachMrsaCaseCutsTheQualityPremiumByTwelveAndAHalfPercentOfThePotential() {
        double potential = QualityPremium.potential(5, 160_000);
        assertEquals(800_000, potential, 1e-6, "the guidance's worked example: 160,000 people, £800,000 potential");
        double none = QualityPremium.award(potential, 1, QualityPremium.mrsaFactor(0, 12.5));
        double one = QualityPremium.award(potential, 1, QualityPremium.mrsaFactor(1, 12.5));
        double three = QualityPremium.award(potential, 1, QualityPremium.mrsaFactor(3, 12.5));
        assertEquals(100_000, none - one, 1e-6);
        assertEquals(300_000, none - three, 1e-6);
        assertEquals(0, QualityPremium.award(potential, 1, QualityPremium.mrsaFactor(9, 12.5)), 1e-6);
    }

    @Test
    void theModelAwardsLessPremiumInYearsWithMoreMrsaCases() throws Exception {
        Scenario s = ModelRuns.load("engagement");
        s.months = 12;
        List<double[]> years = new ArrayList<>(); // {mrsa cases, award / (potential x score)}
        for (int r = 0; r < 40; r++) {
            HealthEconomy e = ModelRuns.run(s, r, null);
            Ccg ccg = e.ccgs()[0];
            if (ccg.getQualityPremiumAwarded() > 0) years.add(new double[]{ccg.premium.mrsaThisYear(), ccg.getQualityPremiumAwarded()});
        }
        double few = years.stream().filter(y -> y[0] <= 1).mapToDouble(y -> y[1]).average().orElse(Double.NaN);
        double many = years.stream().filter(y -> y[0] >= 3).mapToDouble(y -> y[1]).average().orElse(Double.NaN);
        assertTrue(!Double.isNaN(few) && !Double.isNaN(many) && many < few, "0-1 MRSA cases " + few + ", 3+ cases " + many);
    }

    @Test
    void aTimedEventSwitchesTheCcgToDirectiveInTheGivenMonth() throws Exception {
        Scenario s = ModelRuns.load("switch-to-directive");
        s.months = 14;
        double[] share = new double[14];
        ModelRuns.run(s, 0, ModelRuns.monthly(e -> share[e.month()] = e.ccgs()[0].getDirectiveShare()));
        assertEquals(ManagementStyle.DIRECTIVE.yamlName(), "directive");
        assertTrue(share[11] < 1.0 && share[12] == 1.0, "directive share before/after April 2014: " + share[11] + " " + share[12]);
    }

    @Test
    void practicesUnderAreaTeamRemedialActionLoseEngagement() throws Exception {
        Scenario s = ModelRuns.load("area-team-directive");
        s.months = 24;
        ModelRuns.EventLog log = new ModelRuns.EventLog();
        ModelRuns.run(s, 0, log);
        assertTrue(log.count("remedial_action") > 0, "a directive Area Team takes remedial action: " + log.types);
    }
}
