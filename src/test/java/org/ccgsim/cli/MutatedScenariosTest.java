package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz test: the shipped scenarios, mutated at random (values swapped for hostile ones,
 * lines dropped, doubled, re-indented or cut, foreign extends, broken bytes), through validate and
 * run. Whatever the mutation, the answer is exit 0 or 2, never 1; no stack trace; no folder left
 * after a refusal; and a bounded time. The seed is fixed, so a failure names a case that repeats.
 */
class MutatedScenariosTest {
    @TempDir Path tmp;

    private static final long SEED = 20130401L;
    private static final int VALIDATE_CASES = 300, RUN_CASES = 12;

    private static final String[] HOSTILE = {
            "9".repeat(150), "-1", "0", "1e308", "-1e308", ".nan", ".inf", "-.inf", "", "[]", "{}", "[1, [2, [3]]]", "~", "0.9995",
            "true", "'x'", "\"\\uD800\"", "\"a\\0b\"", "x".repeat(5000), "2099-01", "2013-03", "0x10", "1_000", "&a 1", "*a",
            "!!binary aGk=", "'; rm -rf /'", "\"%s%n%d\"", "1.0000000001", "2147483648", "-2147483649", "9223372036854775808"};

    private List<Path> sources() throws Exception {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(Path.of("scenarios"))) {
            for (Path p : s.sorted().toList()) if (!p.getFileName().toString().startsWith("england")) out.add(p);
        }
        return out;
    }

    /** One random mutation of a scenario's text, as bytes. */
    private static byte[] mutate(String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = 1 + r.nextInt(3);
        for (int m = 0; m < n && !lines.isEmpty(); m++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(9)) {
                case 0, 1, 2 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) lines.set(i, line.substring(0, colon + 2) + HOSTILE[r.nextInt(HOSTILE.length)]);
                }
                case 3 -> lines.remove(i);
                case 4 -> lines.add(i, line);
                case 5 -> lines.set(i, " ".repeat(r.nextInt(5)) + line.strip());
                case 6 -> lines.add(i, "unknownKey" + r.nextInt(10) + ": 1");
                case 7 -> lines.add(0, "extends: " + List.of("/etc/passwd", "../pom.xml", "/etc/hostname.yaml", "missing.yaml",
                        "../scenarios/baseline.yaml", "\"a\\0b.yaml\"", "\"\\uDC00.yaml\"").get(r.nextInt(7)));
                default -> lines.set(i, line.substring(0, r.nextInt(line.length() + 1)));
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(20) == 0 && bytes.length > 0) bytes[r.nextInt(bytes.length)] = (byte) 0xC3; // a broken UTF-8 sequence
        return bytes;
    }

    private static void check(Cli.Result r, String what, byte[] mutated) {
        String shown = what + "\n--- mutated scenario ---\n" + new String(mutated, StandardCharsets.UTF_8) + "\n--- result ---\n" + r;
        if (r.code() != 0 && r.code() != 2) fail("exit " + r.code() + " (1 is a bug) for " + shown);
        assertFalse(r.hasTrace(), "no stack trace for " + shown);
        for (String line : r.err().split("\n")) assertTrue(line.length() <= 1100, "a short message for " + shown);
    }

    @Test
    void mutatedScenariosAreAcceptedOrRefusedCleanlyNeverAFault() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Path> sources = sources();
        Path dir = Files.createDirectories(tmp.resolve("scenarios"));
        for (int c = 0; c < VALIDATE_CASES; c++) {
            Path source = sources.get(random.nextInt(sources.size()));
            byte[] mutated = mutate(Files.readString(source), random);
            Path file = dir.resolve("case-" + c + ".yaml");
            Files.write(file, mutated);
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("validate", file.toString()));
            check(r, "validate case " + c + " (from " + source.getFileName() + ")", mutated);
        }
        for (int c = 0; c < RUN_CASES; c++) {
            Path source = sources.get(random.nextInt(sources.size()));
            byte[] mutated = mutate(Files.readString(source), random);
            Path file = dir.resolve("run-" + c + ".yaml");
            Files.write(file, mutated);
            Path out = tmp.resolve("out-" + c);
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("run", file.toString(), "--replications", "1",
                    "--months", "3", "--threads", "1", "--quiet", "--no-report", "--out", out.toString()));
            check(r, "run case " + c + " (from " + source.getFileName() + ")", mutated);
            if (r.code() == 0) assertTrue(Files.exists(out.resolve("manifest.json")), "a finished folder for run case " + c);
            else assertFalse(Files.exists(out), "no folder left after a refusal, run case " + c + ": " + r);
        }
    }
}
