package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is told clearly and briefly: every problem of a file in one pass, each with file, line
 * and column, no internal API, no more than a short excerpt of a value, and never the content of a
 * file that is not a scenario.
 */
class BadInputMessagesTest {
    @TempDir Path tmp;

    private static final Pattern LOCATED = Pattern.compile("^.+\\.yaml:\\d+:\\d+: .+");

    private Cli.Result validate(String name, byte[] content) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, content);
        return Cli.run("validate", f.toString());
    }

    private Cli.Result validate(String name, String content) throws Exception {
        return validate(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void clean(Cli.Result r) {
        assertEquals(2, r.code(), r.toString());
        assertFalse(r.hasTrace(), r.toString());
        for (String line : r.err().strip().split("\n")) {
            assertTrue(LOCATED.matcher(line).matches(), "file, line and column: " + line);
            for (String internal : new String[]{"StreamReadConstraints", "com.fasterxml", "Exception", "java.", "`"}) {
                assertFalse(line.contains(internal), "no internal API in: " + line);
            }
        }
    }

    @Test
    void anUnknownKeyDoesNotHideBadEventMonthsAndPaths() throws Exception {
        Cli.Result r = validate("multi.yaml", "name: x\nfoo: 1\nmonths: 24\nevents:\n  - at: 2099-01\n    set: {nope.x: 1}\n"
                + "  - at: 2014-01\n    set: {ccg.management.style: bossy}\n");
        clean(r);
        for (String expected : new String[]{":2:1: unknown key 'foo'", "events[0].at", "nope.x", "bossy"}) {
            assertTrue(r.err().contains(expected), expected + " in " + r);
        }
    }

    @Test
    void hugeNumbersAndNonUtf8BytesGetALineAndColumn() throws Exception {
        Cli.Result big = validate("big.yaml", "name: x\nmonths: " + "9".repeat(150) + "\n");
        clean(big);
        assertTrue(big.err().contains("big.yaml:2:"), big.toString());
        byte[] latin1 = "name: caf\u00e9\nmonths: 24\n".getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result bytes = validate("latin.yaml", latin1);
        clean(bytes);
        assertTrue(bytes.err().contains("latin.yaml:1:10:"), bytes.toString());
    }

    @Test
    void extendsNeverEchoesAFileThatIsNotAScenario() throws Exception {
        Files.writeString(tmp.resolve(".env"), "SECRET=hunter2-env\n");
        Files.writeString(tmp.resolve("config.yaml"), "password: hunter2-yaml\ntoken: abc\n");
        for (String target : new String[]{".env", "/etc/passwd", "config.yaml", "\"a\\0b.yaml\"", "\"\\uD800.yaml\""}) {
            Cli.Result r = validate("ext.yaml", "extends: " + target + "\nname: x\n");
            clean(r);
            assertFalse(r.err().contains("hunter2") || r.err().contains("root:") || r.err().contains("password"), target + ": " + r);
        }
    }

    @Test
    void longValuesAreShownAsAShortExcerpt() throws Exception {
        Cli.Result r = validate("long.yaml", "name: x\nmonths: '" + "b".repeat(5000) + "'\nccg:\n  name: '" + "n".repeat(400) + "'\n");
        clean(r);
        for (String line : r.err().split("\n")) assertTrue(line.length() < 400, line);
        Cli.Result set = Cli.run("run", "scenarios/baseline.yaml", "--set", "months=" + "d".repeat(3000), "--out", tmp.resolve("o").toString());
        assertEquals(2, set.code());
        assertTrue(set.err().length() < 600, set.toString());
    }

    @Test
    void aShareWithinTheLoadersToleranceRunsBecauseTheModelTrustsTheLoader() throws Exception {
        Path f = tmp.resolve("shares.yaml");
        Files.writeString(f, "extends: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nname: shares\n"
                + "trusts:\n  - id: a\n    serves: {stoke: 0.4995}\n  - id: b\n    serves: {stoke: 0.5}\n");
        Cli.Result r = Cli.run("run", f.toString(), "--replications", "1", "--months", "2", "--threads", "1", "--quiet", "--no-report",
                "--out", tmp.resolve("run").toString());
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void sizesAreCheckedBeforeAnythingRunsAndNoFolderIsLeft() {
        String[][] cases = {
                {"run", "scenarios/baseline.yaml", "--threads", "536870912"},
                {"replications", "scenarios/baseline.yaml", "--outcome", "engagement_mean", "--precision", "Infinity"},
                {"sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1", "--design", "lhs", "--samples", "2000000000"},
                {"sensitivity", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1", "--trajectories", "2000000000"},
                {"run", "scenarios/baseline.yaml", "--set", "name=\uD800"},
                {"compare", "scenarios/baseline.yaml", "scenarios/baseline.yaml", "--set", "name=..", "--replications", "1", "--months", "2",
                        "--threads", "1"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("out");
            String[] args = java.util.Arrays.copyOf(c, c.length + 3);
            args[c.length] = "--out";
            args[c.length + 1] = out.toString();
            args[c.length + 2] = "--quiet";
            if (c[0].equals("replications")) args = java.util.Arrays.copyOf(c, c.length); // no --out
            Cli.Result r = Cli.run(args);
            if (c[0].equals("compare")) {
                assertEquals(0, r.code(), r.toString());
                assertTrue(Files.isDirectory(out.resolve("scenario")) || Files.isDirectory(out.resolve("scenario-2")), "'..' is not a folder name");
                assertTrue(Files.exists(out.resolve("report.html")), "the comparison's report is its own");
                continue;
            }
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r);
            assertFalse(r.hasTrace(), r.toString());
            assertFalse(Files.exists(out), "no folder left: " + String.join(" ", c));
        }
    }
}
