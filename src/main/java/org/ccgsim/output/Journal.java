package org.ccgsim.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.experiment.ReplicationResult;

/**
 * What an unfinished run has done, so {@code --resume} can finish it: an append-only file of
 * records (length, bytes, CRC-32), each forced to the disk as it is written. The first record says
 * what the folder is for (the command and the resolved scenario's hash); the rest are finished
 * replications or design points, in order. A record cut short by a kill is dropped on reading, and
 * the work it held is simply done again, so a resumed run gives the very same results.
 *
 * <p>Resuming replays the recorded results through the same writers in the same order, then runs
 * the rest, so every output file is rewritten from scratch and comes out byte for byte as in an
 * uninterrupted run. The journal is deleted once the folder's manifest is written.
 */
public final class Journal implements AutoCloseable {
    public static final String FILE = "resume.journal";
    private static final int MAX_RECORD = 1 << 30;

    private final FileChannel channel;
    private final int replayed;

    private Journal(FileChannel channel, int replayed) {
        this.channel = channel;
        this.replayed = replayed;
    }

    /** Receives each recorded item when a journal is resumed, in order. */
    public interface Replay {
        void accept(byte[] record) throws Exception;
    }

    /** Starts the journal of a new folder. */
    public static Journal create(Path dir, String identity) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Journal j = new Journal(ch, 0);
        j.append(identity.getBytes(StandardCharsets.UTF_8));
        return j;
    }

    /** True when {@code dir} holds a journal (an unfinished folder that can be resumed). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Opens the journal of an unfinished folder for resuming: keeps the whole records (dropping a
     * torn tail) and appends after them.
     *
     * @throws OutputFolders.OutputFolderException when the folder was started for another command or scenario
     */
    public static Journal resume(Path dir, String identity, Replay replay) throws Exception {
        Path file = dir.resolve(FILE);
        int records = 0;
        long good = 0;
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            long size = Files.size(file);
            while (good + 8 <= size) {
                int length = in.readInt();
                if (length < 0 || length > MAX_RECORD || good + 8L + length > size) break;
                byte[] b = new byte[length];
                in.readFully(b);
                int crc = in.readInt();
                if (crc != crc(b)) break;
                if (records == 0 && !new String(b, StandardCharsets.UTF_8).equals(identity)) {
                    throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": the folder was started by "
                            + "a different command, scenario or options; resume it with the command that started it, with --resume DIR "
                            + "in place of --out DIR");
                }
                if (records > 0) replay.accept(b);
                records++;
                good += 8L + length; // length field (4) + bytes + crc (4)
            }
        }
        if (records == 0) {
            throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": the journal is empty or damaged; "
                    + "start the run again with --out");
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        ch.truncate(good);
        ch.position(good);
        ch.force(true);
        return new Journal(ch, records - 1);
    }

    /** How many finished items were replayed when the journal was resumed (0 for a new one). */
    public int replayed() { return replayed; }

    /** Records one finished item and forces it to the disk before returning. */
    public synchronized void append(byte[] record) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 + record.length + 4);
        buf.putInt(record.length).put(record).putInt(crc(record)).flip();
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
    }

    private static int crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return (int) c.getValue();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // every record was forced to the disk as it was written; nothing is lost by a failed close
        }
    }

    /** Deletes every journal under {@code dir}: called once the folder's manifest is written. */
    public static void finished(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().equals(FILE)).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * Makes an unfinished folder ready to be written again: checks it is a ccgsim folder with a
     * journal and no manifest, then deletes every file but the marker and the journals.
     */
    public static void prepareResume(Path dir) throws IOException {
        OutputFolders.refuseDangerous(dir);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": no such output folder");
        }
        if (Files.exists(dir.resolve("manifest.json"))) {
            throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": the folder is finished (it has "
                    + "its manifest); there is nothing to resume");
        }
        String why = OutputFolders.whyNotOurs(dir);
        if (why != null) throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": not an unfinished ccgsim folder (it " + why + ")");
        if (!exists(dir)) {
            throw new OutputFolders.OutputFolderException("--resume " + OutputFolders.shown(dir) + ": the folder has no " + FILE
                    + " (it was not started by run, compare, sweep or sensitivity, or it finished); start it again with --out");
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (p.equals(dir)) continue;
                String name = p.getFileName().toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (var s = Files.list(p)) { if (s.findAny().isEmpty()) Files.delete(p); }
                } else if (!name.equals(FILE) && !name.equals(OutputFolders.MARKER)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** True for files a manifest does not list: the journal and the marker, which are about the folder, not results. */
    public static boolean notResult(String relativeName) {
        String name = relativeName.substring(relativeName.lastIndexOf('/') + 1);
        return name.equals(FILE) || name.equals(OutputFolders.MARKER);
    }

    // ---------------------------------------------------------------- records

    /** A finished replication, exactly (doubles by their bits), rows included. */
    public static byte[] encode(ReplicationResult r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(r.replication);
        out.writeLong(r.seed);
        writeStrings(out, r.units);
        out.writeInt(r.monthly.length);
        for (double[][] unit : r.monthly) {
            out.writeInt(unit.length);
            for (double[] month : unit) writeDoubles(out, month);
        }
        out.writeInt(r.finalYear.length);
        for (double[] unit : r.finalYear) writeDoubles(out, unit);
        RunRows rows = (RunRows) r.rows;
        for (CharSequence s : new CharSequence[]{rows.contractRows, rows.trustRows, rows.eventRows, rows.practiceRows}) writeString(out, s.toString());
        out.writeLong(r.ledgerImbalance);
        out.flush();
        return bytes.toByteArray();
    }

    public static ReplicationResult decodeReplication(byte[] record) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
        int replication = in.readInt();
        long seed = in.readLong();
        String[] units = readStrings(in);
        double[][][] monthly = new double[in.readInt()][][];
        for (int u = 0; u < monthly.length; u++) {
            monthly[u] = new double[in.readInt()][];
            for (int m = 0; m < monthly[u].length; m++) monthly[u][m] = readDoubles(in);
        }
        double[][] finalYear = new double[in.readInt()][];
        for (int u = 0; u < finalYear.length; u++) finalYear[u] = readDoubles(in);
        RunRows rows = new RunRows(replication);
        for (StringBuilder text : new StringBuilder[]{rows.contractRows, rows.trustRows, rows.eventRows, rows.practiceRows}) text.append(readString(in));
        long ledger = in.readLong();
        return ReplicationResult.restored(replication, seed, units, monthly, finalYear, rows, ledger);
    }

    /** A finished design point: its index and every replication's final-year values. */
    public static byte[] encode(int point, FinalYearValues v) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(point);
        writeStrings(out, v.units());
        out.writeInt(v.replications());
        for (int r = 0; r < v.replications(); r++) {
            out.writeLong(v.seeds().get(r));
            for (int u = 0; u < v.units().length; u++) {
                for (int o = 0; o < v.outcomes(); o++) out.writeLong(Double.doubleToRawLongBits(v.value(r, u, o)));
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The point index of a design-point record. */
    public static int pointOf(byte[] record) {
        return ByteBuffer.wrap(record).getInt();
    }

    public static FinalYearValues decodePoint(byte[] record, int outcomes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
        in.readInt();
        String[] units = readStrings(in);
        int n = in.readInt();
        List<Long> seeds = new ArrayList<>();
        List<double[][]> values = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            seeds.add(in.readLong());
            double[][] v = new double[units.length][outcomes];
            for (int u = 0; u < units.length; u++) {
                for (int o = 0; o < outcomes; o++) v[u][o] = Double.longBitsToDouble(in.readLong());
            }
            values.add(v);
        }
        return FinalYearValues.restored(units, seeds, values);
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double d : a) out.writeLong(Double.doubleToRawLongBits(d));
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = Double.longBitsToDouble(in.readLong());
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) writeString(out, s);
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = readString(in);
        return a;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
