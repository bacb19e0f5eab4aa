package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

class EconomyLayoutTest {
    static HealthEconomy started(Scenario s) {
        HealthEconomy e = new HealthEconomy(42, () -> ScenarioCopies.copy(s), x -> List.of());
        e.start();
        return e;
    }

    /** Seven CCGs of different sizes, one trust serving all: the cluster's shape. */
    static Scenario sevenCcgs() {
        Scenario s = new Scenario();
        int[] practices = {55, 33, 14, 17, 16, 28, 14};
        for (int i = 0; i < practices.length; i++) {
            CcgParams c = new CcgParams();
            c.id = "ccg" + i;
            c.name = "NHS Test CCG " + i;
            c.practices = practices[i];
            c.localities = i % 2 == 0 ? 3 : 2;
            c.finance.allocation = 320_000_000.0 * practices[i] / 55;
            s.ccgs.add(c);
        }
        return s;
    }

    static void assertReadable(HealthEconomy e, EconomyLayout l) {
        List<Practice> all = new ArrayList<>();
        for (Ccg c : e.ccgs()) for (Practice p : c.practices()) all.add(p);
        for (Practice p : all) {
            Double2D at = l.positionOf(p);
            assertNotNull(at, p + " is placed");
            double r = l.radiusOf(p);
            assertTrue(at.x - r >= 0 && at.y - r >= 0 && at.x + r <= l.width() && at.y + r <= l.height(), p + " lies inside the field");
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Practice a = all.get(i), b = all.get(j);
                double d = l.positionOf(a).distance(l.positionOf(b));
                assertTrue(d >= l.radiusOf(a) + l.radiusOf(b), a + " and " + b + " overlap");
            }
        }
        for (Object o : e.trusts()) assertInside(l, (AcuteTrust) o);
        for (AreaTeam a : e.areaTeams()) assertInside(l, a);
        for (Ccg c : e.ccgs()) assertInside(l, c);
    }

    static void assertInside(EconomyLayout l, Object agent) {
        Double2D at = l.positionOf(agent);
        double h = EconomyLayout.NODE_HALF_SIZE;
        assertNotNull(at, agent + " is placed");
        assertTrue(at.x - h >= 0 && at.y - h >= 0 && at.x + h <= l.width() && at.y + h <= l.height(), agent + " lies inside the field");
    }

    @Test
    void baselinePracticesDoNotOverlapAndStayInside() {
        HealthEconomy e = started(new Scenario());
        EconomyLayout l = EconomyLayout.of(e, 700, 700);
        assertEquals(55, e.practices().length);
        assertReadable(e, l);
        assertEquals(3, l.localityLabels().size(), "one label per locality");
        assertEquals(l.width(), l.height(), 1e-9, "the field has the display's shape, so discs stay round");
    }

    @Test
    void sevenCcgsFit() {
        HealthEconomy e = started(sevenCcgs());
        EconomyLayout l = EconomyLayout.of(e, 700, 700);
        assertEquals(7, e.ccgs().length);
        assertReadable(e, l);
        // clusters do not overlap each other
        Ccg[] cs = e.ccgs();
        for (int i = 0; i < cs.length; i++) {
            for (int j = i + 1; j < cs.length; j++) {
                double d = l.positionOf(cs[i]).distance(l.positionOf(cs[j]));
                assertTrue(d >= l.clusterRadiusOf(cs[i]) + l.clusterRadiusOf(cs[j]), cs[i] + " and " + cs[j] + " overlap");
            }
        }
        // a practice is still at least two pixels across on a 700-pixel display
        double pixelsPerUnit = 700 / l.width();
        assertTrue(EconomyLayout.MIN_PRACTICE_RADIUS * pixelsPerUnit >= 1.0, "practices remain visible: " + pixelsPerUnit + " px/unit");
    }

    @Test
    void layoutIsTheSameEveryTime() {
        HealthEconomy a = started(sevenCcgs()), b = started(sevenCcgs());
        EconomyLayout la = EconomyLayout.of(a, 700, 700), lb = EconomyLayout.of(b, 700, 700);
        for (int i = 0; i < a.practices().length; i++) {
            assertEquals(la.positionOf(a.practices()[i]), lb.positionOf(b.practices()[i]));
        }
    }
}
