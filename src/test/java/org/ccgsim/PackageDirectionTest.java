package org.ccgsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies between packages run one way: outcome (the leaf every layer shares) &lt;- scenario
 * &lt;- model &lt;- experiment &lt;- validation &lt;- output, chart, report &lt;- cli, gui, bench. The
 * test reads every main source file's references to {@code org.ccgsim.<package>} (imports and
 * qualified names, string literals left out) and fails on any that the table below does not allow.
 */
class PackageDirectionTest {
    /** What each package may use (besides itself). A new package must be placed here. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("outcome", Set.of()),
            Map.entry("scenario", Set.of("outcome")),
            Map.entry("model", Set.of("outcome", "scenario")),
            Map.entry("experiment", Set.of("outcome", "scenario", "model")),
            Map.entry("validation", Set.of("outcome", "scenario", "model", "experiment")),
            Map.entry("output", Set.of("outcome", "scenario", "model", "experiment", "validation")),
            Map.entry("chart", Set.of("outcome", "scenario")),
            Map.entry("report", Set.of("outcome", "scenario", "chart")),
            Map.entry("bench", Set.of("outcome", "scenario", "model", "experiment", "output", "chart")),
            Map.entry("gui", Set.of("outcome", "scenario", "model", "experiment", "chart")),
            Map.entry("cli", Set.of("outcome", "scenario", "model", "experiment", "validation", "output", "chart", "report", "bench", "gui")));

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.ccgsim\\.([a-z]+)\\.");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    /** package -> packages it uses -> a file that uses it */
    static Map<String, Map<String, String>> uses() throws IOException {
        Path root = Path.of("src/main/java/org/ccgsim");
        Map<String, Map<String, String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String pkg = root.relativize(f).getName(0).toString();
            Map<String, String> used = uses.computeIfAbsent(pkg, k -> new TreeMap<>());
            String code = STRING.matcher(Files.readString(f)).replaceAll("\"\"");
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) used.putIfAbsent(m.group(1), f.getFileName().toString());
            }
        }
        return uses;
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var e : uses().entrySet()) {
            Set<String> allowed = ALLOWED.get(e.getKey());
            assertTrue(allowed != null, "package " + e.getKey() + " is not placed in PackageDirectionTest.ALLOWED");
            for (var used : e.getValue().entrySet()) {
                if (!allowed.contains(used.getKey())) {
                    wrong.add(e.getKey() + " -> " + used.getKey() + " (" + used.getValue() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "dependencies against the direction");
    }

    @Test
    void theAllowedTableItselfHasNoCycle() {
        Set<String> done = new TreeSet<>();
        for (String p : ALLOWED.keySet()) visit(p, new TreeSet<>(), done);
    }

    private static void visit(String p, Set<String> path, Set<String> done) {
        if (done.contains(p)) return;
        assertTrue(path.add(p), "cycle through " + path);
        for (String q : ALLOWED.get(p)) visit(q, path, done);
        path.remove(p);
        done.add(p);
    }
}
