package org.ccgsim.model;

import ec.util.MersenneTwisterFast;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * One CCG's practices in place (ODD "Practices in places"): a square map with about one practice
 * per unit of area, practices at uniform random positions, localities as contiguous areas (each
 * practice belongs to the nearest of the locality centres, which are practices spread out by
 * farthest-point choice), and each practice's peers: its {@code k} nearest practices, a directed
 * MASON {@link Network}. The peer pull reads the peers through {@link #peersOf}, an index array
 * built once, so the monthly step walks plain arrays. Each locality also has a lead GP whose
 * standing is one standard normal draw, made only when the CCG's lead spread is above 0 (so a run
 * without lead differences keeps the random numbers it had before leads were modelled) (see {@link CcgMembers}).
 */
public final class PracticeMap implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Side of the square map: practices sit at about one per unit of area. */
    public final double side;
    private final double[] x;
    private final double[] y;
    private final int[] locality;
    /** The practice at the centre of each locality. */
    private final int[] centre;
    private final int[][] peers;
    /** Standing of each locality's lead: a standard normal draw, scaled by the CCG's lead spread. */
    private final double[] leadStanding;
    private Continuous2D space;
    private Network network;

    private PracticeMap(double side, double[] x, double[] y, int[] locality, int[] centre, int[][] peers, double[] leadStanding) {
        this.side = side;
        this.leadStanding = leadStanding;
        this.x = x;
        this.y = y;
        this.locality = locality;
        this.centre = centre;
        this.peers = peers;
    }

    /**
     * Lays out {@code n} practices: 2n uniform draws for positions, one draw for the first
     * locality centre, one normal draw per locality for its lead's standing; the rest is geometry.
     */
    static PracticeMap lay(MersenneTwisterFast random, int n, int localities, int k) {
        return lay(random, n, localities, k, false);
    }

    /** As above; with {@code leads} one more normal draw per locality for its lead's standing (0 without). */
    static PracticeMap lay(MersenneTwisterFast random, int n, int localities, int k, boolean leads) {
        double side = Math.sqrt(Math.max(1, n));
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = side * random.nextDouble();
            y[i] = side * random.nextDouble();
        }
        int[] centre = new int[Math.min(localities, n)];
        int[] locality = localities(random, x, y, centre);
        double[] standing = new double[centre.length];
        if (leads) for (int l = 0; l < standing.length; l++) standing[l] = random.nextGaussian();
        return new PracticeMap(side, x, y, locality, centre, nearest(x, y, k), standing);
    }

    /** Locality centres spread by farthest-point choice from a random first practice; each practice joins the nearest. */
    private static int[] localities(MersenneTwisterFast random, double[] x, double[] y, int[] centre) {
        int n = x.length;
        int centres = centre.length;
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] locality = new int[n];
        centre[0] = n == 0 ? 0 : random.nextInt(n);
        for (int c = 0; c < centres; c++) {
            if (c > 0) {
                int far = 0;
                for (int i = 1; i < n; i++) if (nearest[i] > nearest[far]) far = i;
                centre[c] = far;
            }
            for (int i = 0; i < n; i++) {
                double d = distanceSq(x, y, i, centre[c]);
                if (d < nearest[i]) {
                    nearest[i] = d;
                    locality[i] = c;
                }
            }
        }
        return locality;
    }

    /** Each practice's k nearest practices (ties broken by index), nearest first. */
    private static int[][] nearest(double[] x, double[] y, int k) {
        int n = x.length;
        int kk = Math.max(0, Math.min(k, n - 1));
        int[][] result = new int[n][kk];
        double[] best = new double[kk];
        for (int i = 0; i < n; i++) {
            int[] chosen = result[i];
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double d = distanceSq(x, y, i, j);
                if (found == kk && (kk == 0 || d >= best[kk - 1])) continue;
                int pos = found < kk ? found++ : kk - 1;
                while (pos > 0 && best[pos - 1] > d) {
                    best[pos] = best[pos - 1];
                    chosen[pos] = chosen[pos - 1];
                    pos--;
                }
                best[pos] = d;
                chosen[pos] = j;
            }
        }
        return result;
    }

    private static double distanceSq(double[] x, double[] y, int i, int j) {
        double dx = x[i] - x[j], dy = y[i] - y[j];
        return dx * dx + dy * dy;
    }

    /** Puts the practices (in index order) on the MASON field and links each to its peers. */
    void place(Practice[] practices) {
        space = new Continuous2D(2.0, side, side);
        network = new Network(true);
        for (Practice p : practices) {
            space.setObjectLocation(p, new Double2D(x[p.index], y[p.index]));
            network.addNode(p);
        }
        for (Practice p : practices) for (int j : peers[p.index]) network.addEdge(p, practices[j], null);
    }

    int localityOf(int practice) { return locality[practice]; }

    /** The practice at the centre of a locality. */
    int centreOf(int locality) { return centre[locality]; }

    int localities() { return centre.length; }

    /** The standing of a locality's lead GP: a standard normal draw. */
    double leadStanding(int locality) { return leadStanding[locality]; }

    /** Indices (within the CCG) of a practice's peers. */
    int[] peersOf(int practice) { return peers[practice]; }

    public double x(int practice) { return x[practice]; }
    public double y(int practice) { return y[practice]; }

    /** The practices on the CCG's map (for the GUI: positions). */
    public Continuous2D space() { return space; }

    /** Peer links, from each practice to each of its peers (for the GUI: drawn on request). */
    public Network peerNetwork() { return network; }

    /**
     * Moran's I of {@code values} over the peer network with row-standardised weights: above 0 when
     * peers' values are alike (clustering), about −1/(n−1) when they are placed at random. 0 when
     * every value is the same or no practice has peers.
     */
    double moransI(double[] values, int n, double mean) {
        return moransI(values, n, mean, null);
    }

    /**
     * As above, and fills {@code peerMeans} (when not null) with each practice's mean of its peers'
     * values (NaN for a practice without peers): the same walk over the peers serves both, so the
     * peer pull of the next month needs no walk of its own.
     */
    double moransI(double[] values, int n, double mean, double[] peerMeans) {
        double across = 0, squares = 0;
        int withPeers = 0;
        for (int i = 0; i < n; i++) {
            double zi = values[i] - mean;
            squares += zi * zi;
            int[] ps = peers[i];
            if (ps.length == 0) {
                if (peerMeans != null) peerMeans[i] = Double.NaN;
                continue;
            }
            withPeers++;
            double lag = 0, sum = 0;
            for (int j : ps) {
                double v = values[j];
                sum += v;
                lag += v - mean;
            }
            if (peerMeans != null) peerMeans[i] = sum / ps.length;
            across += zi * lag / ps.length;
        }
        if (squares <= 1e-12 || withPeers == 0) return 0;
        return (n / (double) withPeers) * across / squares;
    }
}
