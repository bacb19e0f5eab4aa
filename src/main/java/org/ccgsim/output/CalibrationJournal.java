package org.ccgsim.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.validation.AbcSmc;
import org.ccgsim.validation.AbcSmc.Generation;
import org.ccgsim.validation.AbcSmc.Particle;

/**
 * The journal of a calibration folder ({@code journal/}): the settings it was started with and one CSV per
 * finished generation (every kept particle with full-precision numbers, so a resumed calibration continues
 * byte for byte). Files are written to a temporary name and moved into place, so a killed run leaves either
 * a whole generation or none.
 */
public final class CalibrationJournal implements AbcSmc.Journal {
    public static final String DIR = "journal", SETTINGS = "settings.txt";

    private final Path dir;
    private final int parameters, targets, replications;
    private final List<Generation> finished = new ArrayList<>();

    private CalibrationJournal(Path folder, int parameters, int targets, int replications) {
        this.dir = folder.resolve(DIR);
        this.parameters = parameters;
        this.targets = targets;
        this.replications = replications;
    }

    /** A new journal in an empty calibration folder. */
    public static CalibrationJournal start(Path folder, String settings, int parameters, int targets, int replications) throws IOException {
        CalibrationJournal j = new CalibrationJournal(folder, parameters, targets, replications);
        Files.createDirectories(j.dir);
        atomicWrite(j.dir.resolve(SETTINGS), settings);
        return j;
    }

    /**
     * The journal of an earlier calibration, to resume it.
     *
     * @throws IllegalArgumentException when there is none, or it was started with other settings
     */
    public static CalibrationJournal resume(Path folder, String settings, int parameters, int targets, int replications) throws IOException {
        CalibrationJournal j = new CalibrationJournal(folder, parameters, targets, replications);
        Path s = j.dir.resolve(SETTINGS);
        if (!Files.isRegularFile(s)) throw new IllegalArgumentException("--resume " + folder + ": no calibration journal there (expected " + s + ")");
        String before = Files.readString(s, StandardCharsets.UTF_8);
        if (!before.equals(settings)) {
            throw new IllegalArgumentException("--resume " + folder + ": it was started with other settings; give the same parameters, targets, "
                    + "budget and seed. It was started with:\n" + before + "now:\n" + settings);
        }
        for (int g = 0; Files.isRegularFile(j.file(g)); g++) j.finished.add(j.read(g));
        return j;
    }

    @Override public List<Generation> finished() { return List.copyOf(finished); }

    @Override
    public void save(Generation g) throws IOException {
        StringBuilder sb = new StringBuilder("generation,proposal");
        for (int p = 0; p < parameters; p++) sb.append(",theta").append(p);
        sb.append(",distance,weight");
        for (int t = 0; t < targets; t++) for (int r = 0; r < replications; r++) sb.append(",t").append(t).append('r').append(r);
        sb.append('\n');
        for (Particle p : g.particles()) {
            sb.append(p.generation()).append(',').append(p.proposal());
            for (double x : p.theta()) sb.append(',').append(exact(x));
            sb.append(',').append(exact(p.distance())).append(',').append(exact(p.weight()));
            for (double[] v : p.values()) for (double x : v) sb.append(',').append(exact(x));
            sb.append('\n');
        }
        sb.append("# epsilon=").append(exact(g.epsilon())).append(" proposals=").append(g.proposals()).append(" accepted=").append(g.accepted()).append('\n');
        atomicWrite(file(g.index()), sb.toString());
        finished.add(g);
    }

    private Generation read(int g) throws IOException {
        List<String> lines = Files.readAllLines(file(g), StandardCharsets.UTF_8);
        List<Particle> ps = new ArrayList<>();
        double epsilon = Double.NaN;
        int proposals = 0, accepted = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ")) {
                String[] kv = line.substring(2).split(" ");
                epsilon = Double.parseDouble(kv[0].substring("epsilon=".length()));
                proposals = Integer.parseInt(kv[1].substring("proposals=".length()));
                accepted = Integer.parseInt(kv[2].substring("accepted=".length()));
                continue;
            }
            String[] c = line.split(",", -1);
            int k = 0;
            int generation = Integer.parseInt(c[k++]);
            int proposal = Integer.parseInt(c[k++]);
            double[] theta = new double[parameters];
            for (int p = 0; p < parameters; p++) theta[p] = Double.parseDouble(c[k++]);
            double distance = Double.parseDouble(c[k++]), weight = Double.parseDouble(c[k++]);
            double[][] values = new double[targets][replications];
            for (int t = 0; t < targets; t++) for (int r = 0; r < replications; r++) values[t][r] = Double.parseDouble(c[k++]);
            ps.add(new Particle(generation, proposal, theta, distance, weight, values));
        }
        if (Double.isNaN(epsilon)) throw new IllegalArgumentException(file(g) + ": incomplete journal file (no closing line)");
        return new Generation(g, epsilon, proposals, accepted, List.copyOf(ps));
    }

    private Path file(int g) { return dir.resolve(String.format(java.util.Locale.ROOT, "generation-%03d.csv", g)); }

    /** Exact decimal text of a double (round-trips; NaN as NaN). */
    static String exact(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.toString(x);
        return BigDecimal.valueOf(x).toPlainString();
    }

    public static void atomicWrite(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
