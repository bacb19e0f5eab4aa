package org.ccgsim.gui;

import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import sim.display.Console;

/**
 * Makes the screenshots of docs/teaching.md: exercise 1 as a class would see it. The engagement-led
 * scenario runs to its horizon, then the directive one to March 2016 beside it (the first run in
 * grey), with the band over ten seeds of the directive levers.
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" java -cp ... org.ccgsim.gui.GuiScreenshot docs/img/gui-1366x768.png}
 */
public final class GuiScreenshot {
    private GuiScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args.length > 0 ? args[0] : "target/gui.png");
        GuiDriver d = GuiDriver.open(EconomyGui.load(Paths.get("scenarios", "engagement.yaml")), EconomyGui.scenariosIn(Paths.get("scenarios")));
        SwingUtilities.invokeAndWait(() -> d.console.setPlaySleep(0));
        SwingUtilities.invokeAndWait(d.console::pressPlay);
        while (d.console.getPlayState() != Console.PS_STOPPED) Thread.sleep(20);
        GuiDriver.settle();
        SwingUtilities.invokeAndWait(() -> {
            d.gui.debriefFrame.setVisible(false);
            d.gui.switchTo(d.console, Paths.get("scenarios", "directive.yaml"));
        });
        var band = d.gui.runSeeds(10, k -> { });
        SwingUtilities.invokeAndWait(() -> {
            d.console.setWhenShouldPauseTime(35); // March 2016, through the Console so it shows the month
            d.console.pressPlay();
        });
        while (d.console.getPlayState() != Console.PS_PAUSED) Thread.sleep(20);
        band.get();
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTabbedPane tabs = d.console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Model")) tabs.setSelectedIndex(i);
        });
        GuiDriver.settle();
        Thread.sleep(1500);
        ImageIO.write(GuiDriver.screen(), "png", out.toFile());
        System.out.println("saved " + out);
        System.exit(0);
    }
}
