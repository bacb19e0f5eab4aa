package org.ccgsim.gui;

import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;

import org.ccgsim.scenario.Scenario;

/**
 * Opens the GUI, plays some months and saves a picture of the whole screen: how docs/img/gui.png is made.
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.ccgsim.gui.GuiScreenshot out.png [SCENARIO.yaml] [MONTHS]}
 */
public final class GuiScreenshot {
    private GuiScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args.length > 0 ? args[0] : "target/gui.png");
        Scenario s = args.length > 1 ? EconomyGui.load(Paths.get(args[1])) : new Scenario();
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 18;
        GuiDriver d = GuiDriver.open(s, EconomyGui.scenariosIn(Paths.get("scenarios")));
        // play as a teacher would, then pause, so the Console shows the month
        javax.swing.SwingUtilities.invokeAndWait(() -> d.console.setPlaySleep(30));
        javax.swing.SwingUtilities.invokeAndWait(d.console::pressPlay);
        while (d.gui.state.schedule.getTime() < months - 1) Thread.sleep(5);
        javax.swing.SwingUtilities.invokeAndWait(d.console::pressPause);
        javax.swing.SwingUtilities.invokeAndWait(() -> {
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
