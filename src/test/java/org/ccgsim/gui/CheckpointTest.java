package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * A MASON checkpoint taken at month 24 and restored carries the whole economy: running the
 * restored copy to month 60 gives exactly the numbers of the run that was never interrupted.
 */
class CheckpointTest {
    private static final int SAVE_AT = 24, HORIZON = 60;

    @Test
    void aRunSavedAtMonth24AndRestoredEndsExactlyAsTheUninterruptedRun() throws Exception {
        Scenario s = new Scenario();
        HealthEconomy whole = economy(s);
        whole.start();
        List<double[]> expected = new ArrayList<>();
        for (int m = 0; m < HORIZON; m++) {
            whole.schedule.step(whole);
            if (m >= SAVE_AT) expected.add(snapshot(whole));
        }

        HealthEconomy first = economy(s);
        first.start();
        for (int m = 0; m < SAVE_AT; m++) first.schedule.step(first);
        byte[] checkpoint = GuiCheckpoints.write(first);
        first.schedule.step(first); // the saved copy does not share state with the live one
        HealthEconomy restored = (HealthEconomy) SimState.readFromCheckpoint(new ByteArrayInputStream(checkpoint));
        assertEquals(SAVE_AT - 1, restored.month());
        List<double[]> actual = new ArrayList<>();
        for (int m = SAVE_AT; m < HORIZON; m++) {
            restored.schedule.step(restored);
            actual.add(snapshot(restored));
        }
        assertEquals(HORIZON - 1, restored.month());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), 0.0, "month " + (SAVE_AT + i));
        }
    }

    @Test
    void aCheckpointOfTheClusterRestoresEveryCcg() throws Exception {
        Scenario s = org.ccgsim.gui.EconomyGui.load(java.nio.file.Paths.get("scenarios", "staffordshire-cluster.yaml"));
        HealthEconomy e = economy(s);
        e.start();
        for (int m = 0; m < 3; m++) e.schedule.step(e);
        HealthEconomy restored = (HealthEconomy) SimState.readFromCheckpoint(new ByteArrayInputStream(GuiCheckpoints.write(e)));
        assertEquals(e.ccgs().length, restored.ccgs().length);
        e.schedule.step(e);
        restored.schedule.step(restored);
        assertArrayEquals(snapshot(e), snapshot(restored), 0.0);
    }

    private static HealthEconomy economy(Scenario s) {
        return new HealthEconomy(s.seed, () -> ScenarioCopies.copy(s), EventCompiler::compile);
    }

    /** Every CCG's month as numbers, and the ledger's balance. */
    private static double[] snapshot(HealthEconomy e) {
        List<Double> v = new ArrayList<>();
        for (Ccg c : e.ccgs()) {
            for (org.ccgsim.outcome.Outcome o : org.ccgsim.outcome.Outcome.values()) v.add(org.ccgsim.experiment.OutcomeValues.of(o, c.month));
        }
        v.add((double) e.ledger().total());
        v.add(e.random.nextDouble());
        double[] a = new double[v.size()];
        for (int i = 0; i < a.length; i++) a[i] = v.get(i);
        return a;
    }

    static byte[] bytes(SimState s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeToCheckpoint(out);
        return out.toByteArray();
    }
}
