package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.model.PracticeMap;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * One CCG's practices where they are (ODD "Practices in places"), in a window of its own: the
 * CCG's own map field ({@link PracticeMap#space()}), each practice a mark coloured by engagement
 * (the main picture's scale) and shaped by its locality, the localities' names in their middle,
 * and the peer links ({@link PracticeMap#peerNetwork()}) as a layer of the display, hidden at
 * first (fifty practices with five peers each are 250 lines over the colours): the Layers button
 * at the display's top left shows it. Several CCGs: a chooser says which CCG's map is drawn.
 */
final class PracticeMap2D {
    /** The display's size in pixels before it is scaled to its window. */
    static final int DISPLAY_SIZE = 560;
    /** Room around the map, in pixels, so practices on its edge are drawn whole. */
    static final int INSET = 24;
    static final String PRACTICES_LAYER = "Practices (colour: engagement, shape: locality)";
    static final String PEERS_LAYER = "Peer links";
    static final String NAMES_LAYER = "Locality names";
    /** The window's chrome: the display's tool bar, borders, the chooser and the key. */
    static final int CHROME_HEIGHT = 40 + 34 + 58, CHROME_WIDTH = 34;
    /** A practice's mark, across, as a share of the mean distance between practices (one field unit). */
    static final double MARK = 0.42;
    /** Pixels across a mark at least (a big CCG on a small window) and at most (a CCG of a dozen practices). */
    static final double MIN_MARK = 7, MAX_MARK = 22;
    static final Color PEER_LINK = new Color(0x80, 0x80, 0x80, 170);

    final Display2D display;
    final JFrame frame;
    final JComboBox<String> chooser = new JComboBox<>();
    private final ContinuousPortrayal2D practices = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D peers = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D names = new ContinuousPortrayal2D();
    private final Key key = new Key();
    private volatile Ccg[] ccgs = new Ccg[0];
    private volatile Ccg shown;
    private boolean filling;
    /** Where the plan puts the window; it goes there when first opened (a window manager may place it elsewhere). */
    private final java.awt.Rectangle planned;
    private boolean opened;

    PracticeMap2D(GUIState gui, Controller controller, java.awt.Rectangle bounds) {
        display = new Display2D(DISPLAY_SIZE, DISPLAY_SIZE, gui);
        display.setBackdrop(Color.WHITE);
        Rectangle2D.Double inside = new Rectangle2D.Double(INSET, INSET, DISPLAY_SIZE - 2 * INSET, DISPLAY_SIZE - 2 * INSET);
        display.attach(peers, PEERS_LAYER, inside, false);
        display.attach(practices, PRACTICES_LAYER, inside, true);
        display.attach(names, NAMES_LAYER, inside, true);
        frame = display.createFrame();
        frame.setTitle("Practices in places");
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel south = new JPanel(new BorderLayout());
        JPanel pick = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        pick.add(new JLabel("CCG:"));
        pick.add(chooser);
        chooser.addActionListener(a -> {
            int i = chooser.getSelectedIndex();
            Ccg[] all = ccgs;
            if (!filling && i >= 0 && i < all.length) show(all[i]);
        });
        south.add(pick, BorderLayout.NORTH);
        south.add(key, BorderLayout.CENTER);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
        planned = new java.awt.Rectangle(bounds);
        frame.setBounds(bounds);
        frame.validate();
        fit();
        frame.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override public void componentResized(java.awt.event.ComponentEvent e) { fit(); }
            @Override public void componentShown(java.awt.event.ComponentEvent e) { place(); }
        });
        controller.registerFrame(frame);
    }

    /** The economy just started or reopened: its CCGs in the chooser, the first (or the one of that name shown before) on the map. */
    void showEconomy(HealthEconomy economy) {
        Ccg[] all = economy.ccgs();
        String before = shown == null ? null : shown.getName();
        ccgs = all;
        filling = true;
        chooser.removeAllItems();
        int pick = 0;
        for (int i = 0; i < all.length; i++) {
            chooser.addItem(all[i].getName());
            if (all[i].getName().equals(before)) pick = i;
        }
        chooser.setSelectedIndex(all.length == 0 ? -1 : pick);
        chooser.setEnabled(all.length > 1);
        filling = false;
        if (all.length > 0) show(all[pick]);
    }

    /** Draws one CCG's map: its field, its peer network and its localities' names. */
    void show(Ccg ccg) {
        shown = ccg;
        PracticeMap map = ccg.map();
        Continuous2D space = map.space();
        practices.setField(space);
        practices.setPortrayalForAll(new PlacedPractice());
        peers.setField(new SpatialNetwork2D(space, map.peerNetwork()));
        SimpleEdgePortrayal2D link = new SimpleEdgePortrayal2D(PEER_LINK, PEER_LINK);
        link.setShape(SimpleEdgePortrayal2D.SHAPE_THIN_LINE);
        peers.setPortrayalForAll(link);
        names.setField(localityNames(ccg, space));
        names.setPortrayalForAll(new LocalityName());
        key.localities = ccg.params.localities;
        frame.setTitle("Practices in places: " + ccg.getName());
        display.reset(); // a start clears MASON's repaint queue: rejoin it
        display.repaint();
        key.repaint();
    }

    Ccg shown() { return shown; }

    /** Opens the window in front: where the plan puts it the first time, where the user left it after. Swing thread. */
    void open() {
        frame.setVisible(true);
        place();
        frame.toFront();
    }

    /** Shown (from View or the Console's Displays tab): the first time, where the plan puts it. */
    private void place() {
        if (!opened) frame.setBounds(planned);
        opened = true;
        fit();
    }

    /** For tests: the practices' layer, as the display hit-tests it. */
    ContinuousPortrayal2D practicesPortrayal() { return practices; }

    /** Each locality's name at the middle of its practices (contiguous localities: the middle is inside). */
    private static Continuous2D localityNames(Ccg ccg, Continuous2D space) {
        int n = ccg.params.localities;
        double[] x = new double[n], y = new double[n];
        int[] count = new int[n];
        for (Practice p : ccg.practices()) {
            x[p.getLocality()] += p.getX();
            y[p.getLocality()] += p.getY();
            count[p.getLocality()]++;
        }
        Continuous2D field = new Continuous2D(space.getWidth(), space.getWidth(), space.getHeight());
        for (int l = 0; l < n; l++) {
            if (count[l] > 0) field.setObjectLocation(new Locality(l), new Double2D(x[l] / count[l], y[l] / count[l]));
        }
        return field;
    }

    /** Scales the map to the room its window leaves, so it needs no scroll bars. */
    void fit() {
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.validate();
        Dimension room = display.display.getViewport().getExtentSize();
        double scale = Math.min(room.width, room.height) / (double) DISPLAY_SIZE;
        if (scale > 0.2) display.setScale(Math.floor(scale * 100) / 100);
    }

    void quit() {
        frame.dispose();
    }

    /** A locality's mark: circle, square, diamond, triangle, upside-down triangle, hexagon, then again. */
    static Shape mark(int locality, double cx, double cy, double size) {
        double r = size / 2;
        switch (locality % 6) {
            case 0: return new Ellipse2D.Double(cx - r, cy - r, size, size);
            case 1: {
                double s = r * 0.89; // a square of the disc's area
                return new Rectangle2D.Double(cx - s, cy - s, 2 * s, 2 * s);
            }
            case 2: return polygon(cx, cy, r * 1.2, 4, 0);
            case 3: return polygon(cx, cy, r * 1.25, 3, -Math.PI / 2);
            case 4: return polygon(cx, cy, r * 1.25, 3, Math.PI / 2);
            default: return polygon(cx, cy, r * 1.05, 6, 0);
        }
    }

    private static Shape polygon(double cx, double cy, double r, int corners, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < corners; i++) {
            double a = start + 2 * Math.PI * i / corners;
            if (i == 0) p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            else p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    /** Pixels across a practice's mark: a share of the distance between practices, never too small to see. */
    static double markSize(DrawInfo2D info) {
        return Math.max(MIN_MARK, Math.min(MAX_MARK, MARK * Math.min(info.draw.width, info.draw.height)));
    }

    /** A practice on the map: its locality's shape, filled with its engagement; click it to inspect. */
    static final class PlacedPractice extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private static final BasicStroke EDGE = new BasicStroke(1f);
        private static final BasicStroke REMEDIAL = new BasicStroke(2f);

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Practice p = (Practice) object;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double size = markSize(info);
            Shape s = mark(p.getLocality(), info.draw.x, info.draw.y, size);
            g.setColor(EngagementColours.of(p.getEngagement()));
            g.fill(s);
            g.setStroke(p.getUnderRemedialAction() ? REMEDIAL : EDGE);
            g.setColor(p.getUnderRemedialAction() ? Color.BLACK : EconomyPortrayals.OUTLINE);
            g.draw(s);
            if (info.selected) {
                g.setColor(EconomyPortrayals.SELECTED);
                g.setStroke(new BasicStroke(3f));
                g.draw(new Ellipse2D.Double(info.draw.x - size, info.draw.y - size, 2 * size, 2 * size));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double size = markSize(range);
            return new Ellipse2D.Double(range.draw.x - size / 2, range.draw.y - size / 2, size, size)
                    .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Practice p = (Practice) wrapper.getObject();
            return p.getCcgName() + ", practice " + (p.index + 1) + " (locality " + (p.getLocality() + 1) + ")";
        }

        @Override
        public sim.portrayal.Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            return EconomyPortrayals.plainInspector(wrapper.getObject(), getName(wrapper), state);
        }
    }

    /** A locality's name on the map. */
    record Locality(int index) {
        @Override public String toString() { return "locality " + (index + 1); }
    }

    /** The name in italics over a white halo, so it reads over marks and links. */
    static final class LocalityName extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 13);

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            String text = object.toString();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT);
            FontMetrics fm = g.getFontMetrics();
            float x = (float) (info.draw.x - fm.stringWidth(text) / 2.0), y = (float) (info.draw.y + fm.getAscent() / 2.0);
            g.setColor(new Color(255, 255, 255, 210));
            g.fill(new Rectangle2D.Double(x - 3, y - fm.getAscent(), fm.stringWidth(text) + 6, fm.getAscent() + fm.getDescent()));
            g.setColor(EconomyPortrayals.INK);
            g.drawString(text, x, y);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /** The key under the map: engagement colours, the localities' shapes, and where the peer links are. */
    static final class Key extends JPanel {
        private static final long serialVersionUID = 1L;
        volatile int localities = 3;

        Key() {
            setBackground(Color.WHITE);
            setPreferredSize(new Dimension(460, 58));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            super.paintComponent(graphics);
            Graphics2D g = PictureLabels.keyGraphics(graphics);
            int x = 10, top = 14;
            g.setColor(EconomyPortrayals.INK);
            g.drawString("Engagement 0", x, top + 9);
            x += g.getFontMetrics().stringWidth("Engagement 0") + 5;
            for (int i = 0; i < 90; i++) {
                g.setColor(EngagementColours.of(i / 89.0));
                g.fillRect(x + i, top, 1, 12);
            }
            g.setColor(EconomyPortrayals.OUTLINE);
            g.drawRect(x, top, 90, 12);
            x += 95;
            g.setColor(EconomyPortrayals.INK);
            g.drawString("1", x, top + 9);
            x += 22;
            int shown = Math.min(localities, 6);
            for (int l = 0; l < shown; l++) {
                Shape s = mark(l, x + 6, top + 6, 11);
                g.setColor(EngagementColours.of(0.6));
                g.fill(s);
                g.setColor(EconomyPortrayals.OUTLINE);
                g.setStroke(new BasicStroke(1f));
                g.draw(s);
                g.setColor(EconomyPortrayals.INK);
                String label = "loc. " + (l + 1);
                g.drawString(label, x + 15, top + 10);
                x += 22 + g.getFontMetrics().stringWidth(label);
            }
            if (localities > 6) g.drawString("(shapes repeat)", x, top + 10);
            g.drawString("Peer links (each practice to its nearest): Layers button, top left", 10, top + 32);
        }
    }
}
