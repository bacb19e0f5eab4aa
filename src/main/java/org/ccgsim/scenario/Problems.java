package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the problems found in a scenario so that a researcher sees them all at once, not one per run. */
final class Problems {
    static final int MAX = 20;

    /** Where a problem is: a file position (1-based) or, with line 0, just a label such as a --set argument. */
    record Loc(String source, int line, int column) {
        static Loc of(String label) { return new Loc(label, 0, 0); }

        @Override public String toString() {
            return line > 0 ? source + ":" + line + ":" + column : source;
        }
    }

    private record Entry(Loc loc, String text) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> sourceOrder = new LinkedHashMap<>();
    private int dropped;

    /** Adds "loc: field 'x': message" (no field part when {@code field} is null or empty). */
    void add(Loc loc, String field, String message) {
        if (entries.size() >= MAX) { dropped++; return; }
        String where = field == null || field.isEmpty() ? "" : "field '" + Excerpt.of(field) + "': ";
        sourceOrder.putIfAbsent(loc.source(), sourceOrder.size());
        entries.add(new Entry(loc, Excerpt.message(loc + ": " + where + message)));
    }

    boolean any() { return !entries.isEmpty(); }

    /** Throws all problems, each file's in the order of its lines, so they read top to bottom. */
    void throwIfAny() throws ScenarioException {
        if (entries.isEmpty()) return;
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.<Entry>comparingInt(e -> sourceOrder.get(e.loc().source()))
                .thenComparingInt(e -> e.loc().line()).thenComparingInt(e -> e.loc().column()));
        List<String> all = new ArrayList<>();
        for (Entry e : sorted) all.add(e.text());
        if (dropped > 0) all.add("... and " + dropped + " more problem" + (dropped == 1 ? "" : "s") + " (fix these first)");
        throw new ScenarioException(all);
    }
}
