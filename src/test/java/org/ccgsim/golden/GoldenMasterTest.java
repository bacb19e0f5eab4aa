package org.ccgsim.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden master: a small baseline run (2 replications x 24 months, seed 20130401, one thread) made
 * through the real command-line run path must reproduce {@code monthly.csv}, {@code summary.json} and the trusts',
 * contracts' and events' files under {@code src/test/resources/golden/} byte for byte. A refactoring that changes
 * any of them has changed behaviour.
 *
 * <p>When the model changes on purpose, regenerate the files with one command, look at the
 * diff ({@code git diff src/test/resources/golden}) and commit them with the change:
 * <pre>mvn -q test -Dtest=GoldenMasterTest -Dgolden.update=true</pre>
 */
class GoldenMasterTest {
    static final Path GOLDEN = Paths.get("src/test/resources/golden");
    static final List<String> FILES = List.of("monthly.csv", "summary.json", "contracts.csv", "trusts.csv", "events.csv");
    static final String[] RUN = {"run", "scenarios/baseline.yaml", "--replications", "2", "--months", "24",
            "--seed", "20130401", "--threads", "1", "--no-report", "--quiet"};

    @TempDir Path tmp;

    @Test
    void aSmallBaselineRunReproducesTheGoldenFilesByteForByte() throws Exception {
        Path out = tmp.resolve("golden-run");
        String[] args = java.util.Arrays.copyOf(RUN, RUN.length + 2);
        args[RUN.length] = "--out";
        args[RUN.length + 1] = out.toString();
        assertEquals(0, Main.execute(args), "the run itself failed");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            for (String f : FILES) Files.copy(out.resolve(f), GOLDEN.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Golden master regenerated in " + GOLDEN.toAbsolutePath() + "; review with git diff and commit.");
            return;
        }
        StringBuilder problems = new StringBuilder();
        for (String f : FILES) {
            Path expected = GOLDEN.resolve(f);
            if (!Files.exists(expected)) {
                problems.append(f).append(": no golden file; make it with -Dgolden.update=true\n");
                continue;
            }
            String diff = diff(f, read(expected), read(out.resolve(f)));
            if (diff != null) problems.append(diff);
        }
        if (problems.length() > 0) {
            fail("The run no longer matches the golden master (behaviour changed). If the change is intended, regenerate with\n"
                    + "  mvn -q test -Dtest=GoldenMasterTest -Dgolden.update=true\n" + problems);
        }
    }

    private static List<String> read(Path p) throws IOException {
        return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n", -1));
    }

    /** The first differing lines of a file, with column names for CSV; null when identical. */
    static String diff(String name, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) return null;
        StringBuilder sb = new StringBuilder(name).append(": ").append(expected.size()).append(" lines expected, ")
                .append(actual.size()).append(" found\n");
        String[] header = name.endsWith(".csv") && !expected.isEmpty() ? expected.get(0).split(",", -1) : null;
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 5; i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (e.equals(a)) continue;
            shown++;
            sb.append("  line ").append(i + 1).append(":\n");
            if (header != null && i > 0) {
                String[] ev = e.split(",", -1), av = a.split(",", -1);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(ev.length, av.length); c++) {
                    String x = c < ev.length ? ev[c] : "", y = c < av.length ? av[c] : "";
                    String col = c < header.length ? header[c] : "column " + (c + 1);
                    if (c < 5) cells.add(col + "=" + x); // the row's key: replication, seed, month, date, ccg
                    else if (!x.equals(y)) cells.add(col + ": expected " + x + ", found " + y);
                }
                sb.append("    ").append(String.join(", ", cells)).append('\n');
            } else {
                sb.append("    expected: ").append(e).append("\n    found:    ").append(a).append('\n');
            }
        }
        return sb.toString();
    }
}
