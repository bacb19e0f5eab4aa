package org.ccgsim.output;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.experiment.Shard;

/**
 * A shard's part folder: {@code replications.bin.gz}, every replication result the shard ran with
 * its numbers to the last bit (so a merge computes the same statistics as the unsplit run), and
 * {@code manifest.json}, written last, saying which experiment and which share of it the part is.
 */
public final class PartWriter implements Experiment.PointSink, AutoCloseable {
    public static final String RESULTS = "replications.bin.gz";
    static final int MAGIC = 0x43434750; // "CCGP"
    static final int FORMAT = 1;

    private final Path dir;
    private final boolean numbersOnly;
    private final DataOutputStream out;
    private long written;
    private final long startNanos = System.nanoTime();

    /**
     * @param numbersOnly keep only the economy-wide unit's final-year values (sweeps and sensitivity
     *                    need no more); otherwise everything a run folder is written from
     */
    public PartWriter(Path dir, boolean numbersOnly) throws IOException {
        this.dir = dir;
        this.numbersOnly = numbersOnly;
        out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(dir.resolve(RESULTS)), 1 << 16), 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeBoolean(numbersOnly);
    }

    @Override
    public void accept(int point, ReplicationResult r) throws IOException {
        out.writeBoolean(true); // another record follows
        written++;
        out.writeInt(point);
        out.writeInt(r.replication);
        out.writeLong(r.seed);
        out.writeLong(r.ledgerImbalance);
        if (numbersOnly) {
            int main = 0;
            for (int u = 0; u < r.units.length; u++) if (r.units[u].equals("all")) main = u;
            out.writeInt(1);
            out.writeUTF(r.units[main]);
            doubles(r.finalYear[main]);
            return;
        }
        out.writeInt(r.units.length);
        for (String u : r.units) out.writeUTF(u);
        for (double[] row : r.finalYear) doubles(row);
        out.writeInt(r.monthly[0].length);
        for (double[][] unit : r.monthly) for (double[] month : unit) doubles(month);
        RunRows rows = (RunRows) r.rows;
        for (CharSequence text : new CharSequence[] {rows.contractRows, rows.trustRows, rows.eventRows, rows.practiceRows}) {
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private void doubles(double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) out.writeLong(Double.doubleToRawLongBits(x));
    }

    /** Facts of the whole experiment this part belongs to, recorded in its manifest. */
    public record Identity(String kind, String command, List<String> arguments, List<ScenarioFacts> scenarios, long replications) {}

    /** A scenario of the experiment: its name, resolved YAML's SHA-256, seed and replication seeds. */
    public record ScenarioFacts(String name, String sha256, long seed, List<Long> replicationSeeds) {}

    /** Ends the results and writes the manifest, last (the one manifest writer: kind "part"). */
    public void finish(Identity experiment, Shard shard, String version, int threads) throws IOException {
        close();
        Manifest manifest = Manifest.experiment("part", experiment.command(), version).startedAt(startNanos);
        for (ScenarioFacts s : experiment.scenarios()) manifest.scenario(s.name(), s.sha256(), s.seed(), s.replicationSeeds());
        ObjectNode root = manifest.root();
        root.put("experiment", experiment.kind());
        ArrayNode args = root.putArray("arguments");
        experiment.arguments().forEach(args::add);
        root.put("shard", shard.toString());
        root.put("shard_index", shard.index());
        root.put("shard_count", shard.count());
        root.put("replications_total", experiment.replications());
        root.put("replications_from", shard.from(experiment.replications()));
        root.put("replications_to", shard.to(experiment.replications()));
        manifest.write(dir, threads);
    }

    private boolean closed;

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        out.writeBoolean(false); // no more records
        out.close();
    }

    public long written() { return written; }
}
