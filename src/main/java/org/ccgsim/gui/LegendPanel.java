package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import java.util.function.Supplier;

import javax.swing.JPanel;

import org.ccgsim.model.ContractState;

/**
 * The key to the picture: engagement colours, practice size, remedial action, and the four contract
 * states. For a large world ({@link EconomyLayout#large()}) it says what is drawn there instead:
 * practices as equal dots, one line per contract between a CCG and a hospital.
 */
final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<EconomyLayout> layout;

    /** @param layout the picture's layout, or null before the first start */
    LegendPanel(Supplier<EconomyLayout> layout) {
        this.layout = layout;
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(660, 64));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = PictureLabels.keyGraphics(graphics);
        g.setColor(EconomyPortrayals.INK);
        int x = 10, top = 8;
        EconomyLayout l = layout.get();
        boolean large = l != null && l.large();

        // engagement colour bar
        g.drawString("Practice engagement", x, top + 10);
        int barW = 150, barY = top + 16;
        for (int i = 0; i < barW; i++) {
            g.setColor(EngagementColours.of(i / (double) (barW - 1)));
            g.fillRect(x + i, barY, 1, 14);
        }
        g.setColor(EconomyPortrayals.OUTLINE);
        g.drawRect(x, barY, barW, 14);
        g.setColor(EconomyPortrayals.INK);
        g.drawString("0 none", x, barY + 28);
        String full = "1 full";
        g.drawString(full, x + barW - g.getFontMetrics().stringWidth(full), barY + 28);
        x += barW + 22;

        // size and remedial action
        if (large) { // equal dots, a thin ring
            g.drawString("Dot: a practice", x, top + 10);
            for (int i = 0; i < 4; i++) {
                g.setColor(EngagementColours.of(0.2 + 0.2 * i));
                g.fill(new Ellipse2D.Double(x + 4 + 9 * i, barY + 5, 5, 5));
            }
            g.setColor(EngagementColours.of(0.2));
            g.fill(new Ellipse2D.Double(x + 50, barY + 5, 5, 5));
            g.setColor(Color.BLACK);
            g.setStroke(EconomyPortrayals.PracticePortrayal.REMEDIAL_RING_LARGE);
            g.draw(new Ellipse2D.Double(x + 47.5, barY + 2.5, 10, 10));
        } else {
            g.drawString("Size: list size", x, top + 10);
            g.setColor(EngagementColours.of(0.5));
            g.fill(new Ellipse2D.Double(x + 4, barY + 4, 8, 8));
            g.fill(new Ellipse2D.Double(x + 20, barY, 16, 16));
            g.setColor(EngagementColours.of(0.2));
            g.fill(new Ellipse2D.Double(x + 48, barY + 2, 12, 12));
            g.setColor(Color.BLACK);
            g.setStroke(EconomyPortrayals.PracticePortrayal.REMEDIAL_RING);
            g.draw(new Ellipse2D.Double(x + 45, barY - 1, 18, 18));
        }
        g.setColor(EconomyPortrayals.INK);
        g.drawString("ring: remedial action", x, barY + 28);
        x += 132;

        // contract states
        g.drawString(large ? "Contracts, one line per CCG and hospital (width: referrals)"
                : "Referral flows to hospitals (width: referrals) and contracts", x, top + 10);
        int lx = x;
        for (ContractState s : ContractState.values()) {
            g.setColor(EconomyPortrayals.FlowPortrayal.colour(s));
            g.setStroke(EconomyPortrayals.FlowPortrayal.stroke(s, large ? 2f : 4f));
            g.draw(new Line2D.Double(lx, barY + 7, lx + 40, barY + 7));
            g.setColor(EconomyPortrayals.INK);
            String label = s == ContractState.STANDOFF ? "stand-off" : s.label();
            g.drawString(label, lx, barY + 28);
            lx += Math.max(60, g.getFontMetrics().stringWidth(label) + 14);
        }
        x = lx + 6;

        // CCG, trust, Area Team
        g.setColor(EconomyPortrayals.INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Rectangle2D.Double(x, barY + 1, 12, 12));
        g.drawString("CCG", x + 16, barY + 12);
        g.setColor(EconomyPortrayals.NHS_BLUE);
        g.fillRoundRect(x, barY + 18, 12, 12, 4, 4);
        g.setColor(EconomyPortrayals.INK);
        g.drawString("hospital", x + 16, barY + 29);
    }
}
