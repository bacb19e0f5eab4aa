package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class EngagementColoursTest {
    @Test
    void endpointsAreViridis() {
        assertEquals(new Color(0x440154), EngagementColours.of(0.0));
        assertEquals(new Color(0xFDE725), EngagementColours.of(1.0));
        assertEquals(new Color(0x21908C), EngagementColours.interpolate(0.5));
    }

    @Test
    void outOfRangeIsClamped() {
        assertEquals(EngagementColours.of(0), EngagementColours.of(-0.3));
        assertEquals(EngagementColours.of(1), EngagementColours.of(7));
        assertEquals(EngagementColours.of(0), EngagementColours.of(Double.NaN));
    }

    /** Readable in greyscale and for the common colour-vision deficiencies: lightness rises steadily. */
    @Test
    void lightnessRisesMonotonically() {
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double l = EngagementColours.luminance(EngagementColours.of(i / 100.0));
            assertTrue(l > last, "luminance must rise at " + i / 100.0);
            last = l;
        }
        double dark = EngagementColours.luminance(EngagementColours.of(0)), light = EngagementColours.luminance(EngagementColours.of(1));
        assertTrue((light + 0.05) / (dark + 0.05) > 7, "the ends differ enough to tell apart");
    }

    @Test
    void anchorsAreThePublishedViridisTable() {
        int[] expected = {0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C, 0x22A884, 0x43BF71, 0x7AD151, 0xBBDF27, 0xFDE725};
        for (int i = 0; i < expected.length; i++) assertEquals(new Color(expected[i]), EngagementColours.interpolate(i / 10.0));
    }
}
