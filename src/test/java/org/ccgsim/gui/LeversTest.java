package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.AreaTeamStyle;
import org.ccgsim.scenario.FundUse;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

class LeversTest {
    private final List<String> events = new ArrayList<>();

    private HealthEconomy economy(Scenario s) {
        HealthEconomy e = new HealthEconomy(7, () -> ScenarioCopies.copy(s), x -> List.of());
        e.addObserver(new EconomyObserver() {
            @Override
            public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
                events.add(month + " " + type + " " + detail);
            }
        });
        e.start();
        return e;
    }

    @Test
    void aLeverMovedDuringARunChangesEveryCcgFromNextMonth() {
        HealthEconomy e = economy(EconomyLayoutTest.sevenCcgs());
        Levers levers = new Levers(() -> e, () -> null, () -> true);
        for (int m = 0; m < 3; m++) e.schedule.step(e);
        assertEquals(2, e.month());

        levers.setManagementStyle(ManagementStyle.DIRECTIVE.ordinal());
        assertEquals(ManagementStyle.DIRECTIVE.ordinal(), levers.getManagementStyle(), "the lever shows what was asked for");
        for (Ccg c : e.ccgs()) assertEquals(ManagementStyle.ENGAGEMENT, c.params.management.style, "not before next month");

        e.schedule.step(e); // month 3
        for (Ccg c : e.ccgs()) assertEquals(ManagementStyle.DIRECTIVE, c.params.management.style);
        for (Ccg c : e.ccgs()) assertEquals(1.0, c.getDirectiveShare(), 1e-12, "the model acts on it in that month");
        assertTrue(events.stream().anyMatch(x -> x.startsWith("3 parameter_change ccg.management.style = directive")), events.toString());
    }

    @Test
    void everyLeverReachesTheModel() {
        HealthEconomy e = economy(new Scenario());
        Levers levers = new Levers(() -> e, () -> null, () -> true);
        e.schedule.step(e);
        levers.setDirectiveMix(0.8);
        levers.setConsultationMode(1);
        levers.setConsultationShare(0.25);
        levers.setRefuseInheritedContracts(true);
        levers.setAreaTeamStyle(AreaTeamStyle.DIRECTIVE.ordinal());
        levers.setArbitrationAfterMonths(9);
        levers.setFundUse(FundUse.SOCIAL_CARE.ordinal());
        levers.setFundAvailable(0.9);
        levers.setQualityPremiumUse(PremiumUse.PRACTICES.ordinal());
        levers.setAbolitionTalk(0.7);
        e.schedule.step(e);
        var p = e.ccgs()[0].params;
        assertEquals(0.8, p.management.mix);
        assertEquals("virtual", p.consultation.mode.yamlName());
        assertEquals(0.25, p.consultation.share);
        assertTrue(p.contracts.refuseInherited);
        assertEquals(AreaTeamStyle.DIRECTIVE, e.areaTeams()[0].params.style);
        assertEquals(9, e.areaTeams()[0].params.arbitrationAfterMonths);
        assertEquals(FundUse.SOCIAL_CARE, p.fund.use);
        assertEquals(0.9, p.fund.available);
        assertEquals(PremiumUse.PRACTICES, p.qualityPremium.use);
        assertEquals(0.7, e.scenario().world.abolitionTalk);
        assertEquals(0.7, levers.getAbolitionTalk(), "after it applies the lever reads the model");
    }

    @Test
    void whileStoppedALeverEditsTheScenarioTheNextRunStartsFrom() {
        Scenario template = ScenarioCopies.copy(new Scenario());
        HealthEconomy e = new HealthEconomy(7, () -> ScenarioCopies.copy(template), x -> List.of());
        Levers levers = new Levers(() -> e, () -> template, () -> false);
        levers.setRefuseInheritedContracts(true);
        assertTrue(template.ccg.contracts.refuseInherited);
        e.start();
        e.schedule.step(e);
        assertEquals("standoff", e.ccgs()[0].contracts()[0].getState().label(), "April 2013's round refuses the inherited contract");
    }

    @Test
    void slidersAndChoicesHaveDomains() {
        Levers levers = new Levers(() -> null, Scenario::new, () -> false);
        Properties p = new OrderedProperties(levers, Levers.ORDER);
        assertEquals("Scenario", p.getName(0));
        assertEquals("Management style", p.getName(2));
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.isReadWrite(i) && p.getType(i) != boolean.class) {
                assertFalse(p.getDomain(i) == null, p.getName(i) + " needs a slider or a choice");
            }
        }
    }
}
