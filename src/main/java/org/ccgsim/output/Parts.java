package org.ccgsim.output;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.ReplicationSource;
import org.ccgsim.scenario.Scenario;

/**
 * The part folders of one split experiment, checked to fit together (same command, scenarios and
 * seeds, one of each shard, none missing, untouched), handing over their results in the order the
 * unsplit experiment makes them.
 */
public final class Parts implements ReplicationSource, AutoCloseable {
    /** A set of parts that do not make one whole experiment. */
    public static final class MismatchException extends IOException {
        public MismatchException(String message) { super(message); }
    }

    /** One part folder's manifest. */
    public record Part(Path dir, JsonNode manifest) {
        public int index() { return manifest.path("shard_index").asInt(); }
        public int count() { return manifest.path("shard_count").asInt(); }
        public String experiment() { return manifest.path("experiment").asText(); }
        public List<String> arguments() {
            List<String> a = new ArrayList<>();
            manifest.path("arguments").forEach(n -> a.add(n.asText()));
            return a;
        }
    }

    private final List<Part> parts;
    private int current = -1;
    private DataInputStream in;
    private boolean numbersOnly;
    private int point = -1;
    private long handedOver;

    private Parts(List<Part> parts) { this.parts = parts; }

    /** Reads and checks the parts; they are handed over in shard order whatever order they are given in. */
    public static Parts open(List<Path> dirs) throws IOException {
        if (dirs.isEmpty()) throw new MismatchException("merge: no parts given");
        List<Part> parts = new ArrayList<>();
        for (Path d : dirs) parts.add(read(d));
        Part first = parts.get(0);
        for (Part p : parts.subList(1, parts.size())) {
            String differs = null;
            if (!p.experiment().equals(first.experiment())) differs = "it is a part of a " + p.experiment() + ", not a " + first.experiment();
            else if (!p.arguments().equals(first.arguments())) differs = "its command differs: '" + p.manifest.path("command").asText() + "'";
            else if (!p.manifest.path("scenarios").equals(first.manifest.path("scenarios"))) differs = "its scenarios' hashes or seeds differ";
            else if (p.count() != first.count()) differs = "it is shard " + p.index() + "/" + p.count() + " of a split into " + p.count() + ", not " + first.count();
            else if (p.manifest.path("replications_total").asLong() != first.manifest.path("replications_total").asLong()) differs = "its number of replications differs";
            if (differs != null) {
                throw new MismatchException("merge: " + p.dir + " is not part of the same experiment as " + first.dir + ": " + differs
                        + " (command of " + first.dir + ": '" + first.manifest.path("command").asText() + "')");
            }
        }
        Part[] byIndex = new Part[first.count() + 1];
        for (Part p : parts) {
            if (byIndex[p.index()] != null) {
                throw new MismatchException("merge: shard " + p.index() + "/" + p.count() + " is given twice: " + byIndex[p.index()].dir + " and " + p.dir);
            }
            byIndex[p.index()] = p;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= first.count(); i++) if (byIndex[i] == null) missing.add(i + "/" + first.count());
        if (!missing.isEmpty()) throw new MismatchException("merge: missing shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + " of " + first.manifest.path("command").asText());
        List<Part> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(Part::index));
        return new Parts(ordered);
    }

    private static Part read(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw new MismatchException("merge: " + dir + " has no manifest.json: not a finished part (did its shard fail or is it still running?)");
        }
        JsonNode m;
        try {
            m = Json.mapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new MismatchException("merge: " + manifest + ": not readable JSON: " + e.getMessage());
        }
        if (!"part".equals(m.path("kind").asText())) throw new MismatchException("merge: " + dir + " is not a part folder (its manifest's kind is '"
                + m.path("kind").asText() + "'; parts are written by a command given --shard i/N)");
        String want = m.path("files").path(PartWriter.RESULTS).asText();
        Path results = dir.resolve(PartWriter.RESULTS);
        if (!Files.isRegularFile(results)) throw new MismatchException("merge: " + dir + ": " + PartWriter.RESULTS + " is missing");
        if (!Manifest.sha256(results).equals(want)) {
            throw new MismatchException("merge: " + results + " does not match its manifest's checksum: the part was changed or cut short");
        }
        return new Part(dir, m);
    }

    public List<Part> parts() { return parts; }
    public Part first() { return parts.get(0); }
    public List<String> arguments() { return first().arguments(); }

    /** The recorded SHA-256 of each scenario the experiment loaded, in order. */
    public List<String> scenarioHashes() {
        List<String> h = new ArrayList<>();
        first().manifest.path("scenarios").forEach(n -> h.add(n.path("sha256").asText()));
        return h;
    }

    @Override
    public ReplicationResult next(Scenario scenario, int replication) throws IOException {
        if (replication == 0) point++;
        while (in == null || !in.readBoolean()) {
            if (in != null) in.close();
            in = null;
            if (++current >= parts.size()) throw new MismatchException("merge: the parts hold fewer replications than the experiment needs");
            openResults(parts.get(current));
        }
        int p = in.readInt(), k = in.readInt();
        long seed = in.readLong(), ledger = in.readLong();
        if (p != point || k != replication || seed != ReplicationSeeds.seed(scenario.seed, replication)) {
            throw new MismatchException("merge: " + parts.get(current).dir + " holds replication " + k + " of point " + p
                    + " where the experiment needs replication " + replication + " of point " + point);
        }
        String[] units = new String[in.readInt()];
        for (int u = 0; u < units.length; u++) units[u] = in.readUTF();
        double[][] finalYear = new double[units.length][];
        for (int u = 0; u < units.length; u++) finalYear[u] = doubles();
        double[][][] monthly = null;
        RunRows rows = null;
        if (!numbersOnly) {
            rows = new RunRows(k);
            int months = in.readInt();
            monthly = new double[units.length][months][];
            for (int u = 0; u < units.length; u++) for (int m = 0; m < months; m++) monthly[u][m] = doubles();
            for (StringBuilder text : new StringBuilder[] {rows.contractRows, rows.trustRows, rows.eventRows, rows.practiceRows}) {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                text.append(new String(b, StandardCharsets.UTF_8));
            }
        }
        handedOver++;
        return new ReplicationResult(k, seed, units, monthly, finalYear, rows, ledger);
    }

    private double[] doubles() throws IOException {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) v[i] = Double.longBitsToDouble(in.readLong());
        return v;
    }

    private void openResults(Part part) throws IOException {
        in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(part.dir.resolve(PartWriter.RESULTS)), 1 << 16), 1 << 16));
        if (in.readInt() != PartWriter.MAGIC || in.readInt() != PartWriter.FORMAT) {
            throw new MismatchException("merge: " + part.dir + ": " + PartWriter.RESULTS + " is not a ccgsim part of this version");
        }
        numbersOnly = in.readBoolean();
    }

    /** Checks every recorded replication was handed over. */
    public void finish() throws IOException {
        long total = first().manifest.path("replications_total").asLong();
        if (handedOver != total) throw new MismatchException("merge: the experiment used " + handedOver + " of the parts' " + total + " replications");
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
    }
}
