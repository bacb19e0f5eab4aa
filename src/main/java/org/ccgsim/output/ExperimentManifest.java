package org.ccgsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * manifest.json for a compare, sweep or sensitivity folder: the command, the scenarios with their
 * hashes and seeds, and the SHA-256 of every file in the folder (sub-folders included). Written last.
 */
public final class ExperimentManifest {
    private final ObjectNode root = Json.mapper().createObjectNode();
    private final ArrayNode scenarios;
    private long startNanos = System.nanoTime();

    public ExperimentManifest(String kind, String command, String version) {
        root.put("tool", "ccgsim");
        root.put("version", version);
        root.put("kind", kind);
        root.put("command", command);
        root.put("seed_derivation", org.ccgsim.experiment.ReplicationSeeds.DERIVATION);
        scenarios = root.putArray("scenarios");
    }

    public ExperimentManifest scenario(String name, String sha256, long seed, List<Long> replicationSeeds) {
        ObjectNode s = scenarios.addObject();
        s.put("name", name);
        s.put("sha256", sha256);
        s.put("seed", seed);
        ArrayNode a = s.putArray("replication_seeds");
        for (long x : replicationSeeds) a.add(x);
        return this;
    }

    /** When the experiment began (System.nanoTime()), if before this manifest was made: wall_seconds counts from it. */
    public ExperimentManifest started(long nanos) {
        startNanos = nanos;
        return this;
    }

    /** Extra top-level facts (design, method, ...). */
    public ObjectNode root() { return root; }

    public void write(Path dir, int threads) throws IOException {
        root.put("threads", threads);
        ObjectNode timings = root.putObject("timings");
        timings.put("wall_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3);
        timings.put("finished_utc", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ObjectNode files = root.putObject("files");
        List<Path> paths;
        try (var stream = Files.walk(dir)) {
            paths = stream.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : paths) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (name.equals("manifest.json") || Journal.notResult(name)) continue;
            files.put(name, RunWriter.sha256(p));
        }
        Json.write(dir.resolve("manifest.json"), root);
    }
}
