package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/** Text in the picture: centred lines with a white halo so they stay readable over lines and discs. */
final class PictureLabels {
    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font DETAIL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** The graphics of a key or legend panel: smooth shapes and text, in the detail font. */
    static Graphics2D keyGraphics(java.awt.Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(DETAIL);
        return g;
    }
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.ITALIC, 10);
    private static final BasicStroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private PictureLabels() {}

    /** Draws lines centred on x, the first line's top at y; returns the y below the last line. */
    static double centred(Graphics2D g, double x, double y, Color colour, Font font, String... lines) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        FontMetrics fm = g.getFontMetrics(font);
        for (String line : lines) {
            if (line == null || line.isEmpty()) continue;
            double w = fm.stringWidth(line);
            y += fm.getAscent();
            TextLayout layout = new TextLayout(line, font, g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x - w / 2, y));
            g.setStroke(HALO);
            g.setColor(new Color(255, 255, 255, 220));
            g.draw(outline);
            g.setColor(colour);
            g.fill(outline);
            y += fm.getDescent();
        }
        return y;
    }

    /** Splits a long name into two lines at the space nearest its middle. */
    static String[] wrap(String name, int maxChars) {
        if (name.length() <= maxChars) return new String[] {name};
        int mid = name.length() / 2, best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
        }
        return best < 0 ? new String[] {name} : new String[] {name.substring(0, best), name.substring(best + 1)};
    }
}
