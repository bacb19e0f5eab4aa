package org.ccgsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * manifest.json, the one writer of every folder's manifest (run, compare, sweep, sensitivity): the
 * command, the scenarios with their hashes and seeds, timings and the SHA-256 of every file in the
 * folder (sub-folders included). Written last, so a folder without it is incomplete.
 */
public final class Manifest {
    static final String SEED_DERIVATION = org.ccgsim.experiment.ReplicationSeeds.DERIVATION;

    private final ObjectNode root = Json.mapper().createObjectNode();
    private ArrayNode scenarios;
    private long startNanos = System.nanoTime();

    private Manifest(String kind, String command, String version) {
        root.put("tool", "ccgsim");
        root.put("version", version);
        if (kind != null) root.put("kind", kind);
        root.put("command", command);
    }

    /** A run folder's manifest: one scenario, described at the top level (see RunWriter). */
    static Manifest run(String command, String version) {
        return new Manifest(null, command, version);
    }

    /** Times the folder from {@code nanos} (System.nanoTime) rather than from this manifest's making. */
    public Manifest startedAt(long nanos) {
        startNanos = nanos;
        return this;
    }

    /** A compare, sweep or sensitivity folder's manifest: its scenarios listed. */
    public static Manifest experiment(String kind, String command, String version) {
        Manifest m = new Manifest(kind, command, version);
        m.root.put("seed_derivation", SEED_DERIVATION);
        m.scenarios = m.root.putArray("scenarios");
        return m;
    }

    public Manifest scenario(String name, String sha256, long seed, List<Long> replicationSeeds) {
        ObjectNode s = scenarios.addObject();
        s.put("name", name);
        s.put("sha256", sha256);
        s.put("seed", seed);
        ArrayNode a = s.putArray("replication_seeds");
        for (long x : replicationSeeds) a.add(x);
        return this;
    }

    /** Extra top-level facts (design, method, ...). */
    public ObjectNode root() { return root; }

    /** Adds the thread count, timings and checksums and writes dir/manifest.json. */
    public void write(Path dir, int threads) throws IOException {
        root.put("threads", threads);
        write(dir);
    }

    /** Adds timings and checksums and writes dir/manifest.json. */
    void write(Path dir) throws IOException {
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
            if (name.equals("manifest.json") || Journal.notResult(name)) continue; // the journal and marker are about the folder, not results
            files.put(name, sha256(p));
        }
        Json.write(dir.resolve("manifest.json"), root);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
