package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import sim.util.Double2D;

/**
 * Where everything goes in the picture, in field units (the largest practice has radius 1).
 * Each CCG sits in the middle of its member practices, which are grouped by locality in sectors
 * around it; a gap in the ring faces the hospitals so referral flows are not hidden. One CCG:
 * hospitals to its right, the Area Team above. Several CCGs: on a ring, hospitals in the centre,
 * Area Teams above the ring. Practices never overlap: ring slots are at least one practice
 * diameter plus a gap apart (chord length), and rings are that far apart radially.
 */
public final class EconomyLayout {
    /** Radius of the practice with the largest list. */
    public static final double MAX_PRACTICE_RADIUS = 1.0;
    static final double MIN_PRACTICE_RADIUS = 0.4;
    static final double GAP = 0.35;
    /** Room kept clear around the CCG's own marker. */
    static final double CORE = 3.5;
    /** Angle left free of practices, facing the hospitals. */
    static final double FLOW_GAP_ANGLE = 0.7;
    /** Room for locality labels outside the outermost ring. */
    static final double LABEL_ROOM = 2.0;
    static final double NODE_HALF_SIZE = 2.2;
    static final double MARGIN = 3.0;

    /** A locality name placed outside its sector. */
    public record LocalityLabel(Ccg ccg, int locality) {
        @Override public String toString() { return ccg.getId() + " locality " + (locality + 1); }
    }

    final Map<Object, Double2D> positions = new IdentityHashMap<>();
    final Map<Practice, Double> radii = new IdentityHashMap<>();
    final Map<Ccg, Double> clusterRadii = new IdentityHashMap<>();
    final List<LocalityLabel> localityLabels = new ArrayList<>();
    /** Direction from the CCG to each locality label, so the text can lean away from the practices. */
    final Map<LocalityLabel, Double> labelAngles = new IdentityHashMap<>();
    private double width, height;

    private EconomyLayout() {}

    public double width() { return width; }
    public double height() { return height; }
    public Double2D positionOf(Object agent) { return positions.get(agent); }
    public double radiusOf(Practice p) { return radii.getOrDefault(p, MAX_PRACTICE_RADIUS); }
    /** Radius of a CCG's cluster of practices, locality labels included. */
    public double clusterRadiusOf(Ccg ccg) { return clusterRadii.getOrDefault(ccg, CORE); }
    public List<LocalityLabel> localityLabels() { return localityLabels; }
    /** Several CCGs share the picture: their labels use short names. */
    public boolean crowded() { return clusterRadii.size() > 1; }
    /** Angle (radians, y down) from a locality label's CCG to the label. */
    public double angleOf(LocalityLabel l) { return labelAngles.getOrDefault(l, 0.0); }

    // Room for text, in pixels: labels keep their size when the picture is scaled to the display.
    static final double TRUST_LABEL_WIDTH = 180, TRUST_LABEL_HEIGHT = 48;
    static final double CCG_LABEL_WIDTH = 170, CCG_LABEL_HEIGHT = 32;
    static final double AREA_TEAM_LABEL_WIDTH = 250, AREA_TEAM_LABEL_HEIGHT = 44;

    /** Field units per pixel of text, refined until the picture's scale on the display settles. */
    private double unitsPerPixel;

    /**
     * Lays out a started economy for a display of the given width and height in pixels, centring
     * the picture in a field of the display's shape (MASON stretches a field to fill its display,
     * so shapes stay round only when the two agree), with room for labels at that size.
     */
    public static EconomyLayout of(HealthEconomy economy, double displayWidth, double displayHeight) {
        double aspect = displayWidth / displayHeight;
        // Text room depends on the scale, which depends on the picture's size: find the scale at
        // which they agree (the width is close to linear in it, so the secant method settles fast).
        double u0 = 0.15, f0 = misfit(economy, u0, displayWidth, aspect);
        double u1 = u0 + f0, f1 = misfit(economy, u1, displayWidth, aspect);
        for (int i = 0; i < 20 && Math.abs(f1) > 1e-4 * u1 && f1 != f0; i++) {
            double u2 = Math.max(0.01, u1 - f1 * (u1 - u0) / (f1 - f0));
            u0 = u1;
            f0 = f1;
            u1 = u2;
            f1 = misfit(economy, u1, displayWidth, aspect);
        }
        EconomyLayout layout = build(economy, u1);
        double w = Math.max(layout.width, layout.height * aspect);
        double h = w / aspect;
        double dx = (w - layout.width) / 2, dy = (h - layout.height) / 2;
        layout.positions.replaceAll((k, v) -> new Double2D(v.x + dx, v.y + dy));
        layout.width = w;
        layout.height = h;
        return layout;
    }

    private static EconomyLayout build(HealthEconomy economy, double unitsPerPixel) {
        EconomyLayout layout = new EconomyLayout();
        layout.unitsPerPixel = unitsPerPixel;
        layout.build(economy.ccgs(), economy.trusts(), economy.areaTeams());
        return layout;
    }

    /** Field units per pixel the display would give this layout, less the guess it was built with. */
    private static double misfit(HealthEconomy economy, double unitsPerPixel, double displayWidth, double aspect) {
        EconomyLayout l = build(economy, unitsPerPixel);
        return Math.max(l.width, l.height * aspect) / displayWidth - unitsPerPixel;
    }

    /** Everything placed, agents and locality labels. */
    public Map<Object, Double2D> positions() { return java.util.Collections.unmodifiableMap(positions); }

    private double px(double pixels) { return pixels * unitsPerPixel; }

    private void build(Ccg[] ccgs, AcuteTrust[] trusts, AreaTeam[] areaTeams) {
        int maxList = 1;
        for (Ccg c : ccgs) for (Practice p : c.practices()) maxList = Math.max(maxList, p.listSize);
        for (Ccg c : ccgs) {
            for (Practice p : c.practices()) {
                radii.put(p, Math.max(MIN_PRACTICE_RADIUS, MAX_PRACTICE_RADIUS * Math.sqrt(p.listSize / (double) maxList)));
            }
        }
        // each cluster laid out around the origin with its gap facing angle 0, rotated into place below
        List<Map<Object, Double2D>> clusters = new ArrayList<>();
        double rMax = 0;
        for (Ccg c : ccgs) {
            Map<Object, Double2D> local = new IdentityHashMap<>();
            double r = placeCluster(c, local, ccgs.length == 1);
            clusterRadii.put(c, r);
            clusters.add(local);
            rMax = Math.max(rMax, r);
        }

        int n = ccgs.length;
        Double2D[] centres = new Double2D[n];
        double[] gapFacing = new double[n];
        double cellW = Math.max(2 * NODE_HALF_SIZE, px(TRUST_LABEL_WIDTH));
        double cellH = 2 * NODE_HALF_SIZE + px(TRUST_LABEL_HEIGHT);
        if (n == 1) {
            centres[0] = new Double2D(0, 0);
            gapFacing[0] = 0;
            double r = clusterRadii.get(ccgs[0]);
            double x = r + Math.max(10, cellW / 2 + 2);
            for (int t = 0; t < trusts.length; t++) {
                positions.put(trusts[t], new Double2D(x, (t - (trusts.length - 1) / 2.0) * cellH));
            }
            double top = -Math.max(r, (trusts.length - 1) / 2.0 * cellH + NODE_HALF_SIZE) - NODE_HALF_SIZE - px(AREA_TEAM_LABEL_HEIGHT) - 2;
            placeAreaTeams(areaTeams, x / 2, top, false);
        } else {
            // hospitals in a grid in the centre, CCGs on a ring around them
            int cols = (int) Math.ceil(Math.sqrt(trusts.length));
            int rows = (int) Math.ceil(trusts.length / (double) cols);
            for (int t = 0; t < trusts.length; t++) {
                int row = t / cols, col = t % cols;
                int inRow = Math.min(cols, trusts.length - row * cols);
                positions.put(trusts[t], new Double2D((col - (inRow - 1) / 2.0) * cellW, (row - (rows - 1) / 2.0) * cellH - px(TRUST_LABEL_HEIGHT) / 2));
            }
            // the hospitals' box, rounded up to a circle a little inside its corners (labels are narrower than their cells)
            double centreZone = 0.85 * Math.hypot(cols * cellW, rows * cellH) / 2;
            double labelW = px(CCG_LABEL_WIDTH);
            // neighbours' names sit side by side only near the top and bottom of the ring: 80% of a name's width is enough
            double ring = Math.max(centreZone + rMax + px(CCG_LABEL_HEIGHT),
                    Math.max(2 * rMax + 2.5, 0.8 * labelW) / (2 * Math.sin(Math.PI / n)));
            for (int i = 0; i < n; i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / n;
                centres[i] = new Double2D(ring * Math.cos(a), ring * Math.sin(a));
                gapFacing[i] = a + Math.PI;
            }
            // the Area Teams in the top-left corner, which a ring leaves empty
            placeAreaTeams(areaTeams, -(ring + rMax) + px(AREA_TEAM_LABEL_WIDTH) / 2, -(ring + rMax) + NODE_HALF_SIZE, true);
        }
        for (int i = 0; i < n; i++) {
            double cos = Math.cos(gapFacing[i]), sin = Math.sin(gapFacing[i]);
            for (Map.Entry<Object, Double2D> e : clusters.get(i).entrySet()) {
                Double2D v = e.getValue();
                positions.put(e.getKey(), new Double2D(centres[i].x + v.x * cos - v.y * sin, centres[i].y + v.x * sin + v.y * cos));
                if (e.getKey() instanceof LocalityLabel l) labelAngles.put(l, Math.atan2(v.y, v.x) + gapFacing[i]);
            }
        }
        fitToField(ccgs);
    }

    /** In a row, or down a column (in a corner). */
    private void placeAreaTeams(AreaTeam[] areaTeams, double x, double y, boolean column) {
        double across = px(AREA_TEAM_LABEL_WIDTH) + 1, down = 2 * NODE_HALF_SIZE + px(AREA_TEAM_LABEL_HEIGHT) + 1;
        for (int a = 0; a < areaTeams.length; a++) {
            positions.put(areaTeams[a], column ? new Double2D(x, y + a * down)
                    : new Double2D(x + (a - (areaTeams.length - 1) / 2.0) * across, y));
        }
    }

    /** Places one CCG's practices by locality; returns the cluster radius. */
    private double placeCluster(Ccg ccg, Map<Object, Double2D> local, boolean labelLocalities) {
        Practice[] practices = ccg.practices();
        int localities = 1;
        for (Practice p : practices) localities = Math.max(localities, p.locality + 1);
        List<List<Practice>> byLocality = new ArrayList<>();
        for (int l = 0; l < localities; l++) byLocality.add(new ArrayList<>());
        for (Practice p : practices) byLocality.get(p.locality).add(p);

        double pitch = 2 * MAX_PRACTICE_RADIUS + GAP;
        double sector = (2 * Math.PI - FLOW_GAP_ANGLE) / localities;
        double outermost = CORE;
        local.put(ccg, new Double2D(0, 0));
        for (int l = 0; l < localities; l++) {
            List<Practice> members = byLocality.get(l);
            double start = FLOW_GAP_ANGLE / 2 + l * sector;
            int placed = 0;
            double rho = CORE + MAX_PRACTICE_RADIUS;
            double localityOuter = rho;
            while (placed < members.size()) {
                double minStep = 2 * Math.asin(Math.min(1, pitch / (2 * rho)));
                int capacity = (int) Math.floor(sector / minStep + 1e-9);
                if (capacity > 0) {
                    int count = Math.min(capacity, members.size() - placed);
                    double step = sector / count;
                    for (int j = 0; j < count; j++) {
                        double a = start + (j + 0.5) * step;
                        local.put(members.get(placed++), new Double2D(rho * Math.cos(a), rho * Math.sin(a)));
                    }
                    localityOuter = rho;
                }
                rho += pitch;
            }
            if (labelLocalities) { // with several CCGs the picture is too small for them
                double labelAt = localityOuter + MAX_PRACTICE_RADIUS + LABEL_ROOM / 2;
                LocalityLabel label = new LocalityLabel(ccg, l);
                localityLabels.add(label);
                double mid = start + sector / 2;
                local.put(label, new Double2D(labelAt * Math.cos(mid), labelAt * Math.sin(mid)));
            }
            outermost = Math.max(outermost, localityOuter + MAX_PRACTICE_RADIUS + (labelLocalities ? LABEL_ROOM : 0.5));
        }
        return outermost;
    }

    /** Shifts everything so the picture starts at the margin and records the field's size. */
    private void fitToField(Ccg[] ccgs) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Map.Entry<Object, Double2D> e : positions.entrySet()) {
            Object o = e.getKey();
            Double2D p = e.getValue();
            double rx, top, bottom;
            if (o instanceof Ccg c) {
                rx = Math.max(clusterRadii.get(c), px(CCG_LABEL_WIDTH) / 2);
                top = clusterRadii.get(c);
                bottom = top + px(CCG_LABEL_HEIGHT); // the CCG's name under its cluster
            } else if (o instanceof Practice || o instanceof LocalityLabel) {
                continue; // inside their cluster
            } else { // a name centred under the node
                boolean trust = o instanceof AcuteTrust;
                rx = Math.max(NODE_HALF_SIZE, px(trust ? TRUST_LABEL_WIDTH : AREA_TEAM_LABEL_WIDTH) / 2);
                top = NODE_HALF_SIZE;
                bottom = NODE_HALF_SIZE + px(trust ? TRUST_LABEL_HEIGHT : AREA_TEAM_LABEL_HEIGHT);
            }
            minX = Math.min(minX, p.x - rx);
            maxX = Math.max(maxX, p.x + rx);
            minY = Math.min(minY, p.y - top);
            maxY = Math.max(maxY, p.y + bottom);
        }
        double dx = MARGIN - minX, dy = MARGIN - minY;
        positions.replaceAll((k, v) -> new Double2D(v.x + dx, v.y + dy));
        width = maxX - minX + 2 * MARGIN;
        height = maxY - minY + 2 * MARGIN;
    }
}
