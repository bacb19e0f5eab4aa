package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.SwingUtilities;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.Practice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * The map of practices (issue 13, "Practices in places"): View opens it over the charts, inside the
 * screen; practices sit where the model put them, a click finds one; the peer links are a layer
 * hidden at first that the Layers menu shows; with several CCGs the chooser says whose map it is.
 * Run with {@code xvfb-run -a -s "-screen 0 1366x768x24" mvn -B test -Dgroups=gui -Dtest=GuiMapTest -Dccgsim.headless=false}.
 */
@Tag("gui")
class GuiMapTest {
    private static final Path OUT = Paths.get("target", "gui-map");
    private GuiDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) driver.quit();
    }

    private static JCheckBoxMenuItem layer(PracticeMap2D map, String name) {
        for (java.awt.Component c : map.display.popup.getComponents()) {
            if (c instanceof JCheckBoxMenuItem item && item.getText().equals(name)) return item;
        }
        throw new AssertionError("no layer " + name + " in the Layers menu");
    }

    @Test
    void theMapShowsTheChosenCcgsPracticesWherePlacedAndThePeerLinksOnRequest() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run with -Dccgsim.headless=false");
        Files.createDirectories(OUT);
        driver = GuiDriver.open(EconomyGui.load(Paths.get("scenarios", "baseline.yaml")), EconomyGui.scenariosIn(Paths.get("scenarios")));
        EconomyGui gui = driver.gui;
        PracticeMap2D map = gui.map;
        assertFalse(map.frame.isVisible(), "hidden until View asks for it");
        driver.startPaused();
        driver.stepMonths(12);
        SwingUtilities.invokeAndWait(gui::showMap);
        GuiDriver.settle();
        assertTrue(map.frame.isVisible());

        // fits the screen, over the charts, beside the picture and clear of the Console
        Rectangle screen = EconomyGui.screen();
        assertTrue(screen.contains(map.frame.getBounds()), map.frame.getBounds() + " inside " + screen);
        assertTrue(map.frame.getX() >= gui.displayFrame.getX() + gui.displayFrame.getWidth(), "beside the picture: " + map.frame.getBounds() + " " + gui.displayFrame.getBounds());
        assertTrue(driver.console.getX() >= map.frame.getX() + map.frame.getWidth(), "clear of the Console");

        Ccg ccg = gui.economy().ccgs()[0];
        assertSame(ccg, map.shown());
        assertTrue(map.frame.getTitle().contains(ccg.getName()));
        assertFalse(map.chooser.isEnabled(), "one CCG: nothing to choose");

        // a practice is drawn where the model placed it: a click there finds it (double-click inspects it)
        for (Practice p : new Practice[] {ccg.practices()[0], ccg.practices()[ccg.practices().length - 1]}) {
            Object[] hit = new Object[1];
            SwingUtilities.invokeAndWait(() -> {
                var portrayal = map.practicesPortrayal();
                assertSame(ccg.map().space(), portrayal.getField(), "the model's own field");
                DrawInfo2D info = map.display.getDrawInfo2D(portrayal, new java.awt.Point(0, 0));
                java.awt.geom.Point2D.Double at = portrayal.getObjectPosition(p, info);
                for (Bag b : map.display.objectsHitBy(at)) for (Object w : b) if (((LocationWrapper) w).getObject() == p) hit[0] = w;
            });
            assertNotNull(hit[0], "a click on " + p + " at (" + p.getX() + ", " + p.getY() + ") finds it");
        }

        // peer links: a layer, off at first; the Layers menu turns it on, and the picture gains the links
        JCheckBoxMenuItem peers = layer(map, PracticeMap2D.PEERS_LAYER);
        assertFalse(peers.isSelected(), "peer links hidden at first");
        BufferedImage without = GuiDriver.paint(map.display.display);
        SwingUtilities.invokeAndWait(peers::doClick);
        GuiDriver.settle();
        assertTrue(peers.isSelected());
        BufferedImage with = GuiDriver.paint(map.display.display);
        ImageIO.write(without, "png", OUT.resolve("map.png").toFile());
        ImageIO.write(with, "png", OUT.resolve("map-peers.png").toFile());
        assertTrue(GuiDriver.variance(without) > 100, "the map is not blank");
        int grey = greyPixels(with) - greyPixels(without);
        assertTrue(grey > 500, "the peer links add grey lines: " + grey + " more grey pixels");

        // several CCGs: the chooser lists them and draws the one picked
        Path cluster = Paths.get("scenarios", "staffordshire-cluster.yaml");
        SwingUtilities.invokeAndWait(() -> gui.switchTo(driver.console, cluster));
        driver.startPaused();
        driver.stepMonths(2);
        Ccg[] ccgs = gui.economy().ccgs();
        assertEquals(ccgs.length, map.chooser.getItemCount());
        assertTrue(map.chooser.isEnabled());
        assertSame(ccgs[0], map.shown());
        SwingUtilities.invokeAndWait(() -> map.chooser.setSelectedIndex(3));
        assertSame(ccgs[3], map.shown());
        assertTrue(map.frame.getTitle().contains(ccgs[3].getName()));
        BufferedImage fourth = GuiDriver.paint(map.frame.getContentPane());
        ImageIO.write(fourth, "png", OUT.resolve("map-cluster.png").toFile());
        assertTrue(GuiDriver.variance(fourth) > 100);
    }

    /** Pixels of the peer links' grey (equal channels, mid grey), as drawn over white. */
    private static int greyPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y), r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (Math.abs(r - g) < 8 && Math.abs(g - b) < 8 && r > 120 && r < 225) n++;
            }
        }
        return n;
    }
}
