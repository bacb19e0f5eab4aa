package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

class EventsTickerTest {
    @Test
    void aMarchOfManyCcgsIsOneLineAndACcgFilterShowsItsOwn() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            EventsTicker t = new EventsTicker();
            for (int i = 0; i < 211; i++) {
                String detail = i < 140 ? "Quality premium £100000; potential £200000" : "No quality premium: financial balance missed; potential £1";
                t.add(23, "NHS Place " + i + " CCG", "quality_premium_award", detail);
            }
            t.add(23, "NHS Place 7 CCG", "standoff_opened", "No agreement (Trust A, gap 2.0%)");
            assertEquals(2, t.lines(), "one summary line and the lone stand-off");
            assertTrue(t.lineAt(0).equals("Mar 2015: 211 CCGs were assessed for the quality premium: 140 earned it") || t.lineAt(1).contains("211 CCGs"));
            t.ccg.setSelectedItem("NHS Place 7 CCG");
            assertEquals(2, t.lines(), "that CCG's own award and stand-off");
            t.ccg.setSelectedItem(EventsTicker.ALL_CCGS);
            t.kind.setSelectedItem("Contracts and hospitals");
            assertEquals(1, t.lines());
            assertTrue(t.lineAt(0).contains("stand-off with Trust A opens"), t.lineAt(0));
        });
    }

    @Test
    void withOneCcgEveryEventHasItsOwnLineNewestFirst() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            EventsTicker t = new EventsTicker();
            t.add(0, null, "standoff_opened", "No agreement (Trust A, gap 2.0%)");
            t.add(4, null, "arbitration", "Area Team arbitrates");
            assertEquals(2, t.lines());
            assertTrue(t.lineAt(0).startsWith("Aug 2013"), t.lineAt(0));
        });
    }
}
