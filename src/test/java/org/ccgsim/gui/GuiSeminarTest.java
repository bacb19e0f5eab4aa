package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.util.Properties;

/**
 * What a seminar needs, on a (virtual) display of any size from 1366×768: a run that stops at its
 * horizon, a checkpoint saved and reopened, a slider drag logged once, two runs side by side,
 * N seeds from the GUI, and every window on screen.
 */
@Tag("gui")
class GuiSeminarTest {
    private static final Path OUT = Paths.get("target", "gui-smoke");
    private GuiDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) driver.quit();
    }

    @Test
    void aSeminarRunEndsComparesSavesAndFitsTheScreen() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run with -Dccgsim.headless=false");
        Files.createDirectories(OUT);
        driver = GuiDriver.open(new Scenario(), EconomyGui.scenariosIn(Paths.get("scenarios")));
        EconomyGui gui = driver.gui;
        Console console = driver.console;
        Rectangle screen = EconomyGui.screen();

        // every window on screen, whatever its size
        for (Window w : new Window[] {console, gui.displayFrame, gui.chartsFrame, gui.tickerFrame}) {
            assertTrue(screen.contains(w.getBounds()), w.getName() + " " + w.getBounds() + " is inside the screen " + screen);
        }
        assertTrue(gui.chartsFrame.getX() >= gui.displayFrame.getX() + gui.displayFrame.getWidth(), "charts beside the picture");
        assertTrue(console.getX() >= gui.chartsFrame.getX() + gui.chartsFrame.getWidth(), "the Console does not cover the charts");

        // File → New lists ccgsim's scenarios, not MASON's demos
        assertTrue(gui.scenarioNames().contains("baseline"));
        assertFalse(String.join(",", gui.scenarioNames()).contains("HeatBugs"));

        // the run stops at the scenario's horizon, month 60, and the debrief opens
        SwingUtilities.invokeAndWait(() -> console.setPlaySleep(0));
        SwingUtilities.invokeAndWait(console::pressPlay);
        waitFor(() -> console.getPlayState() == Console.PS_STOPPED, 60_000, "the run stops by itself");
        GuiDriver.settle();
        assertEquals(59, gui.economy().month(), "stopped at month 60 (March 2018)");
        assertEquals(60, gui.charts.months());
        assertTrue(gui.debriefFrame.isVisible(), "the debrief opens at the end of the run");
        assertTrue(gui.debrief.getText().contains("GP engagement with the CCG went from"));
        screenshot("end-of-run");
        double[] liveEngagement = new double[60];
        for (int m = 0; m < 60; m++) liveEngagement[m] = gui.history.get(m).engagementMean();

        // N seeds from the GUI: the band beside the live run; replication 0 is the run on screen
        RunsBar bar = (RunsBar) ((java.awt.BorderLayout) gui.chartsFrame.getContentPane().getLayout())
                .getLayoutComponent(java.awt.BorderLayout.NORTH);
        SwingUtilities.invokeAndWait(() -> {
            bar.seeds.setValue(4);
            bar.runSeeds.doClick();
        });
        waitFor(() -> gui.charts.bandMonths() == 60, 60_000, "the band over 4 seeds is drawn");
        assertTrue(gui.charts.bandLabel().startsWith("4 seeds"));

        // two runs side by side: a lever moved while stopped, then a second run; the first stays as a labelled grey line
        Properties levers = new OrderedProperties(gui.getSimulationInspectedObject(), Levers.ORDER);
        SwingUtilities.invokeAndWait(() -> levers.setValue(index(levers, "Management style"), ManagementStyle.DIRECTIVE.ordinal()));
        driver.startPaused();
        driver.stepMonths(30);
        assertEquals(1, gui.charts.ghostLabels().size());
        assertTrue(gui.charts.ghostLabels().get(0).contains("management style engagement-led"), gui.charts.ghostLabels().toString());
        screenshot("two-runs");

        // Export: the lines as one CSV (live run, earlier run, band) and each chart as PNG and SVG
        Path exported = OUT.resolve("export");
        java.util.List<Path> files = new java.util.ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                files.addAll(gui.charts.export(exported));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(9, files.size(), "a CSV and four charts as PNG and SVG");
        String csv = Files.readString(exported.resolve("gui-runs.csv"));
        assertTrue(csv.contains("\"run 1: management style engagement-led\"") && csv.contains("4 seeds"), "every line is exported");

        // a slider dragged through many values is one change, logged once; dragged back, nothing is logged
        int mix = index(levers, "Directive share (mix)");
        SwingUtilities.invokeAndWait(() -> {
            for (double v = 0.1; v <= 0.61; v += 0.05) levers.setValue(mix, v);
        });
        driver.stepMonths(1);
        assertEquals(1, count(gui, "directive share"), "one line for one drag");
        int talk = index(levers, "Talk of abolishing CCGs");
        double was = (Double) levers.getValue(talk);
        SwingUtilities.invokeAndWait(() -> {
            levers.setValue(talk, 0.9);
            levers.setValue(talk, was);
        });
        driver.stepMonths(1);
        assertEquals(0, count(gui, "abolishing"), "a drag back to where it was changes nothing");
        assertTrue(gui.charts.marks().size() >= 1);

        // File → Save at month 33, carry on, File → Open: back at month 33, and it carries on
        Path saved = OUT.resolve("seminar.ccgsim");
        Files.deleteIfExists(saved);
        int savedAt = gui.economy().month();
        boolean[] ok = new boolean[1];
        SwingUtilities.invokeAndWait(() -> ok[0] = gui.saveCheckpoint(console, saved));
        assertTrue(ok[0] && Files.size(saved) > 10_000, "a real checkpoint, not 0 bytes");
        driver.stepMonths(3);
        SwingUtilities.invokeAndWait(() -> ok[0] = gui.openCheckpoint(console, saved));
        assertTrue(ok[0]);
        assertEquals(savedAt, gui.economy().month());
        assertEquals(ManagementStyle.DIRECTIVE, gui.economy().ccgs()[0].params.management.style, "the saved run's levers");
        driver.stepMonths(2);
        assertEquals(savedAt + 2, gui.economy().month());
        assertTrue(gui.charts.months() >= 2, "the reopened run draws its months");

        // a file that is not a run: a dialog, and the live run goes on
        Path empty = OUT.resolve("empty.ccgsim");
        Files.write(empty, new byte[0]);
        SwingUtilities.invokeAndWait(() -> ok[0] = gui.openCheckpoint(console, empty));
        assertFalse(ok[0]);
        assertTrue(EconomyGui.lastProblem.contains("not a saved ccgsim run"), EconomyGui.lastProblem);
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) if (w instanceof JDialog d && d.isVisible()) d.dispose();
        });
        assertEquals(savedAt + 2, gui.economy().month());

        // the band's replication 0 is the first run, month by month (same seed, same levers)
        SwingUtilities.invokeAndWait(console::pressStop);
        SwingUtilities.invokeAndWait(() -> levers.setValue(index(levers, "Management style"), ManagementStyle.ENGAGEMENT.ordinal()));
        SeedBand one = SeedBand.run(copyWithSeeds(gui, 1), org.ccgsim.experiment.EventCompiler::compile, k -> { });
        assertArrayEquals(liveEngagement, one.perSeed()[0][0], 1e-12, "the GUI's run is replication 0 of ./ccgsim run");
    }

    private static Scenario copyWithSeeds(EconomyGui gui, int n) {
        Scenario s = org.ccgsim.experiment.ScenarioCopies.copy(gui.startingScenario());
        s.replications = n;
        s.seed = gui.consoleSeed;
        return s;
    }

    private void screenshot(String name) throws Exception {
        GuiDriver.settle();
        Rectangle screen = EconomyGui.screen();
        ImageIO.write(GuiDriver.screen(), "png", OUT.resolve(name + "-" + screen.width + "x" + screen.height + ".png").toFile());
    }

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        throw new AssertionError("no lever " + name);
    }

    private static int count(EconomyGui gui, String words) {
        int n = 0;
        for (int i = 0; i < gui.ticker.lines(); i++) if (gui.ticker.lineAt(i).contains(words)) n++;
        return n;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis, String what) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out: " + what);
            Thread.sleep(50);
        }
    }
}
