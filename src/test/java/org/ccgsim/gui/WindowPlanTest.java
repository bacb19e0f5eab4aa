package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window plan fits a projector and a laptop: every window on screen, the map of practices over the charts. */
class WindowPlanTest {

    @ParameterizedTest
    @CsvSource({"1366, 768", "1600, 1000", "1920, 1080"})
    void everyWindowIsOnTheScreenAndTheMapGoesOverTheChartsClearOfPictureAndConsole(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowPlan plan = WindowPlan.of(screen);
        for (Rectangle r : new Rectangle[] {plan.console(), plan.picture(), plan.charts(), plan.events(), plan.debrief(), plan.map()}) {
            assertTrue(screen.contains(r), r + " inside " + screen);
        }
        Rectangle map = plan.map();
        assertTrue(map.x >= plan.picture().x + plan.picture().width, "the picture stays in view: " + map);
        assertTrue(map.x + map.width <= plan.console().x, "the Console stays in view: " + map);
        int side = Math.min(map.width - PracticeMap2D.CHROME_WIDTH, map.height - PracticeMap2D.CHROME_HEIGHT);
        assertTrue(side >= 400, "room for a map of fifty practices: " + side + " pixels");
    }
}
