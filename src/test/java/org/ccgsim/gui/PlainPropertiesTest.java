package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class PlainPropertiesTest {
    private static HealthEconomy economy() {
        Scenario s = new Scenario();
        HealthEconomy e = new HealthEconomy(s.seed, () -> ScenarioCopies.copy(s), EventCompiler::compile);
        e.start();
        for (int m = 0; m < 3; m++) e.schedule.step(e);
        return e;
    }

    private static int index(PlainProperties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        throw new AssertionError("no property " + name);
    }

    @Test
    void moneyIsInMillionsOfPoundsRoundedToTwoPlacesUnderAPlainName() {
        Contract k = economy().ccgs()[0].contracts()[0];
        PlainProperties p = new PlainProperties(k);
        double shown = (Double) p.getValue(index(p, "Planned income this year (£m)"));
        assertEquals(Math.round(k.getPlanIncome() / 1e4) / 100.0, shown, 1e-9);
        for (int i = 0; i < p.numProperties(); i++) assertTrue(!p.getName(i).matches(".*[a-z][A-Z].*"), "no camelCase: " + p.getName(i));
    }

    @Test
    void aCcgShowsItsPracticesRealEngagementBesideThePerceivedOne() {
        Ccg c = economy().ccgs()[0];
        PlainProperties p = new PlainProperties(c);
        int real = index(p, "Engagement of its practices, real (0-1)");
        assertEquals(real + 1, index(p, "Engagement as the leaders perceive it (0-1)"));
        assertEquals(Math.round(c.month.engagementMean * 1000) / 1000.0, (Double) p.getValue(real), 1e-9);
        int share = index(p, "Directive share of management (%)");
        assertEquals(Math.round(c.getDirectiveShare() * 1000) / 10.0, (Double) p.getValue(share), 1e-9);
    }
}
