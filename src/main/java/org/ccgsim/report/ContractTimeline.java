package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contract states of one replication (the first) from contracts.csv, condensed into spells:
 * consecutive months of the same state for one CCG-trust pair. Other replications are skipped
 * while streaming, so memory stays small for long runs.
 */
public record ContractTimeline(int replication, List<String> pairs, List<Spell> spells) {

    /** Months {@code from} to {@code toExclusive} of one state for one pair (index into {@link #pairs}). */
    public record Spell(int pair, int from, int toExclusive, String state) {
    }

    public static ContractTimeline read(Path file) throws IOException {
        int replication = Integer.MAX_VALUE;
        Map<String, TreeMap<Integer, String>> byPair = new TreeMap<>();
        try (CSVParser p = Csv.open(file)) {
            for (CSVRecord r : p) {
                int rep = Csv.integer(r, "replication");
                if (rep > replication) {
                    continue;
                }
                if (rep < replication) { // normally replication 0 comes first; keep the lowest seen
                    replication = rep;
                    byPair.clear();
                }
                String pair = Csv.text(r, "ccg") + " – " + Csv.text(r, "trust");
                byPair.computeIfAbsent(pair, k -> new TreeMap<>()).put(Csv.integer(r, "month"), Csv.text(r, "state"));
            }
        }
        List<String> pairs = new ArrayList<>(byPair.keySet());
        List<Spell> spells = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            int start = -1;
            int prev = -2;
            String state = null;
            for (Map.Entry<Integer, String> e : byPair.get(pairs.get(i)).entrySet()) {
                int m = e.getKey();
                if (state != null && (!e.getValue().equals(state) || m != prev + 1)) {
                    spells.add(new Spell(i, start, prev + 1, state));
                    state = null;
                }
                if (state == null) {
                    state = e.getValue();
                    start = m;
                }
                prev = m;
            }
            if (state != null) {
                spells.add(new Spell(i, start, prev + 1, state));
            }
        }
        return new ContractTimeline(replication == Integer.MAX_VALUE ? 0 : replication, List.copyOf(pairs), List.copyOf(spells));
    }
}
