package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.scenario.Problems.Loc;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One load of a scenario: the merged tree, where each key and value came from, and the problems found so far. */
final class LoadState {
    final String topLabel;
    final Problems problems = new Problems();
    ObjectNode root;
    final Map<String, Loc> keys = new HashMap<>();
    final Map<String, Loc> values = new HashMap<>();

    LoadState(String topLabel) {
        this.topLabel = topLabel;
    }

    Loc keyLoc(String ptr) {
        Loc l = keys.get(ptr);
        return l != null ? l : valueLoc(ptr);
    }

    Loc valueLoc(String ptr) {
        for (String p = ptr; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Loc l = values.get(p);
            if (l != null) return l;
            l = keys.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return Loc.of(topLabel);
        }
    }

    static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
