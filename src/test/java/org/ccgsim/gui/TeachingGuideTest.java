package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Consumer;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.experiment.Replication;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Every claim docs/teaching.md makes about what students will see, checked on the run the GUI
 * shows with the default seed: replication 0 of the exercise's scenario, run headless. The guide
 * states patterns (this falls, that is higher), not numbers, so the model may be recalibrated
 * and the guide stays true as long as this test passes.
 */
class TeachingGuideTest {
    private static final int MARCH_2015 = 23, APRIL_2014 = 12, MARCH_2014 = 11, MARCH_2018 = 59;

    private static double[][] run(String scenario, Consumer<Scenario> change) {
        Scenario s = EconomyGui.load(Paths.get("scenarios", scenario + ".yaml"));
        change.accept(s);
        ReplicationResult r = new Replication(s, 0, EventCompiler::compile, null).run();
        return r.monthly[r.units.length - 1];
    }

    private static double[][] run(String scenario) { return run(scenario, s -> { }); }

    private static double at(double[][] m, int month, Outcome o) { return m[month][o.ordinal()]; }

    @Test
    void exercise1DirectiveManagementLowersEngagementAndLeadersOverrateIt() {
        double[][] engagement = run("engagement"), directive = run("directive"), switched = run("switch-to-directive");
        Outcome e = Outcome.ENGAGEMENT_MEAN;
        // "under directive management mean engagement falls over the first two years"
        assertTrue(at(directive, MARCH_2015, e) < at(directive, 0, e) - 0.05, "directive: engagement falls");
        // "under engagement-led management it ends the two years higher than under directive"
        assertTrue(at(engagement, MARCH_2015, e) > at(directive, MARCH_2015, e) + 0.1, "engagement-led stays higher");
        // "after the switch the engagement line turns down within a few months of the marker"
        assertTrue(at(switched, APRIL_2014 + 6, e) < at(switched, APRIL_2014, e), "the switch lowers engagement");
        // "the leaders' perceived engagement stays above the real figure under directive management"
        int above = 0;
        for (int m = 6; m <= MARCH_2015; m++) if (at(directive, m, Outcome.PERCEIVED_ENGAGEMENT) > at(directive, m, e)) above++;
        assertTrue(above >= 15, "perceived above real in most months: " + above);
        // "the difference in referrals per 1,000 is much smaller than the difference in engagement"
        Outcome r = Outcome.ELECTIVE_REFERRALS;
        double referralGap = Math.abs(at(directive, MARCH_2015, r) / at(engagement, MARCH_2015, r) - 1);
        double engagementGap = Math.abs(at(directive, MARCH_2015, e) / at(engagement, MARCH_2015, e) - 1);
        assertTrue(referralGap < engagementGap / 2, "referrals differ by " + referralGap + ", engagement by " + engagementGap);
    }

    @Test
    void exercise2RefusingTheContractsStartsAStandOffThatEnds() {
        double[][] standoff = run("standoff"), baseline = run("baseline");
        Outcome c = Outcome.CONTRACTS_IN_STANDOFF;
        assertTrue(at(standoff, 0, c) > 0, "a stand-off in April 2013");
        assertEquals(0, at(baseline, 0, c), "none when the contracts are signed");
        int end = -1;
        for (int m = 0; m < 24 && end < 0; m++) if (at(standoff, m, c) == 0) end = m;
        assertTrue(end > 0, "the stand-off ends within two years");
        // "move Arbitration after (months) to see the difference": a shorter fuse ends it no later
        double[][] quick = run("standoff", s -> {
            s.areaTeam.arbitrationAfterMonths = 1;
            for (var a : s.areaTeams) a.arbitrationAfterMonths = 1;
        });
        int quickEnd = -1;
        for (int m = 0; m < 24 && quickEnd < 0; m++) if (at(quick, m, c) == 0) quickEnd = m;
        // "the trust's income falls below plan and it resists"
        Scenario s = EconomyGui.load(Paths.get("scenarios", "standoff.yaml"));
        HealthEconomy economy = new HealthEconomy(ReplicationSeeds.seed(s.seed, 0), () -> ScenarioCopies.copy(s), EventCompiler::compile);
        economy.start();
        boolean below = false, resists = false;
        for (int m = 0; m < 12; m++) {
            economy.schedule.step(economy);
            for (AcuteTrust t : economy.trusts()) {
                below |= t.getIncomeThisMonth() < t.getPlanThisMonth();
                resists |= t.getResisting();
            }
        }
        assertTrue(below && resists, "income below plan " + below + ", resisting " + resists);
        assertTrue(quickEnd > 0 && quickEnd <= end, "arbitration after a month ends it by " + quickEnd + ", not later than " + end);
    }

    @Test
    void exercise3APremiumForPracticesIsPaidInApril2014AndLiftsEngagement() {
        double[][] practices = run("quality-premium-to-practices");
        double[][] patients = run("quality-premium-to-practices", s -> {
            s.ccg.qualityPremium.use = PremiumUse.PATIENTS;
            for (var c : s.ccgs) c.qualityPremium.use = PremiumUse.PATIENTS;
        });
        Outcome e = Outcome.ENGAGEMENT_MEAN, q = Outcome.QUALITY_PREMIUM;
        double firstYear = 0;
        for (int m = 0; m < MARCH_2014; m++) firstYear += at(practices, m, q);
        assertEquals(0, firstYear, "nothing before the first assessment");
        double paid = 0;
        for (int m = MARCH_2014; m <= APRIL_2014; m++) paid += at(practices, m, q);
        assertTrue(paid > 0, "the premium is awarded in March 2014 and paid in April 2014");
        // "identical to the patients' run until the premium arrives, then engagement climbs above it"
        assertEquals(at(patients, MARCH_2014 - 1, e), at(practices, MARCH_2014 - 1, e), 1e-12);
        assertTrue(at(practices, APRIL_2014 + 12, e) > at(patients, APRIL_2014 + 12, e), "engagement above the patients' run a year on");
    }

    @Test
    void theGuideNamesArticlesNotSeedNumbersAndShowsScreenshotsThatExist() throws Exception {
        String guide = Files.readString(Paths.get("docs", "teaching.md"));
        assertTrue(!guide.matches("(?s).*[Ss]eed 00[0-4].*"), "articles by title, not 'seed 003'");
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("\\(img/([^)]+)\\)").matcher(guide);
        while (img.find()) assertTrue(Files.exists(Path.of("docs", "img", img.group(1))), img.group(1));
        assertEquals(MARCH_2018, new Scenario().months - 1, "the default horizon the guide describes");
    }
}
