package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** bench.json (the benchmark's results as they are) and bench.md (its table for docs/performance.md). */
public final class BenchWriter {
    private BenchWriter() {}

    public static void write(Path dir, Object results, String markdown) throws IOException {
        Files.writeString(dir.resolve("bench.json"), Json.mapper().writeValueAsString(results) + "\n");
        Files.writeString(dir.resolve("bench.md"), markdown, StandardCharsets.UTF_8);
    }
}
