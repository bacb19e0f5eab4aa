package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.Practice;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Properties;

/**
 * Builds the whole GUI on a (virtual) display, runs a year, and checks the pictures are not blank
 * and a lever reaches the model. Run with:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B test -Dgroups=gui -Dccgsim.headless=false}.
 * Skipped when there is no display.
 */
@Tag("gui")
class GuiSmokeTest {
    private static final Path OUT = Paths.get("target", "gui-smoke");
    private GuiDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) driver.quit();
    }

    @Test
    void aYearOnScreenThenALever() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run with -Dccgsim.headless=false");
        Files.createDirectories(OUT);
        driver = GuiDriver.open(new Scenario(), EconomyGui.scenariosIn(Paths.get("scenarios")));
        EconomyGui gui = driver.gui;
        driver.startPaused();
        driver.stepMonths(12);
        assertEquals(11, gui.economy().month());
        assertEquals(12, gui.charts.months(), "one point a month on the live charts");

        BufferedImage picture = GuiDriver.paint(gui.displayFrame.getContentPane());
        BufferedImage console = GuiDriver.paint(driver.console.getContentPane());
        BufferedImage charts = GuiDriver.paint(gui.chartsFrame.getContentPane());
        ImageIO.write(picture, "png", OUT.resolve("display.png").toFile());
        ImageIO.write(console, "png", OUT.resolve("console.png").toFile());
        ImageIO.write(charts, "png", OUT.resolve("charts.png").toFile());
        assertTrue(GuiDriver.variance(picture) > 100, "the picture is not blank: " + GuiDriver.variance(picture));
        assertTrue(GuiDriver.variance(console) > 100, "the console is not blank");
        assertTrue(GuiDriver.variance(charts) > 100, "the charts are not blank");

        // move a lever the way the Model tab does: through MASON's properties of the inspected object
        Properties levers = new OrderedProperties(gui.getSimulationInspectedObject(), Levers.ORDER);
        int style = -1;
        for (int i = 0; i < levers.numProperties(); i++) if (levers.getName(i).equals("Management style")) style = i;
        int index = style;
        SwingUtilities.invokeAndWait(() -> levers.setValue(index, Integer.valueOf(ManagementStyle.DIRECTIVE.ordinal())));
        Ccg ccg = gui.economy().ccgs()[0];
        assertEquals(ManagementStyle.ENGAGEMENT, ccg.params.management.style, "not until next month");
        driver.stepMonths(1);
        assertEquals(ManagementStyle.DIRECTIVE, ccg.params.management.style);
        assertEquals(1.0, ccg.getDirectiveShare(), 1e-12);
        boolean logged = false;
        for (int i = 0; i < gui.ticker.lines(); i++) logged |= gui.ticker.lineAt(i).contains("lever moved: management style is now directive");
        assertTrue(logged, "the ticker reports the lever");

        // "Chart over time" on a practice's engagement, as its inspector lists it: it opens with the run so far
        Practice p = gui.economy().practices()[0];
        PlainProperties props = new PlainProperties(p);
        int engagement = -1;
        for (int i = 0; i < props.numProperties(); i++) if (props.getName(i).equals("Engagement with the CCG (0-1)")) engagement = i;
        PropertyChartInspector[] chart = new PropertyChartInspector[1];
        int e = engagement;
        SwingUtilities.invokeAndWait(() -> chart[0] = new PropertyChartInspector(props, e, null, gui));
        for (int m = 0; m < 3; m++) {
            SwingUtilities.invokeAndWait(chart[0]::updateInspector);
            driver.stepMonths(1);
        }
        SwingUtilities.invokeAndWait(chart[0]::updateInspector);
        assertEquals(gui.economy().month() + 1, chart[0].points(), "every month of the run, from April 2013: " + chart[0].months());

        // the cluster, from the Scenario menu's loader
        Path cluster = Paths.get("scenarios", "staffordshire-cluster.yaml");
        if (Files.exists(cluster)) {
            SwingUtilities.invokeAndWait(() -> gui.switchTo(driver.console, cluster));
            driver.startPaused();
            driver.stepMonths(3);
            assertEquals(7, gui.economy().ccgs().length);
            BufferedImage seven = GuiDriver.paint(gui.displayFrame.getContentPane());
            ImageIO.write(seven, "png", OUT.resolve("display-cluster.png").toFile());
            assertTrue(GuiDriver.variance(seven) > 100);
        }

        // all of England: laid out by Area Team, and a click on a CCG's square or a hospital still finds it
        Path england = Paths.get("scenarios", "england.yaml");
        if (Files.exists(england)) {
            SwingUtilities.invokeAndWait(() -> gui.switchTo(driver.console, england));
            driver.startPaused();
            driver.stepMonths(1);
            assertTrue(gui.layout().large());
            BufferedImage national = GuiDriver.paint(gui.displayFrame.getContentPane());
            ImageIO.write(national, "png", OUT.resolve("display-england.png").toFile());
            assertTrue(GuiDriver.variance(national) > 100);
            for (Object agent : new Object[] {gui.economy().ccgs()[100], gui.economy().trusts()[50], gui.economy().practices()[4000]}) {
                Object[] hit = new Object[1];
                SwingUtilities.invokeAndWait(() -> {
                    DrawInfo2D info = gui.display.getDrawInfo2D(gui.agentsPortrayal(), new java.awt.Point(0, 0));
                    java.awt.geom.Point2D.Double at = gui.agentsPortrayal().getObjectPosition(agent, info);
                    Bag[] hits = gui.display.objectsHitBy(at);
                    for (Bag b : hits) for (Object w : b) if (((LocationWrapper) w).getObject() == agent) hit[0] = w;
                });
                assertNotNull(hit[0], "a click on " + agent + " finds it, so double-clicking opens its inspector");
            }
        }
    }
}
