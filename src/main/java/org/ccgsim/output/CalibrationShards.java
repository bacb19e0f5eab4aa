package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccgsim.experiment.Shard;
import org.ccgsim.validation.AbcSmc;

/**
 * The parts of a calibration split across machines ({@code journal/shards/}). ABC-SMC is sequential: each
 * batch of proposals depends on the batches before it. So the split is per batch: every shard draws the
 * batch's proposals (they depend only on the seed, the generation, the proposal's index and the finished
 * generations), simulates its contiguous slice and writes the slice's values to a part file; the merge then
 * reads the parts in proposal order, accepts and weights exactly as an unsplit calibration does, and stops at
 * the next batch for the shards to simulate. A part file is written to a temporary name and moved into place.
 *
 * <p>A part is named {@code generation-TTT-proposals-FFFFFF-LLLLLL.csv} for proposals F..L-1 of generation T,
 * starts with the sha256 of the calibration's settings, and holds each proposal's parameter values (checked
 * against the ones drawn on reading) and every target's value per replication, in exact decimals.
 */
public final class CalibrationShards implements AbcSmc.Batches {
    public static final String DIR = "shards";
    private static final Pattern NAME = Pattern.compile("generation-(\\d{3,})-proposals-(\\d{6,})-(\\d{6,})\\.csv");

    private final Path dir;
    private final String settings;
    private final Shard shard;
    private final int parameters, targets, replications;
    private Path written;
    private int recorded;

    /**
     * @param folder   the calibration's folder
     * @param settings the sha256 of the calibration's settings text
     * @param shard    the shard this process simulates; null for the merge, which only reads parts
     */
    public CalibrationShards(Path folder, String settings, Shard shard, int parameters, int targets, int replications) {
        this.dir = folder.resolve(CalibrationJournal.DIR).resolve(DIR);
        this.settings = settings;
        this.shard = shard;
        this.parameters = parameters;
        this.targets = targets;
        this.replications = replications;
    }

    /** The part this shard wrote in this call, if any. */
    public Path written() { return written; }

    /** How many batches were read whole from parts in this call. */
    public int recorded() { return recorded; }

    @Override
    public double[][][] values(int generation, int first, List<double[]> thetas, AbcSmc.Simulator simulate) throws Exception {
        int count = thetas.size(), end = first + count;
        List<Part> tiling = new ArrayList<>();
        int pos = first;
        List<Part> parts = parts(generation);
        while (pos < end) {
            Part next = null;
            for (Part p : parts) if (p.from == pos && p.to <= end && (next == null || p.to > next.to)) next = p;
            if (next == null) break;
            tiling.add(next);
            pos = next.to;
        }
        if (pos == end) {
            double[][][] values = new double[count][][];
            for (Part p : tiling) read(p, first, thetas, values);
            recorded++;
            return values;
        }
        String batch = String.format(Locale.ROOT, "proposals %d-%d of generation %d", first, end - 1, generation);
        if (shard == null) {
            throw new AbcSmc.Pending(generation, first, count, batch + (pos == first && parts.stream().noneMatch(p -> p.from >= first && p.from < end)
                    ? ": no shard has simulated them yet" : ": the shards have simulated them only up to proposal " + (pos - 1)));
        }
        int a = first + (int) shard.from(count), b = first + (int) shard.to(count);
        if (a < b && parts.stream().noneMatch(p -> p.from == a && p.to == b)) {
            double[][][] mine = simulate.simulate(thetas.subList(a - first, b - first));
            written = write(generation, a, b, thetas.subList(a - first, b - first), mine);
        }
        throw new AbcSmc.Pending(generation, first, count, batch + ": shard " + shard + " has " + (a < b ? "proposals " + a + "-" + (b - 1) : "none of them"));
    }

    private record Part(Path file, int from, int to) {}

    private List<Part> parts(int generation) throws IOException {
        List<Part> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (var s = Files.list(dir)) {
            for (Path f : s.sorted(Comparator.naturalOrder()).toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) == generation) {
                    out.add(new Part(f, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                }
            }
        }
        return out;
    }

    private String header() { return "# ccgsim calibration part; settings sha256 " + settings; }

    private Path write(int generation, int from, int to, List<double[]> thetas, double[][][] values) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder(header()).append('\n').append("proposal");
        for (int p = 0; p < parameters; p++) sb.append(",theta").append(p);
        for (int t = 0; t < targets; t++) for (int r = 0; r < replications; r++) sb.append(",t").append(t).append('r').append(r);
        sb.append('\n');
        for (int i = 0; i < values.length; i++) {
            sb.append(from + i);
            for (double x : thetas.get(i)) sb.append(',').append(CalibrationJournal.exact(x));
            for (double[] v : values[i]) for (double x : v) sb.append(',').append(CalibrationJournal.exact(x));
            sb.append('\n');
        }
        Path file = dir.resolve(String.format(Locale.ROOT, "generation-%03d-proposals-%06d-%06d.csv", generation, from, to));
        CalibrationJournal.atomicWrite(file, sb.toString());
        return file;
    }

    private void read(Part part, int first, List<double[]> thetas, double[][][] values) throws IOException {
        List<String> lines = Files.readAllLines(part.file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header())) {
            throw new IllegalArgumentException(part.file + ": written by a calibration with other settings (or not a calibration part); "
                    + "give the same parameters, targets, budget and seed, or move it away");
        }
        if (lines.size() != 2 + part.to - part.from) throw new IllegalArgumentException(part.file + ": expected " + (part.to - part.from) + " proposals, found " + (lines.size() - 2));
        for (int i = part.from; i < part.to; i++) {
            String[] c = lines.get(2 + i - part.from).split(",", -1);
            if (c.length != 1 + parameters + targets * replications || Integer.parseInt(c[0]) != i) {
                throw new IllegalArgumentException(part.file + ":" + (3 + i - part.from) + ": expected proposal " + i + " with "
                        + (parameters + targets * replications) + " numbers");
            }
            int k = 1;
            for (int p = 0; p < parameters; p++) {
                if (Double.parseDouble(c[k++]) != thetas.get(i - first)[p]) {
                    throw new IllegalArgumentException(part.file + ":" + (3 + i - part.from) + ": proposal " + i
                            + " was drawn differently (another seed or earlier generations); move the part away");
                }
            }
            double[][] v = new double[targets][replications];
            for (int t = 0; t < targets; t++) for (int r = 0; r < replications; r++) v[t][r] = Double.parseDouble(c[k++]);
            values[i - first] = v;
        }
    }
}
