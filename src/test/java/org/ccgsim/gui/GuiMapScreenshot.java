package org.ccgsim.gui;

import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.SwingUtilities;

import sim.display.Console;

/**
 * Makes the map screenshot of docs/teaching.md: the baseline run to March 2016, the map of practices
 * opened from View over the charts, the peer links shown from the display's Layers menu.
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" java -cp ... org.ccgsim.gui.GuiMapScreenshot docs/img/gui-map-1366x768.png}
 */
public final class GuiMapScreenshot {
    private GuiMapScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args.length > 0 ? args[0] : "target/gui-map.png");
        GuiDriver d = GuiDriver.open(EconomyGui.load(Paths.get("scenarios", "baseline.yaml")), EconomyGui.scenariosIn(Paths.get("scenarios")));
        SwingUtilities.invokeAndWait(() -> {
            d.console.setPlaySleep(0);
            d.console.setWhenShouldPauseTime(35); // March 2016
            d.console.pressPlay();
        });
        while (d.console.getPlayState() != Console.PS_PAUSED) Thread.sleep(20);
        GuiDriver.settle();
        SwingUtilities.invokeAndWait(() -> {
            d.gui.showMap();
            for (java.awt.Component c : d.gui.map.display.popup.getComponents()) {
                if (c instanceof JCheckBoxMenuItem item && item.getText().equals(PracticeMap2D.PEERS_LAYER)) item.doClick();
            }
        });
        GuiDriver.settle();
        Thread.sleep(1500);
        ImageIO.write(GuiDriver.screen(), "png", out.toFile());
        System.out.println("saved " + out);
        System.exit(0);
    }
}
