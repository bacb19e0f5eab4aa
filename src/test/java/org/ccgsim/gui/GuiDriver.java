package org.ccgsim.gui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import org.ccgsim.scenario.Scenario;
import sim.display.Console;

/** Drives the GUI from a test or a screenshot script: starts paused, steps months, grabs pictures. */
final class GuiDriver {
    final EconomyGui gui;
    final Console console;

    private GuiDriver(EconomyGui gui) {
        this.gui = gui;
        this.console = (Console) gui.controller;
    }

    static GuiDriver open(Scenario scenario, List<Path> shipped) {
        return new GuiDriver(EconomyGui.launch(scenario, EconomyGui::load, shipped));
    }

    /** Starts the run paused, as the Console's pause button does when stopped. */
    void startPaused() throws Exception {
        SwingUtilities.invokeAndWait(console::pressPause);
        settle();
    }

    /** Steps whole months as the Console's step button would. */
    void stepMonths(int months) throws Exception {
        for (int i = 0; i < months; i++) {
            synchronized (gui.state.schedule) {
                gui.step();
            }
        }
        settle();
    }

    /** Lets the Swing thread catch up with everything the model handed it. */
    static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(100);
        }
    }

    /** Paints a component into an image, as it is on screen. */
    static BufferedImage paint(Component c) throws Exception {
        BufferedImage[] img = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage b = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = b.createGraphics();
            c.paint(g);
            g.dispose();
            img[0] = b;
        });
        return img[0];
    }

    static BufferedImage screen() throws Exception {
        Rectangle r = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds();
        return new Robot().createScreenCapture(r);
    }

    /** Variance of grey levels: a blank or single-colour image has (almost) none. */
    static double variance(BufferedImage img) {
        double sum = 0, sumSq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double grey = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += grey;
                sumSq += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    void quit() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }
}
