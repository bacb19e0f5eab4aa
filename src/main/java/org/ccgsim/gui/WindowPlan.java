package org.ccgsim.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's windows go on a screen: the Console on the right, the picture top left with
 * the events under it, the charts between them; the debrief over the charts. Every window fits
 * inside the screen from 1366×768 (a projector) up, and grows with it. The map of practices, opened
 * on request, goes over the charts, top aligned, as square as the column allows.
 */
record WindowPlan(Rectangle console, Rectangle picture, Rectangle charts, Rectangle events, Rectangle debrief, Rectangle map,
                  double pictureScale) {
    /** The Display2D frame around the picture: its tool bar, borders and the legend. */
    static final int PICTURE_CHROME_HEIGHT = 40 + 64 + 30, PICTURE_CHROME_WIDTH = 34;
    static final int MIN_EVENTS_HEIGHT = 170;

    static WindowPlan of(Rectangle screen) {
        int x0 = screen.x, y0 = screen.y, w = screen.width, h = screen.height;
        int consoleWidth = w >= 1500 ? 420 : 370;
        Rectangle console = new Rectangle(x0 + w - consoleWidth, y0, consoleWidth, h);
        int left = w - consoleWidth;
        int side = Math.min(h - MIN_EVENTS_HEIGHT - PICTURE_CHROME_HEIGHT, (int) (left * 0.52) - PICTURE_CHROME_WIDTH);
        side = Math.max(240, Math.min(side, 1000));
        int pictureWidth = side + PICTURE_CHROME_WIDTH, pictureHeight = side + PICTURE_CHROME_HEIGHT;
        Rectangle picture = new Rectangle(x0, y0, pictureWidth, pictureHeight);
        Rectangle charts = new Rectangle(x0 + pictureWidth, y0, left - pictureWidth, h);
        Rectangle events = new Rectangle(x0, y0 + pictureHeight, pictureWidth, h - pictureHeight);
        Rectangle debrief = new Rectangle(x0 + pictureWidth, y0 + h / 6, left - pictureWidth, Math.min(h * 2 / 3, 600));
        int mapWidth = left - pictureWidth;
        int mapSide = Math.max(200, Math.min(mapWidth - PracticeMap2D.CHROME_WIDTH, h - PracticeMap2D.CHROME_HEIGHT));
        Rectangle map = new Rectangle(x0 + pictureWidth, y0, mapWidth, Math.min(h, mapSide + PracticeMap2D.CHROME_HEIGHT));
        return new WindowPlan(console, picture, charts, events, debrief, map, side / (double) EconomyGui.DISPLAY_SIZE);
    }
}
