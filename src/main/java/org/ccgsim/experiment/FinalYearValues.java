package org.ccgsim.experiment;

import org.ccgsim.outcome.Statistics;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps only each replication's final-year values (small), optionally passing every
 * result on to another sink (a run folder's writer) as well.
 */
public final class FinalYearValues implements ReplicationSink {
    private final ReplicationSink next;
    private String[] units;
    private final List<Long> seeds = new ArrayList<>();
    /** Per replication, [unit][outcome]. */
    private final List<double[][]> values = new ArrayList<>();

    public FinalYearValues() { this(null); }

    public FinalYearValues(ReplicationSink next) { this.next = next; }

    @Override
    public void accept(ReplicationResult r) throws Exception {
        if (units == null) units = r.units;
        seeds.add(r.seed);
        values.add(r.finalYear);
        if (next != null) next.accept(r);
    }

    /** Values read back from a journal (output.Journal), exactly as they were produced. */
    public static FinalYearValues restored(String[] units, List<Long> seeds, List<double[][]> values) {
        FinalYearValues v = new FinalYearValues();
        v.units = units;
        v.seeds.addAll(seeds);
        v.values.addAll(values);
        return v;
    }

    /** Outcomes per unit. */
    public int outcomes() { return values.isEmpty() ? 0 : values.get(0)[0].length; }

    public String[] units() { return units; }
    public List<Long> seeds() { return seeds; }
    public int replications() { return values.size(); }

    /** Index of a unit, or -1. */
    public int unit(String id) {
        for (int u = 0; u < units.length; u++) if (units[u].equals(id)) return u;
        return -1;
    }

    /** The economy-wide unit: "all" when there are several CCGs, else the only CCG. */
    public int mainUnit() {
        int all = unit("all");
        return all >= 0 ? all : 0;
    }

    /** Final-year value of replication {@code rep}, unit {@code unit}, outcome index {@code outcome}. */
    public double value(int rep, int unit, int outcome) { return values.get(rep)[unit][outcome]; }

    public Statistics statistics(int unit, int outcome) {
        Statistics s = new Statistics();
        for (double[][] v : values) s.add(v[unit][outcome]);
        return s;
    }
}
