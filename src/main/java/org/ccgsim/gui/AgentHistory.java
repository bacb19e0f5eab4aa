package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.model.HealthEconomy;

/**
 * Every agent's numbers month by month, as its inspector shows them, so "Chart over time" opens
 * with the run's history instead of empty. Kept only for economies small enough to be cheap
 * (the baseline and the cluster); with all of England the chart starts when it is opened.
 * Written on the model thread at month end, read on the Swing thread: methods are synchronized.
 */
final class AgentHistory {
    static final int MAX_AGENTS = 1500;

    private record Track(PlainProperties properties, List<double[]> months) {}

    private final Map<Object, Track> tracks = new IdentityHashMap<>();
    private int firstMonth = -1;

    synchronized void clear() {
        tracks.clear();
        firstMonth = -1;
    }

    /** Records the month just ended for every agent (practices, CCGs, trusts, contracts, Area Teams). */
    synchronized void record(HealthEconomy e, int month) {
        if (e.practices().length + e.ccgs().length + e.trusts().length > MAX_AGENTS) return;
        if (firstMonth < 0) firstMonth = month;
        if (month - firstMonth != monthsRecorded()) return; // a gap (a reopened run): stop rather than misalign
        List<Object> agents = new ArrayList<>(List.of((Object[]) e.practices()));
        agents.addAll(List.of((Object[]) e.ccgs()));
        agents.addAll(List.of((Object[]) e.trusts()));
        agents.addAll(List.of((Object[]) e.areaTeams()));
        for (var c : e.ccgs()) agents.addAll(List.of((Object[]) c.contracts()));
        for (Object a : agents) {
            Track t = tracks.computeIfAbsent(a, x -> new Track(new PlainProperties(x), new ArrayList<>()));
            double[] row = new double[t.properties().numProperties()];
            for (int i = 0; i < row.length; i++) row[i] = PropertyChartInspector.valueOf(t.properties().getValue(i));
            t.months().add(row);
        }
    }

    private int monthsRecorded() {
        for (Track t : tracks.values()) return t.months().size();
        return 0;
    }

    /** The months recorded so far of an agent's property, as (month, value) pairs; empty if none. */
    synchronized double[][] of(Object agent, String propertyName) {
        Track t = tracks.get(agent);
        if (t == null) return new double[0][];
        int index = -1;
        for (int i = 0; i < t.properties().numProperties(); i++) if (t.properties().getName(i).equals(propertyName)) index = i;
        if (index < 0) return new double[0][];
        double[][] out = new double[t.months().size()][];
        for (int m = 0; m < out.length; m++) out[m] = new double[] {firstMonth + m, t.months().get(m)[index]};
        return out;
    }
}
