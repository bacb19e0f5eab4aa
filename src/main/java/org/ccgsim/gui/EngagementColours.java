package org.ccgsim.gui;

import java.awt.Color;

/**
 * Engagement in [0,1] as a colour on the viridis scale: sequential, perceptually uniform, and
 * readable by people with the common colour-vision deficiencies and in greyscale (lightness
 * rises steadily from dark purple to yellow). Anchors are matplotlib's viridis at tenths.
 */
public final class EngagementColours {
    private EngagementColours() {}

    /** viridis at 0.0, 0.1, ..., 1.0 as 0xRRGGBB (viridisLite's viridis(11)). */
    static final int[] VIRIDIS = {
        0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C,
        0x22A884, 0x43BF71, 0x7AD151, 0xBBDF27, 0xFDE725,
    };

    private static final Color[] CACHE = new Color[256];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = interpolate(i / 255.0);
    }

    /** The colour for an engagement value; values outside [0,1] are clamped. */
    public static Color of(double engagement) {
        double e = Double.isNaN(engagement) ? 0 : Math.max(0, Math.min(1, engagement));
        return CACHE[(int) Math.round(e * 255)];
    }

    static Color interpolate(double e) {
        double x = e * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = VIRIDIS[i], b = VIRIDIS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        a &= 0xFF;
        b &= 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }

    /** Relative luminance (WCAG), used to pick black or white text over a colour and in tests. */
    public static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
