package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
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
 *
 * <p>More than {@link #LARGE_WORLD_CCGS} CCGs (all of England has 211) do not fit on one ring with
 * their names, so a large world is laid out by Area Team instead: each Area Team is a patch, with
 * its CCGs on a ring, each CCG a compact disc of equal-sized practice dots (a sunflower spiral with a
 * wedge left open towards the middle), and the hospitals those CCGs use in the middle of the patch,
 * each on the side nearest its CCGs. The patches are packed in rows, in Area Team order, each with
 * its Area Team's diamond and name above it. See {@link #large()}.
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

    /**
     * Above this many CCGs the world is laid out by Area Team ({@link #large()}). A dozen CCGs on
     * one ring is about as many as still leaves room for their names; the shipped cluster has seven.
     */
    public static final int LARGE_WORLD_CCGS = 12;
    /** Large worlds: every practice is a dot of this radius (list sizes cannot be read at that scale). */
    static final double DOT_RADIUS = 1.0;
    static final double DOT_GAP = 0.2;
    /** Large worlds: room around a CCG's square before its first dots. */
    static final double DOT_CORE = 2.3 + DOT_RADIUS;
    /** Large worlds: the wedge of a CCG's disc left free of dots, facing the hospitals. */
    static final double DOT_WEDGE = 0.6;
    /** Large worlds: space between neighbouring CCG discs, between the discs and the hospitals, and between patches. */
    static final double CLUSTER_GAP = 1.0;
    static final double PATCH_GAP = 4.0;
    /** Large worlds: room for an Area Team's name above its patch, in pixels. */
    static final double PATCH_LABEL_WIDTH = 110, PATCH_LABEL_HEIGHT = 15;

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
    /** The middle of each Area Team's patch (large worlds only). */
    final Map<AreaTeam, Double2D> patchCentres = new IdentityHashMap<>();
    final Map<AreaTeam, Double> patchRadii = new IdentityHashMap<>();
    private boolean large;
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
    /**
     * Laid out by Area Team, for more than {@link #LARGE_WORLD_CCGS} CCGs: practices are equal dots,
     * CCGs and hospitals carry no names on the picture (double-click to inspect), Area Teams do.
     */
    public boolean large() { return large; }
    /** Large worlds: the middle of an Area Team's patch, or null. */
    public Double2D patchCentreOf(AreaTeam a) { return patchCentres.get(a); }
    /** Large worlds: the radius of an Area Team's patch (its CCG discs included). */
    public double patchRadiusOf(AreaTeam a) { return patchRadii.getOrDefault(a, 0.0); }
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
        EconomyLayout layout = build(economy, u1, aspect);
        double w = Math.max(layout.width, layout.height * aspect);
        double h = w / aspect;
        layout.shift((w - layout.width) / 2, (h - layout.height) / 2);
        layout.width = w;
        layout.height = h;
        return layout;
    }

    private static EconomyLayout build(HealthEconomy economy, double unitsPerPixel, double aspect) {
        EconomyLayout layout = new EconomyLayout();
        layout.unitsPerPixel = unitsPerPixel;
        if (economy.ccgs().length > LARGE_WORLD_CCGS) {
            layout.large = true;
            layout.buildLarge(economy.ccgs(), economy.trusts(), economy.areaTeams(), aspect);
        } else {
            layout.build(economy.ccgs(), economy.trusts(), economy.areaTeams());
        }
        return layout;
    }

    /** Field units per pixel the display would give this layout, less the guess it was built with. */
    private static double misfit(HealthEconomy economy, double unitsPerPixel, double displayWidth, double aspect) {
        EconomyLayout l = build(economy, unitsPerPixel, aspect);
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

    // ---- large worlds: by Area Team ----

    /** Turn between successive dots of a sunflower spiral: the golden angle. */
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** Area a dot takes in the spiral, in squared pitches; the spiral packs less evenly than a hexagonal grid. */
    static final double DOT_AREA = 1.0;

    private void buildLarge(Ccg[] ccgs, AcuteTrust[] trusts, AreaTeam[] areaTeams, double aspect) {
        // each CCG a disc of dots around the origin, its open wedge facing angle 0
        Map<Ccg, Map<Object, Double2D>> discs = new IdentityHashMap<>();
        for (Ccg c : ccgs) {
            Map<Object, Double2D> local = new IdentityHashMap<>();
            clusterRadii.put(c, placeDisc(c, local));
            discs.put(c, local);
        }
        // each hospital in the patch of the Area Team whose CCGs send it most
        Map<AreaTeam, List<AcuteTrust>> hospitals = new IdentityHashMap<>();
        for (AreaTeam a : areaTeams) hospitals.put(a, new ArrayList<>());
        for (AcuteTrust t : trusts) hospitals.get(homeOf(t, areaTeams)).add(t);

        int n = areaTeams.length;
        List<Map<Object, Double2D>> patches = new ArrayList<>();
        double[] radius = new double[n], cellW = new double[n], cellH = new double[n];
        double above = Math.max(px(PATCH_LABEL_HEIGHT), 2 * NODE_HALF_SIZE) + 0.5; // the diamond and name, then the patch
        for (int i = 0; i < n; i++) {
            Map<Object, Double2D> local = new IdentityHashMap<>();
            radius[i] = placePatch(areaTeams[i], hospitals.get(areaTeams[i]), discs, local);
            patches.add(local);
            cellW[i] = Math.max(2 * radius[i], px(PATCH_LABEL_WIDTH));
            cellH[i] = above + 2 * radius[i];
        }

        // patches in rows, in Area Team order: the number a row takes that best fills the display's shape
        int bestCols = 1;
        double bestSize = Double.MAX_VALUE;
        for (int cols = 1; cols <= Math.max(1, n); cols++) {
            double w = 0, h = 0;
            for (int start = 0; start < n; start += cols) {
                double rowW = -PATCH_GAP, rowH = 0;
                for (int i = start; i < Math.min(n, start + cols); i++) {
                    rowW += cellW[i] + PATCH_GAP;
                    rowH = Math.max(rowH, cellH[i]);
                }
                w = Math.max(w, rowW);
                h += rowH + PATCH_GAP;
            }
            double size = Math.max(w, (h - PATCH_GAP) * aspect);
            if (size < bestSize - 1e-9) {
                bestSize = size;
                bestCols = cols;
            }
        }
        double y = 0;
        for (int start = 0; start < n; start += bestCols) {
            int end = Math.min(n, start + bestCols);
            double rowW = -PATCH_GAP, rowH = 0;
            for (int i = start; i < end; i++) {
                rowW += cellW[i] + PATCH_GAP;
                rowH = Math.max(rowH, cellH[i]);
            }
            double x = -rowW / 2; // rows centred on x = 0
            for (int i = start; i < end; i++) {
                Double2D centre = new Double2D(x + cellW[i] / 2, y + above + radius[i]);
                patchCentres.put(areaTeams[i], centre);
                patchRadii.put(areaTeams[i], radius[i]);
                for (Map.Entry<Object, Double2D> e : patches.get(i).entrySet()) {
                    positions.put(e.getKey(), new Double2D(centre.x + e.getValue().x, centre.y + e.getValue().y));
                }
                x += cellW[i] + PATCH_GAP;
            }
            y += rowH + PATCH_GAP;
        }
        fitToField(ccgs);
    }

    /** The Area Team whose CCGs' contracts with the hospital cover most patients; the first if it has none. */
    private static AreaTeam homeOf(AcuteTrust t, AreaTeam[] areaTeams) {
        Map<AreaTeam, Double> weight = new IdentityHashMap<>();
        AreaTeam best = areaTeams[0];
        double most = 0;
        for (Contract k : t.contracts()) {
            double w = weight.merge(k.ccg.areaTeam(), weightOf(k), Double::sum);
            if (w > most) {
                most = w;
                best = k.ccg.areaTeam();
            }
        }
        return best;
    }

    /** How much a contract pulls its hospital towards its CCG: the patients it covers (at least a token). */
    private static double weightOf(Contract k) { return Math.max(1e-6, k.share * Math.max(1, k.ccg.getPopulation())); }

    /**
     * One CCG's practices as equal dots on a sunflower spiral around its square, leaving a wedge free
     * around angle 0 (turned towards the hospitals later); returns the disc's radius.
     */
    private double placeDisc(Ccg ccg, Map<Object, Double2D> local) {
        local.put(ccg, new Double2D(0, 0));
        double pitch = 2 * DOT_RADIUS + DOT_GAP;
        double open = 2 * Math.PI - DOT_WEDGE;
        double perDot = DOT_AREA * pitch * pitch * 2 * Math.PI / open; // as if the wedge were filled too
        double outer = DOT_CORE - DOT_RADIUS;
        Practice[] ps = ccg.practices();
        for (int i = 0; i < ps.length; i++) {
            double rho = Math.sqrt(DOT_CORE * DOT_CORE + perDot * i / Math.PI);
            double a = DOT_WEDGE / 2 + (i * GOLDEN_ANGLE) % (2 * Math.PI) * open / (2 * Math.PI);
            local.put(ps[i], new Double2D(rho * Math.cos(a), rho * Math.sin(a)));
            radii.put(ps[i], DOT_RADIUS);
            outer = rho;
        }
        return outer + DOT_RADIUS;
    }

    /**
     * One Area Team's patch around the origin: its CCGs' discs on a ring, wedges facing the middle,
     * where its hospitals sit on a small ring, each on the side nearest the CCGs it serves; the Area
     * Team's diamond above. Returns the patch's radius.
     */
    private double placePatch(AreaTeam at, List<AcuteTrust> hospitals, Map<Ccg, Map<Object, Double2D>> discs, Map<Object, Double2D> local) {
        Ccg[] members = at.ccgs();
        int k = members.length, m = hospitals.size();
        double slot = 2 * NODE_HALF_SIZE + 1.0;
        double hospitalRing = m <= 1 ? 0 : slot / (2 * Math.sin(Math.PI / m));
        double hub = m == 0 ? 0 : hospitalRing + NODE_HALF_SIZE + CLUSTER_GAP;
        double[] r = new double[k];
        for (int i = 0; i < k; i++) r[i] = clusterRadii.get(members[i]);

        // discs packed round the hub, largest first, each where it keeps the patch smallest
        List<double[]> placed = new ArrayList<>(); // x, y, radius
        if (hub > 0) placed.add(new double[] {0, 0, hub});
        Integer[] bySize = new Integer[k];
        for (int i = 0; i < k; i++) bySize[i] = i;
        java.util.Arrays.sort(bySize, (a, b) -> Double.compare(r[b], r[a]));
        double patch = hub;
        for (int i : bySize) {
            Double2D centre = packNext(placed, r[i]);
            placed.add(new double[] {centre.x, centre.y, r[i]});
            // the open wedge faces the middle, where the hospitals are
            double facing = centre.x == 0 && centre.y == 0 ? Math.PI / 2 : Math.atan2(-centre.y, -centre.x);
            double cos = Math.cos(facing), sin = Math.sin(facing);
            for (Map.Entry<Object, Double2D> e : discs.get(members[i]).entrySet()) {
                Double2D v = e.getValue();
                local.put(e.getKey(), new Double2D(centre.x + v.x * cos - v.y * sin, centre.y + v.x * sin + v.y * cos));
            }
            patch = Math.max(patch, Math.hypot(centre.x, centre.y) + r[i]);
        }

        // hospitals: slots round the hub in the order of the directions of their CCGs
        double[] towards = new double[m];
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            double x = 0, y = 0;
            for (Contract c : hospitals.get(j).contracts()) {
                Double2D p = local.get(c.ccg);
                if (p == null) continue; // a CCG of another Area Team
                x += weightOf(c) * p.x;
                y += weightOf(c) * p.y;
            }
            towards[j] = x == 0 && y == 0 ? 0 : Math.atan2(y, x);
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(towards[a], towards[b]));
        double sx = 0, sy = 0; // turn the ring of slots to follow the directions best (circular mean)
        for (int j = 0; j < m; j++) {
            double d = towards[order[j]] - 2 * Math.PI * j / Math.max(1, m);
            sx += Math.cos(d);
            sy += Math.sin(d);
        }
        double first = sx == 0 && sy == 0 ? 0 : Math.atan2(sy, sx);
        for (int j = 0; j < m; j++) {
            double a = first + 2 * Math.PI * j / m;
            local.put(hospitals.get(order[j]), new Double2D(hospitalRing * Math.cos(a), hospitalRing * Math.sin(a)));
        }
        // the diamond at the left of the name, which is centred above the patch
        double above = Math.max(px(PATCH_LABEL_HEIGHT), 2 * NODE_HALF_SIZE) / 2 + 0.5;
        local.put(at, new Double2D(NODE_HALF_SIZE - px(PATCH_LABEL_WIDTH) / 2, -patch - above));
        return patch;
    }

    /**
     * Where a disc of radius r goes next to the discs already placed: touching two of them (or the
     * first, above it), clear of all, and as close to the middle as it can be.
     */
    private static Double2D packNext(List<double[]> placed, double r) {
        if (placed.isEmpty()) return new Double2D(0, 0);
        List<Double2D> candidates = new ArrayList<>();
        for (double[] a : placed) candidates.add(new Double2D(a[0], a[1] - a[2] - r - CLUSTER_GAP));
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                double[] a = placed.get(i), b = placed.get(j);
                double ra = a[2] + r + CLUSTER_GAP, rb = b[2] + r + CLUSTER_GAP;
                double dx = b[0] - a[0], dy = b[1] - a[1], d = Math.hypot(dx, dy);
                if (d == 0 || d > ra + rb || d < Math.abs(ra - rb)) continue;
                double along = (ra * ra - rb * rb + d * d) / (2 * d), off = Math.sqrt(Math.max(0, ra * ra - along * along));
                double mx = a[0] + along * dx / d, my = a[1] + along * dy / d;
                candidates.add(new Double2D(mx - off * dy / d, my + off * dx / d));
                candidates.add(new Double2D(mx + off * dy / d, my - off * dx / d));
            }
        }
        Double2D best = null;
        double bestReach = Double.MAX_VALUE;
        for (Double2D c : candidates) {
            boolean clear = true;
            for (double[] p : placed) clear &= Math.hypot(c.x - p[0], c.y - p[1]) >= p[2] + r + CLUSTER_GAP - 1e-9;
            double reach = Math.hypot(c.x, c.y) + r;
            if (clear && reach < bestReach - 1e-9) {
                best = c;
                bestReach = reach;
            }
        }
        return best; // never null: the point above the topmost disc is always clear
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

    private void shift(double dx, double dy) {
        positions.replaceAll((k, v) -> new Double2D(v.x + dx, v.y + dy));
        patchCentres.replaceAll((k, v) -> new Double2D(v.x + dx, v.y + dy));
    }

    /** Shifts everything so the picture starts at the margin and records the field's size. */
    private void fitToField(Ccg[] ccgs) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Map.Entry<Object, Double2D> e : positions.entrySet()) {
            Object o = e.getKey();
            Double2D p = e.getValue();
            double rx, top, bottom;
            if (large) { // no names but the Area Teams', to the right of their diamonds
                if (o instanceof Practice) continue;
                rx = top = bottom = o instanceof Ccg c ? clusterRadii.get(c) : NODE_HALF_SIZE;
                if (o instanceof AreaTeam) {
                    top = bottom = Math.max(px(PATCH_LABEL_HEIGHT), 2 * NODE_HALF_SIZE) / 2;
                    maxX = Math.max(maxX, p.x - NODE_HALF_SIZE + px(PATCH_LABEL_WIDTH));
                }
            } else if (o instanceof Ccg c) {
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
        shift(MARGIN - minX, MARGIN - minY);
        width = maxX - minX + 2 * MARGIN;
        height = maxY - minY + 2 * MARGIN;
    }
}
