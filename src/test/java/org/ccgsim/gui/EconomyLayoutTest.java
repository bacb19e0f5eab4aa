package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;
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

    static Scenario shipped(String name) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml")).scenario();
    }

    /**
     * The shipped small worlds keep the picture they had before large worlds were laid out by Area
     * Team: a weighted sum over every position, recorded from that layout (re-recorded when practices
     * came to be placed from each CCG's own random stream).
     */
    @Test
    void smallWorldsKeepTheirPositions() throws Exception {
        assertPositions("baseline", 61, 57.147540983606554, 13571.516347709332);
        assertPositions("staffordshire-cluster", 189, 168.47309924282703, 116344.83297073141);
    }

    private static void assertPositions(String scenario, int placed, double size, double weightedSum) throws Exception {
        HealthEconomy e = started(shipped(scenario));
        EconomyLayout l = EconomyLayout.of(e, 700, 700);
        assertFalse(l.large(), scenario + " is a small world");
        List<Object> all = new ArrayList<>();
        for (Ccg c : e.ccgs()) {
            all.add(c);
            all.addAll(List.of(c.practices()));
        }
        all.addAll(List.of(e.trusts()));
        all.addAll(List.of(e.areaTeams()));
        all.addAll(l.localityLabels());
        double sum = 0;
        for (int k = 0; k < all.size(); k++) {
            Double2D p = l.positionOf(all.get(k));
            sum += p.x * (k % 7 + 1) + p.y * (k % 5 + 2);
        }
        assertEquals(placed, all.size(), scenario);
        assertEquals(size, l.width(), 1e-9, scenario);
        assertEquals(size, l.height(), 1e-9, scenario);
        assertEquals(weightedSum, sum, 1e-6, scenario + ": positions moved");
    }

    /** All of England: Area Teams in patches, CCG discs apart, hospitals with their own CCGs, all inside. */
    @Test
    void englandIsLaidOutByAreaTeam() throws Exception {
        HealthEconomy e = started(shipped("england"));
        EconomyLayout l = EconomyLayout.of(e, 700, 700);
        assertEquals(211, e.ccgs().length);
        assertTrue(l.large(), "more than " + EconomyLayout.LARGE_WORLD_CCGS + " CCGs: laid out by Area Team");
        assertEquals(l.width(), l.height(), 1e-9, "the field has the display's shape");

        // each Area Team's centre: the mean of its CCGs' positions
        Map<AreaTeam, Double2D> centres = new IdentityHashMap<>();
        for (AreaTeam a : e.areaTeams()) {
            double x = 0, y = 0;
            for (Ccg c : a.ccgs()) {
                x += l.positionOf(c).x;
                y += l.positionOf(c).y;
            }
            centres.put(a, new Double2D(x / a.ccgs().length, y / a.ccgs().length));
        }
        Ccg[] cs = e.ccgs();
        for (Ccg c : cs) {
            assertInside(l, c);
            assertEquals(c.areaTeam(), nearest(centres, l.positionOf(c)), c + " lies nearest its own Area Team's centre");
            for (Practice p : c.practices()) {
                Double2D at = l.positionOf(p);
                double r = l.radiusOf(p);
                assertTrue(at.x - r >= 0 && at.y - r >= 0 && at.x + r <= l.width() && at.y + r <= l.height(), p + " lies inside the field");
                assertTrue(at.distance(l.positionOf(c)) + r <= l.clusterRadiusOf(c) + 1e-9, p + " lies in its CCG's disc");
            }
            Practice[] ps = c.practices();
            for (int i = 0; i < ps.length; i++) {
                for (int j = i + 1; j < ps.length; j++) {
                    assertTrue(l.positionOf(ps[i]).distance(l.positionOf(ps[j])) >= l.radiusOf(ps[i]) + l.radiusOf(ps[j]), ps[i] + " and " + ps[j] + " overlap");
                }
            }
        }
        // no two CCGs coincide; their discs (so all practices) do not even overlap
        for (int i = 0; i < cs.length; i++) {
            for (int j = i + 1; j < cs.length; j++) {
                double d = l.positionOf(cs[i]).distance(l.positionOf(cs[j]));
                assertTrue(d >= l.clusterRadiusOf(cs[i]) + l.clusterRadiusOf(cs[j]), cs[i] + " and " + cs[j] + " overlap");
            }
        }
        // hospitals: inside, apart, off every CCG's disc, in the patch of the CCGs they serve
        AcuteTrust[] ts = e.trusts();
        for (int i = 0; i < ts.length; i++) {
            AcuteTrust t = ts[i];
            Double2D at = l.positionOf(t);
            assertInside(l, t);
            for (int j = i + 1; j < ts.length; j++) {
                assertTrue(at.distance(l.positionOf(ts[j])) >= 2 * EconomyLayout.NODE_HALF_SIZE, t + " and " + ts[j] + " overlap");
            }
            for (Ccg c : cs) assertTrue(at.distance(l.positionOf(c)) >= l.clusterRadiusOf(c), t + " sits on " + c);
            for (Contract k : t.contracts()) {
                assertEquals(k.ccg.areaTeam(), nearest(centres, at), t + " lies with the Area Team of " + k.ccg);
            }
        }
        for (AreaTeam a : e.areaTeams()) assertInside(l, a);
        // a practice is still a visible dot on a 700-pixel display
        double pixelsPerUnit = 700 / l.width();
        assertTrue(EconomyLayout.DOT_RADIUS * pixelsPerUnit >= 1.2, "practices remain visible: " + pixelsPerUnit + " px/unit");
    }

    private static AreaTeam nearest(Map<AreaTeam, Double2D> centres, Double2D p) {
        AreaTeam best = null;
        for (Map.Entry<AreaTeam, Double2D> c : centres.entrySet()) {
            if (best == null || p.distance(c.getValue()) < p.distance(centres.get(best))) best = c.getKey();
        }
        return best;
    }
}
