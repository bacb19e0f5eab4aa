package org.ccgsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.experiment.Shard;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.output.CalibrationJournal;
import org.ccgsim.output.CalibrationShards;
import org.ccgsim.output.CalibrationWriter;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.validation.AbcSmc;
import org.ccgsim.validation.Calibration;
import org.ccgsim.validation.CalibrationParameter;
import org.ccgsim.validation.CalibrationTarget;
import org.ccgsim.validation.CalibrationTargets;
import org.ccgsim.validation.TargetRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", description = "Fit parameters to every fitted target of seeds/targets.yaml together by ABC-SMC "
        + "(docs/validation.md): posterior.csv, posterior_summary.csv, predictive_check.csv, pair plots, report.html. "
        + "--method brent keeps the one-parameter fit of practice.deliveryHalfEngagement to gallup-18.")
final class CalibrateCommand implements Callable<Integer> {
    static final int DEFAULT_REPLICATIONS = 20;
    static final Path DEFAULT_PARAMS = Path.of("seeds", "calibration-parameters.txt");

    enum Method { abc, brent }

    @Option(names = "--method", description = "abc (default) or brent (practice.deliveryHalfEngagement to gallup-18 only)", defaultValue = "abc")
    Method method;

    @Option(names = "--replications", description = "Replications per evaluation (default: 20 for brent; 4 for abc, 2 with --quick)")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--param", description = "A parameter to fit and its uniform prior, path=lo:hi (repeatable)")
    List<String> paramSpecs = new ArrayList<>();

    @Option(names = "--params", description = "A file of path=lo:hi lines (# comments); default " + "seeds/calibration-parameters.txt when no --param")
    Path paramsFile;

    @Option(names = "--targets", description = "Calibration targets (default: seeds/targets.yaml)")
    Path targetsFile;

    @Option(names = "--particles", description = "Particles kept per generation (default 300; 40 with --quick)")
    Integer particles;

    @Option(names = "--proposals", description = "Points drawn per batch after generation 0, which draws particles + proposals from the prior (default: as many as --particles)")
    Integer proposals;

    @Option(names = "--generations", description = "Largest number of generations (default 10; 4 with --quick)")
    Integer generations;

    @Option(names = "--seed", description = "Seed of the proposals (default: ${DEFAULT-VALUE})", defaultValue = "20130401")
    long seed;

    @Option(names = "--quick", description = "A small budget that checks everything works in a few minutes")
    boolean quick;

    @Option(names = "--resume", description = "Continue the calibration in this folder from its last finished generation")
    Path resume;

    @Option(names = "--shard", paramLabel = "i/N", description = "Simulate only shard i of N of the calibration's next batch of proposals, "
            + "into DIR/journal/shards/ (--out DIR); then '--merge' advances the calibration by that batch (docs/cluster.md)")
    String shard;

    @Option(names = "--merge", description = "Advance the sharded calibration in --out by the batches its shards have simulated; "
            + "writes the results once it is finished, else says which batch the shards run next")
    boolean merge;

    @Option(names = "--out", description = "Output folder (default: output/calibrate-<timestamp>)")
    Path out;

    @Option(names = "--force", description = "Replace an existing output folder")
    boolean force;

    @Option(names = "--quiet", description = "No progress")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (replications != null) Limits.between("--replications", replications, 1, Limits.MAX_CHECK_REPLICATIONS);
        int t = EvidenceCommand.threads(threads);
        if (!Files.isDirectory(Path.of("scenarios"))) throw new BadInputException("no scenarios/ folder here; run from the ccgsim directory");
        if (method == Method.brent) return brent(t);

        // ---- everything is checked before any folder is made
        int reps = replications != null ? replications : quick ? 2 : 4;
        int n = particles != null ? particles : quick ? 40 : 300;
        int m = proposals != null ? proposals : n;
        int g = generations != null ? generations : quick ? 4 : 10;
        AbcSmc.Settings settings;
        try {
            settings = new AbcSmc.Settings(n, m, g, reps, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (resume != null && (out != null || force)) throw new BadInputException("--resume continues a folder in place; give no --out or --force with it");
        List<CalibrationParameter> params = parameters();
        Path tf = targetsFile != null ? targetsFile : CalibrationTargets.DEFAULT;
        if (!Files.isRegularFile(tf)) throw new BadInputException("--targets: no such file: " + tf);
        List<CalibrationTarget> targets;
        TargetRuns runs;
        try {
            targets = CalibrationTargets.load(tf, Path.of("scenarios"));
            runs = new TargetRuns(targets, Path.of("scenarios"), reps);
            checkApplies(runs, params);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        String settingsText = settingsText(params, tf, settings);
        AbcSmc abc = new AbcSmc(runs, params, settings);
        if (shard != null || merge) return sharded(abc, params, targets, runs, settingsText, reps, t, g);

        Path dir;
        CalibrationJournal journal;
        if (resume != null) {
            dir = resume;
            try {
                journal = CalibrationJournal.resume(dir, settingsText, params.size(), targets.size(), reps);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        } else {
            dir = out != null ? out : OutputFolders.defaultFor("calibrate");
            ExperimentOptions.prepare(dir, force);
            journal = CalibrationJournal.start(dir, settingsText, params.size(), targets.size(), reps);
        }
        long start = System.nanoTime();
        if (!quiet && !journal.finished().isEmpty()) System.err.printf("resuming after %d finished generation(s)%n", journal.finished().size());
        List<AbcSmc.Generation> gens;
        Progress[] bar = new Progress[1];
        try {
            gens = abc.run(t, journal, progress(bar, g, start));
            write(dir, abc, params, runs, gens, settingsText, t);
        } catch (Exception e) {
            if (journal.finished().isEmpty() && resume == null) OutputFolders.discard(dir); // nothing to resume from
            throw e;
        } finally {
            if (bar[0] != null) bar[0].close();
        }
        summary(dir, params, targets, gens, start);
        return Main.OK;
    }

    private AbcSmc.Progress progress(Progress[] bar, int g, long start) {
        return new AbcSmc.Progress() {
            @Override public void update(int generation, int done, int total) {
                if (bar[0] == null) bar[0] = Progress.bar(quiet, "generation " + generation, total);
                Progress.stepTo(bar[0], done);
            }

            @Override public void generationDone(AbcSmc.Generation x) {
                if (bar[0] != null) { bar[0].close(); bar[0] = null; }
                if (!quiet) System.err.printf(Locale.ROOT, "generation %d/%d: tolerance %.3f, %d of %d new points kept, effective sample size %.1f (%.0f s)%n",
                        x.index() + 1, g, x.epsilon(), x.accepted(), x.proposals(), x.ess(), (System.nanoTime() - start) / 1e9);
            }
        };
    }

    /** The calibration's results, the same whether it ran whole, resumed or in shards; manifest.json last. */
    private void write(Path dir, AbcSmc abc, List<CalibrationParameter> params, TargetRuns runs, List<AbcSmc.Generation> gens, String settingsText,
                       int t) throws IOException {
        CalibrationWriter.write(dir, abc, params, runs, gens);
        pairPlot(dir, params, gens.get(gens.size() - 1));
        CalibrationWriter.manifest(dir, commandLine(), Main.version(), settingsText, t, gens);
    }

    private void summary(Path dir, List<CalibrationParameter> params, List<CalibrationTarget> targets, List<AbcSmc.Generation> gens, long start) {
        List<CalibrationWriter.Check> checks = CalibrationWriter.checks(targets, gens.get(gens.size() - 1));
        long misses = checks.stream().filter(c -> c.target().measurable() && !c.hit()).count();
        System.out.printf(Locale.ROOT, "calibrate: %d generation(s), final tolerance %.3f, %d of %d measurable target(s) missed, in %.1f s -> %s%n",
                gens.size(), gens.get(gens.size() - 1).epsilon(), misses, checks.stream().filter(c -> c.target().measurable()).count(),
                (System.nanoTime() - start) / 1e9, dir);
        for (CalibrationWriter.Summary s : CalibrationWriter.summaries(params, gens.get(gens.size() - 1))) {
            System.out.printf(Locale.ROOT, "  %-40s median %.4g  95%% [%.4g, %.4g]%n", s.path(), s.median(), s.low(), s.high());
        }
    }

    // ------------------------------------------------------------------ --shard i/N and --merge (a calibration split across machines)

    /** The file in journal/shards/ that records how far the last merge got, so a merge that gets no further says so. */
    static final String MERGED = "merged.txt";

    private int sharded(AbcSmc abc, List<CalibrationParameter> params, List<CalibrationTarget> targets, TargetRuns runs, String settingsText,
                        int reps, int t, int g) throws Exception {
        if (shard != null && merge) throw new BadInputException("give --shard i/N (simulate a shard) or --merge (join the shards), not both");
        if (out == null) throw new BadInputException((merge ? "--merge" : "--shard") + " works in the calibration's folder: give --out DIR");
        if (resume != null || force) throw new BadInputException((merge ? "--merge" : "--shard") + " continues the folder in --out; give no --resume or --force");
        Shard mine = null;
        if (shard != null) {
            try {
                mine = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        try {
            OutputFolders.refuseDangerous(out);
        } catch (OutputFolders.OutputFolderException e) {
            throw new BadInputException(e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) throw new BadInputException("--out " + out + " is a file");
        if (Files.isRegularFile(out.resolve("manifest.json"))) {
            System.out.println("calibrate: " + out + " is finished (manifest.json); nothing to do");
            return Main.OK;
        }
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                List<String> other = s.map(p -> p.getFileName().toString())
                        .filter(n -> !List.of(CalibrationJournal.DIR, MergeCommand.SLURM_FOLDER, OutputFolders.MARKER).contains(n)).sorted().toList();
                if (!other.isEmpty()) throw new BadInputException("--out " + out + " holds " + other.get(0) + ", which is not part of a sharded calibration; choose a new folder");
            }
        }
        String hash = sha256(settingsText);
        boolean started = Files.isRegularFile(out.resolve(CalibrationJournal.DIR).resolve(CalibrationJournal.SETTINGS));
        CalibrationJournal journal;
        try {
            if (started) {
                journal = CalibrationJournal.resume(out, settingsText, params.size(), targets.size(), reps);
            } else if (merge) {
                Files.createDirectories(out);
                if (!Files.exists(out.resolve(OutputFolders.MARKER))) {
                    Files.writeString(out.resolve(OutputFolders.MARKER), "ccgsim output folder: 'ccgsim ... --force' may replace it\n", StandardCharsets.UTF_8);
                }
                journal = CalibrationJournal.start(out, settingsText, params.size(), targets.size(), reps);
            } else {
                journal = null;
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage().replace("--resume ", "--out "));
        }
        List<AbcSmc.Generation> done = journal == null ? List.of() : journal.finished();
        AbcSmc.Journal use = merge ? journal : new AbcSmc.Journal() { // a shard reads the journal and leaves it to the merge
            final List<AbcSmc.Generation> gens = new ArrayList<>(done);

            @Override public List<AbcSmc.Generation> finished() { return List.copyOf(gens); }

            @Override public void save(AbcSmc.Generation x) { gens.add(x); }
        };
        CalibrationShards parts = new CalibrationShards(out, hash, mine, params.size(), targets.size(), reps);
        long start = System.nanoTime();
        Progress[] bar = new Progress[1];
        List<AbcSmc.Generation> gens;
        try {
            gens = abc.run(t, use, merge ? progress(bar, g, start) : SILENT, parts);
        } catch (AbcSmc.Pending p) {
            if (merge) return merged(p, use.finished().size(), start);
            System.out.printf(Locale.ROOT, "calibrate shard %s: %s%s in %.1f s%n", mine, p.getMessage(),
                    parts.written() != null ? ", written" : " (nothing to simulate)", (System.nanoTime() - start) / 1e9);
            if (parts.written() != null) System.out.println("  -> " + parts.written());
            return Main.OK;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (bar[0] != null) bar[0].close();
        }
        if (!merge) {
            System.out.printf("calibrate shard %s: the calibration has every batch it needs; run --merge to write its results%n", mine);
            return Main.OK;
        }
        write(out, abc, params, runs, gens, settingsText, t);
        summary(out, params, targets, gens, start);
        return Main.OK;
    }

    /** A merge that stopped at a batch the shards have not simulated: where it got to, and whether that is further than before. */
    private int merged(AbcSmc.Pending p, int generations, long start) throws IOException {
        Path mark = out.resolve(CalibrationJournal.DIR).resolve(CalibrationShards.DIR).resolve(MERGED);
        String now = p.generation() + " " + p.first();
        String before = Files.isRegularFile(mark) ? Files.readString(mark, StandardCharsets.UTF_8).strip() : null;
        if (now.equals(before) || before == null && p.generation() == 0 && p.first() == 0) {
            System.err.printf("calibrate --merge: no further than before: %s. Run the shards first: ccgsim calibrate ... --out %s --shard i/N%n",
                    p.getMessage(), out);
            return 1;
        }
        Files.createDirectories(mark.getParent());
        CalibrationJournal.atomicWrite(mark, now + "\n");
        System.out.printf(Locale.ROOT, "calibrate --merge: %d generation(s) finished; next batch: %s; run the shards again, then --merge (%.1f s)%n",
                generations, p.getMessage(), (System.nanoTime() - start) / 1e9);
        return Main.OK;
    }

    private static final AbcSmc.Progress SILENT = (generation, done, total) -> {};

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** pairs.png and pairs.svg: the posterior's scatter matrix on the priors' ranges. */
    static void pairPlot(Path dir, List<CalibrationParameter> params, AbcSmc.Generation last) throws IOException {
        double[][] theta = new double[last.particles().size()][];
        for (int k = 0; k < theta.length; k++) theta[k] = last.particles().get(k).theta();
        org.ccgsim.chart.PairPlot.write(dir, "pairs", params.stream().map(p -> p.path().toString()).toList(), theta, last.weights(),
                params.stream().mapToDouble(CalibrationParameter::lo).toArray(), params.stream().mapToDouble(CalibrationParameter::hi).toArray());
    }

    private List<CalibrationParameter> parameters() {
        List<String> specs = new ArrayList<>(paramSpecs);
        Path file = paramsFile != null ? paramsFile : specs.isEmpty() ? DEFAULT_PARAMS : null;
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new BadInputException("--params: no such file: " + file);
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    try {
                        CalibrationParameter.parse(line);
                    } catch (IllegalArgumentException e) {
                        throw new BadInputException(file + ":" + (i + 1) + ": " + e.getMessage());
                    }
                    specs.add(line);
                }
            } catch (IOException e) {
                throw new BadInputException("--params: cannot read " + file + ": " + e.getMessage());
            }
        }
        if (specs.isEmpty()) throw new BadInputException("no parameters to fit: give --param path=lo:hi or --params FILE");
        List<CalibrationParameter> out = new ArrayList<>();
        try {
            for (String s : specs) out.add(CalibrationParameter.parse(s));
            CalibrationParameter.paths(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return out;
    }

    /** Every parameter can be set on every scenario the targets run, at both ends of its range. */
    static void checkApplies(TargetRuns runs, List<CalibrationParameter> params) {
        List<ParamPath> paths = CalibrationParameter.paths(params);
        List<Object> lo = new ArrayList<>(), hi = new ArrayList<>();
        for (CalibrationParameter p : params) {
            lo.add(org.ccgsim.experiment.SweepParameter.value(p.path(), p.lo()));
            hi.add(org.ccgsim.experiment.SweepParameter.value(p.path(), p.hi()));
        }
        for (var e : runs.scenarios().entrySet()) {
            try {
                Scenario a = Sweep.at(e.getValue(), paths, lo);
                Scenario b = Sweep.at(e.getValue(), paths, hi);
                if (a == null || b == null) throw new IllegalStateException();
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("--param: cannot be applied to scenario '" + e.getKey() + "': " + ex.getMessage());
            }
        }
    }

    /** The settings a journal is tied to: a resumed calibration must have the same. */
    static String settingsText(List<CalibrationParameter> params, Path targets, AbcSmc.Settings s) throws IOException {
        StringBuilder sb = new StringBuilder("method abc-smc\n");
        for (CalibrationParameter p : params) sb.append("param ").append(p.path()).append('=').append(p.lo()).append(':').append(p.hi()).append('\n');
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(targets));
            sb.append("targets ").append(targets.toString().replace('\\', '/')).append(" sha256 ").append(HexFormat.of().formatHex(h)).append('\n');
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sb.append(String.format(Locale.ROOT, "particles %d proposals %d generations %d replications %d seed %d%n",
                s.particles(), s.proposals(), s.generations(), s.replications(), s.seed()));
        return sb.toString();
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim calibrate");
        if (quick) sb.append(" --quick");
        for (String p : paramSpecs) sb.append(" --param ").append(p);
        if (paramsFile != null) sb.append(" --params ").append(paramsFile);
        if (targetsFile != null) sb.append(" --targets ").append(targetsFile);
        if (particles != null) sb.append(" --particles ").append(particles);
        if (proposals != null) sb.append(" --proposals ").append(proposals);
        if (generations != null) sb.append(" --generations ").append(generations);
        if (replications != null) sb.append(" --replications ").append(replications);
        sb.append(" --seed ").append(seed);
        if (resume != null) sb.append(" --resume ").append(resume);
        if (merge) sb.append(" --merge (of shards)");
        return sb.toString();
    }

    // ------------------------------------------------------------------ --method brent (the one-parameter fit)

    private int brent(int t) {
        int reps = replications != null ? replications : DEFAULT_REPLICATIONS;
        if (reps < 1) throw new BadInputException("--replications must be at least 1, found " + reps);
        Calibration.Result r = Calibration.deliveryHalfEngagement(reps, t);
        System.out.print(describe(r));
        return r.reached() ? Main.OK : 1;
    }

    static String describe(Calibration.Result r) {
        if (!r.reached()) {
            return String.format(Locale.ROOT,
                    "calibration FAILED: no practice.deliveryHalfEngagement in [%.1f, %.1f] gives ratio %.2f (%d replications, month %d of baseline):%n"
                            + "  ratio at %.2f = %.4f, at %.2f = %.4f%n"
                            + "current default          = %.4f (ratio %.4f)%n",
                    Calibration.LOWER, Calibration.UPPER, Calibration.TARGET_RATIO, r.replications(), Calibration.MONTH,
                    Calibration.LOWER, r.ratioAtLower(), Calibration.UPPER, r.ratioAtUpper(), r.currentDefault(), r.ratioAtDefault());
        }
        return String.format(Locale.ROOT,
                "calibrated practice.deliveryHalfEngagement = %.4f (ratio %.4f; target %.2f; %d evaluations; %d replications, month %d of baseline)%n"
                        + "current default          = %.4f (ratio %.4f); difference %+.4f%n",
                r.halfEngagement(), r.ratio(), Calibration.TARGET_RATIO, r.evaluations(), r.replications(), Calibration.MONTH,
                r.currentDefault(), r.ratioAtDefault(), r.currentDefault() - r.halfEngagement());
    }
}
