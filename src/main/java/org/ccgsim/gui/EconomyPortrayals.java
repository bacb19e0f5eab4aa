package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.ContractState;
import org.ccgsim.model.Practice;
import org.ccgsim.scenario.ManagementStyle;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * How each agent is drawn. The portrayed objects are the model's own agents, so clicking one
 * opens an inspector on its getX properties. Shapes are in field units (they zoom with the
 * display); text and line widths are in pixels (they stay readable).
 */
final class EconomyPortrayals {
    static final Color INK = new Color(0x222222);
    static final Color OUTLINE = new Color(0x555555);
    static final Color SELECTED = new Color(0xE69F00);
    static final Color NHS_BLUE = new Color(0x005EB8);
    static final Color NHS_DARK_BLUE = new Color(0x003087);
    private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.UK);

    private EconomyPortrayals() {}

    /** Pixels per field unit; the same on both axes because the field is padded to the display's shape. */
    static double scale(DrawInfo2D info) { return Math.min(info.draw.width, info.draw.height); }

    /** Shared drawing of a node: hit when the click falls on its shape, ringed when selected. */
    abstract static class Node extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        abstract java.awt.Shape shape(Object object, DrawInfo2D info);

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return shape(object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }

        void selection(Graphics2D g, Object object, DrawInfo2D info) {
            if (!info.selected) return;
            Rectangle2D b = shape(object, info).getBounds2D();
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke(3f));
            g.draw(new Ellipse2D.Double(b.getX() - 5, b.getY() - 5, b.getWidth() + 10, b.getHeight() + 10));
        }

        /** Plain names, units and rounded numbers (PlainProperties), not getter names and raw doubles. */
        @Override
        public sim.portrayal.Inspector getInspector(sim.portrayal.LocationWrapper wrapper, sim.display.GUIState state) {
            return plainInspector(wrapper.getObject(), getName(wrapper), state);
        }
    }

    static sim.portrayal.Inspector plainInspector(Object agent, String name, sim.display.GUIState state) {
        sim.portrayal.Inspector i = new sim.portrayal.SimpleInspector(new PlainProperties(agent), state, name,
                state.getMaximumPropertiesForInspector());
        i.setVolatile(true);
        return i;
    }

    /**
     * A practice: a disc whose area follows its list size, coloured by engagement, ringed under
     * remedial action. In a large world every practice is the same small dot, without an outline
     * (at two or three pixels across an outline would hide the colour), and the ring is thinner.
     */
    static final class PracticePortrayal extends Node {
        private static final long serialVersionUID = 1L;
        static final BasicStroke REMEDIAL_RING = new BasicStroke(2.2f);
        static final BasicStroke REMEDIAL_RING_LARGE = new BasicStroke(1.2f);
        private final transient Supplier<EconomyLayout> layout;

        PracticePortrayal(Supplier<EconomyLayout> layout) { this.layout = layout; }

        @Override
        java.awt.Shape shape(Object object, DrawInfo2D info) {
            double r = layout.get().radiusOf((Practice) object) * scale(info);
            return new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Practice p = (Practice) object;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Ellipse2D disc = (Ellipse2D) shape(object, info);
            boolean large = layout.get().large();
            g.setColor(EngagementColours.of(p.getEngagement()));
            g.fill(disc);
            if (!large) {
                g.setColor(OUTLINE);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(disc);
            }
            if (p.getUnderRemedialAction()) {
                // a black ring outside the disc: readable whatever the fill colour
                double r = disc.getWidth() / 2 + (large ? 1.2 : 2.5);
                g.setColor(Color.BLACK);
                g.setStroke(large ? REMEDIAL_RING_LARGE : REMEDIAL_RING);
                g.draw(new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r));
            }
            selection(g, object, info);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Practice p = (Practice) wrapper.getObject();
            return p.getCcgName() + ", practice " + (p.index + 1);
        }
    }

    /**
     * A CCG: a square in the middle of its practices, filled with its practices' mean engagement,
     * named below the cluster; in a large world not named (double-click it to find out which it is).
     */
    static final class CcgPortrayal extends Node {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<EconomyLayout> layout;

        CcgPortrayal(Supplier<EconomyLayout> layout) { this.layout = layout; }

        @Override
        java.awt.Shape shape(Object object, DrawInfo2D info) {
            double h = 1.6 * scale(info);
            return new Rectangle2D.Double(info.draw.x - h, info.draw.y - h, 2 * h, 2 * h);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Ccg c = (Ccg) object;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Rectangle2D box = (Rectangle2D) shape(object, info);
            g.setColor(EngagementColours.of(meanEngagement(c)));
            g.fill(box);
            g.setColor(INK);
            g.setStroke(new BasicStroke(layout.get().large() ? 1f : 2f)); // a thick frame would hide a small square's colour
            g.draw(box);
            boolean directions = c.getUnderDirections();
            if (directions) { // a second frame: the Area Team has taken the wheel
                g.draw(new Rectangle2D.Double(box.getX() - 4, box.getY() - 4, box.getWidth() + 8, box.getHeight() + 8));
            }
            selection(g, object, info);
            if (layout.get().large()) return;
            double below = info.draw.y + layout.get().clusterRadiusOf(c) * scale(info) - 4;
            boolean crowded = layout.get().crowded();
            String style = crowded ? shortStyleWords(c) : styleWords(c);
            String name = layout.get().crowded() ? EventWording.shortName(c.getName()) : c.getName();
            below = PictureLabels.centred(g, info.draw.x, below, INK, PictureLabels.NAME, PictureLabels.wrap(name, 30));
            PictureLabels.centred(g, info.draw.x, below, INK, PictureLabels.DETAIL,
                    style + ", engagement " + String.format(Locale.UK, "%.2f", meanEngagement(c)),
                    directions ? "under Area Team directions" : null);
        }

        static String shortStyleWords(Ccg c) {
            return c.params.management.style == ManagementStyle.MIX
                    ? "mix " + Math.round(100 * c.params.management.mix) + "%" : styleWords(c).replace(" (now ", " (");
        }

        static String styleWords(Ccg c) {
            ManagementStyle s = c.params.management.style;
            return switch (s) {
                case ENGAGEMENT -> "engagement-led";
                case DIRECTIVE -> "directive";
                case ADAPTIVE -> c.getDirectiveShare() > 0.5 ? "adaptive (now directive)" : "adaptive (now engaging)";
                case MIX -> "mix, " + Math.round(100 * c.params.management.mix) + "% directive";
            };
        }

        @Override public String getName(LocationWrapper wrapper) { return ((Ccg) wrapper.getObject()).getName(); }
    }

    static double meanEngagement(Ccg c) {
        double s = 0;
        Practice[] ps = c.practices();
        for (Practice p : ps) s += p.getEngagement();
        return ps.length == 0 ? 0 : s / ps.length;
    }

    /** An acute trust: a rounded square with an H, named below with its occupancy and waiting list (not in a large world). */
    static final class TrustPortrayal extends Node {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<EconomyLayout> layout;

        TrustPortrayal(Supplier<EconomyLayout> layout) { this.layout = layout; }

        /** "Burton Hospitals NHS Foundation Trust" is "Burton Hospitals" in a crowded picture. */
        static String shortName(String name) {
            return name.replaceFirst(" NHS Foundation Trust$", "").replaceFirst(" NHS Trust$", "");
        }

        @Override
        java.awt.Shape shape(Object object, DrawInfo2D info) {
            double h = EconomyLayout.NODE_HALF_SIZE * scale(info);
            return new RoundRectangle2D.Double(info.draw.x - h, info.draw.y - h, 2 * h, 2 * h, h / 2, h / 2);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            AcuteTrust t = (AcuteTrust) object;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            RoundRectangle2D box = (RoundRectangle2D) shape(object, info);
            g.setColor(NHS_BLUE);
            g.fill(box);
            double h = box.getWidth() / 2;
            boolean large = layout.get().large();
            if (!large) { // an "H" for hospital; in a large world the box is too small to read one
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) Math.max(1.5, h / 4)));
                g.draw(new Line2D.Double(info.draw.x - h / 2.5, info.draw.y - h / 2, info.draw.x - h / 2.5, info.draw.y + h / 2));
                g.draw(new Line2D.Double(info.draw.x + h / 2.5, info.draw.y - h / 2, info.draw.x + h / 2.5, info.draw.y + h / 2));
                g.draw(new Line2D.Double(info.draw.x - h / 2.5, info.draw.y, info.draw.x + h / 2.5, info.draw.y));
            }
            selection(g, object, info);
            if (large) return;
            double y = info.draw.y + h + 2;
            boolean crowded = layout.get().crowded();
            String name = crowded ? shortName(t.getName()) : t.getName();
            y = PictureLabels.centred(g, info.draw.x, y, INK, PictureLabels.NAME, PictureLabels.wrap(name, 26));
            PictureLabels.centred(g, info.draw.x, y, INK, PictureLabels.DETAIL,
                    Math.round(100 * t.getOccupancy()) + "% beds full, " + WHOLE.format(t.getWaitingList()) + " waiting",
                    t.getResisting() && !crowded ? "income below plan: resisting" : null);
        }

        @Override public String getName(LocationWrapper wrapper) { return ((AcuteTrust) wrapper.getObject()).getName(); }
    }

    /** The Area Team: a diamond, named below with its style; in a large world, above its patch, by name only. */
    static final class AreaTeamPortrayal extends Node {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<EconomyLayout> layout;

        AreaTeamPortrayal(Supplier<EconomyLayout> layout) { this.layout = layout; }

        @Override
        java.awt.Shape shape(Object object, DrawInfo2D info) {
            double h = EconomyLayout.NODE_HALF_SIZE * scale(info);
            Path2D.Double d = new Path2D.Double();
            d.moveTo(info.draw.x, info.draw.y - h);
            d.lineTo(info.draw.x + h, info.draw.y);
            d.lineTo(info.draw.x, info.draw.y + h);
            d.lineTo(info.draw.x - h, info.draw.y);
            d.closePath();
            return d;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            AreaTeam a = (AreaTeam) object;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            java.awt.Shape d = shape(object, info);
            g.setColor(NHS_DARK_BLUE);
            g.fill(d);
            selection(g, object, info);
            double h = EconomyLayout.NODE_HALF_SIZE * scale(info);
            if (layout.get().large()) { // the name to the right of the diamond, above the patch
                FontMetrics fm = g.getFontMetrics(PictureLabels.NAME);
                String name = a.getName();
                PictureLabels.centred(g, info.draw.x + h + 4 + fm.stringWidth(name) / 2.0, info.draw.y - fm.getHeight() / 2.0,
                        INK, PictureLabels.NAME, name);
                return;
            }
            double y = PictureLabels.centred(g, info.draw.x, info.draw.y + h + 2, INK, PictureLabels.NAME,
                    PictureLabels.wrap("NHS England: " + a.getName(), 34));
            PictureLabels.centred(g, info.draw.x, y, INK, PictureLabels.DETAIL, a.getStyle() + " style");
        }

        @Override public String getName(LocationWrapper wrapper) { return ((AreaTeam) wrapper.getObject()).getName(); }
    }

    /** "locality 2", in grey outside its sector; not clickable. */
    static final class LocalityPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<EconomyLayout> layout;

        LocalityPortrayal(Supplier<EconomyLayout> layout) { this.layout = layout; }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            EconomyLayout.LocalityLabel l = (EconomyLayout.LocalityLabel) object;
            String text = "locality " + (l.locality() + 1);
            // lean the text away from the practices: right of the point on the right side, left of it on the left
            double a = layout.get().angleOf(l);
            java.awt.FontMetrics fm = g.getFontMetrics(PictureLabels.SMALL);
            double x = info.draw.x + Math.cos(a) * fm.stringWidth(text) / 2.0;
            double y = info.draw.y + (Math.sin(a) - 1) * fm.getHeight() / 2.0;
            PictureLabels.centred(g, x, y, OUTLINE, PictureLabels.SMALL, text);
        }

        @Override public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /**
     * A contract between a CCG and a trust, drawn as the referral flow along it: width by this
     * month's referrals, and a line pattern (not only a colour) for its state.
     */
    static final class FlowPortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public sim.portrayal.Inspector getInspector(sim.portrayal.LocationWrapper wrapper, sim.display.GUIState state) {
            Object o = wrapper.getObject();
            Object contract = o instanceof sim.field.network.Edge e ? e.getInfo() : o;
            return plainInspector(contract, getName(wrapper), state);
        }
        private final transient DoubleSupplier largestFlow;
        private final transient java.util.function.IntSupplier contractCount;
        private final transient java.util.function.BooleanSupplier crowded;
        private final transient java.util.function.BooleanSupplier large;

        /** @param large a large world: hundreds of contracts, so thinner lines and no words on them */
        FlowPortrayal(DoubleSupplier largestFlow, java.util.function.IntSupplier contractCount,
                      java.util.function.BooleanSupplier crowded, java.util.function.BooleanSupplier large) {
            this.largestFlow = largestFlow;
            this.contractCount = contractCount;
            this.crowded = crowded;
            this.large = large;
        }

        static Color colour(ContractState s) {
            return switch (s) {
                case INHERITED -> new Color(0x777777);
                case SIGNED -> GuiChartStyle.BLUE;
                case STANDOFF -> GuiChartStyle.VERMILLION;
                case ARBITRATED -> GuiChartStyle.REDDISH_PURPLE;
            };
        }

        /** Solid when signed, dotted when inherited, dashed in a stand-off, dash-dot when arbitrated. */
        static Stroke stroke(ContractState s, float width) {
            float[] dash = switch (s) {
                case SIGNED -> null;
                case INHERITED -> new float[] {Math.max(1f, width * 0.3f), width + 4f};
                case STANDOFF -> new float[] {width * 1.6f + 6f, width + 4f};
                case ARBITRATED -> new float[] {width * 1.6f + 6f, width + 3f, Math.max(1f, width * 0.3f), width + 3f};
            };
            int cap = s == ContractState.INHERITED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
            return dash == null ? new BasicStroke(width, cap, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, cap, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
        }

        static String words(Contract c) {
            return switch (c.getState()) {
                case INHERITED -> "inherited";
                case SIGNED -> "signed";
                case STANDOFF -> "stand-off, month " + (c.getStandoffMonths() + 1);
                case ARBITRATED -> "arbitrated";
            };
        }

        float width(Contract c) {
            double largest = largestFlow.getAsDouble();
            double share = largest <= 0 ? 0.3 : Math.sqrt(c.getReferralsThisMonth() / largest);
            return large.getAsBoolean() ? (float) (0.8 + 2.2 * share) : (float) (1.5 + 8.5 * share);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Contract c = contract(object);
            if (c == null) return;
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            ContractState s = c.getState();
            g.setColor(colour(s));
            g.setStroke(stroke(s, width(c)));
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
            // name the state when it matters, or when there are few enough lines to name them all
            if (!large.getAsBoolean() && (s == ContractState.STANDOFF || s == ContractState.ARBITRATED || contractCount.getAsInt() <= 4)) {
                // several CCGs' lines meet at the hospitals in the middle: name them near the CCG's end instead
                double t = crowded.getAsBoolean() ? 0.3 : 0.55;
                double mx = (1 - t) * e.draw.x + t * e.secondPoint.x, my = (1 - t) * e.draw.y + t * e.secondPoint.y;
                PictureLabels.centred(g, mx, my - 16, colour(s).darker(), PictureLabels.NAME, words(c));
            }
            if (info.selected) {
                g.setColor(SELECTED);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            Contract c = contract(object);
            if (c == null) return false;
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) range;
            Line2D.Double line = new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y);
            double slop = Math.max(4, width(c) / 2 + 2);
            return line.ptSegDist(range.clip.getCenterX(), range.clip.getCenterY()) <= slop;
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Contract c = contract(wrapper.getObject());
            return c == null ? "link" : "Contract: " + c.ccg.getName() + " with " + c.trust.getName() + " (" + words(c) + ")";
        }

        private static Contract contract(Object edge) {
            return edge instanceof Edge ed && ed.info instanceof Contract c ? c : null;
        }
    }
}
