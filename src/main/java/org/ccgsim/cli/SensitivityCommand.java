package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.Morris;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.experiment.SensitivityRuns;
import org.ccgsim.output.SensitivityWriter;
import org.ccgsim.experiment.Sobol;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.output.Journal;
import org.ccgsim.output.Manifest;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.report.ReportBuilder;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Global sensitivity of a scenario's final-year outcomes: Morris screening or Sobol variance indices. */
@Command(name = "sensitivity", description = "Which parameters move the final-year outcomes most: Morris elementary effects or Sobol indices.")
final class SensitivityCommand extends ExperimentCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "path=lo:hi", description = "A numeric parameter and its range (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--method", description = "morris (screening, cheap) or sobol (variance shares, N (k + 2) points); default morris")
    String method = "morris";

    @Option(names = "--trajectories", description = "Morris only: trajectories r (default 10)")
    Integer trajectories;

    @Option(names = "--levels", description = "Morris only: grid levels p, even (default 4)")
    Integer levels;

    @Option(names = "--samples", description = "Sobol only: base samples N, " + MIN_SAMPLES + " to " + MAX_SAMPLES + " (default 64)")
    Integer samples;

    @Option(names = "--bootstrap", description = "Sobol only: bootstrap resamples for the 95%% intervals, " + MIN_RESAMPLES + " to "
            + MAX_RESAMPLES + " (default 1000)")
    Integer bootstrap;

    @Option(names = "--replications", description = "Replications per design point (overrides the scenario)")
    Integer replications;

    @Mixin OutcomeSelection selection;


    static final int MIN_SAMPLES = 2, MAX_SAMPLES = 65_536;
    // Fewer resamples leave the 2.5% and 97.5% percentiles resting on one or two values.
    static final int MIN_RESAMPLES = 100, MAX_RESAMPLES = 100_000;

    @Override
    public Integer call() throws Exception {
        boolean sobol = checkMethodOptions();
        LoadedScenario loaded = Scenarios.load(scenarioFile, overrides.with(replications == null ? null : "replications=" + replications));
        Scenario scenario = loaded.scenario();
        RunOptions options = workers.runOptions();
        List<SweepParameter> ps = new ArrayList<>();
        Morris.Design morris = null;
        Sobol.Design saltelli = null;
        try {
            for (String p : params) {
                SweepParameter sp = SweepParameter.parse(p);
                if (!sp.isRange() || !sp.values().isEmpty()) throw new IllegalArgumentException("--param " + sp.path() + ": give a range lo:hi");
                if (sp.path().targets(scenario).isEmpty()) throw new IllegalArgumentException("'" + sp.path() + "' names no organisation in " + scenario.name);
                ps.add(sp);
            }
            if (sobol) {
                Limits.work("the Sobol design", (long) samples() * (ps.size() + 2), scenario.replications);
                saltelli = Sobol.design(ps.size(), samples());
            } else {
                Limits.between("--trajectories", trajectories(), 2, Limits.MAX_TRAJECTORIES);
                Limits.between("--levels", levels(), 2, Limits.MAX_LEVELS);
                Limits.work("the Morris design", (long) trajectories() * (ps.size() + 1), scenario.replications);
                morris = Morris.design(ps.size(), trajectories(), levels(), scenario.seed);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        selection.outcomes(); // an unknown outcome is bad input before any work
        List<List<Object>> values = new ArrayList<>();
        for (double[] x : sobol ? SensitivityRuns.unitPoints(saltelli) : SensitivityRuns.unitPoints(morris)) values.add(SensitivityRuns.point(ps, x));
        Scenarios.checkPoints(scenarioFile, scenario, ps.stream().map(SweepParameter::path).toList(), values);
        resume.check(output);
        org.ccgsim.experiment.Shard shard = shards.shard();
        if (shard != null) {
            if (resume.resuming()) throw new BadInputException("--resume and --shard: a part is not resumed; run the shard again");
            List<org.ccgsim.scenario.ParamPath> paths = ps.stream().map(SweepParameter::path).toList();
            List<Scenario> plan = new ArrayList<>();
            for (List<Object> point : values) plan.add(org.ccgsim.experiment.Sweep.at(scenario, paths, point));
            return Sharding.runPart("sensitivity", commandLine(), shards, shard, List.of(loaded), plan, false, options, output, workers.quiet);
        }
        options.source = shards.replayFor(List.of(loaded));
        String design = commandLine();
        String identity = "ccgsim sensitivity\nscenario " + loaded.sha256() + "\n" + design.substring(design.indexOf(" --"));
        Resumable.Points finished = new Resumable.Points();
        Resumable folder = Resumable.open(resume, output, "sensitivity-" + scenario.name, identity, finished);
        Path dir = folder.dir();
        finished.recordingTo(folder.journal());
        try {
            OutputFolders.writeScenario(dir, loaded.resolvedYaml());
            long start = System.nanoTime();
            int points = sobol ? saltelli.evaluations() : trajectories() * (ps.size() + 1);
            long total = (long) points * scenario.replications;
            try (Progress bar = Progress.bar(workers.quiet, method + " " + scenario.name, total)) {
                if (sobol) {
                    double[][][] y = SensitivityRuns.evaluate(scenario, ps, saltelli, options, done -> Progress.stepTo(bar, done), finished);
                    SensitivityWriter.writeSobol(dir.resolve("sensitivity.csv"), ps, saltelli, y, resamples(), scenario.seed, selection.outcomes());
                } else {
                    double[][][] y = SensitivityRuns.evaluate(scenario, ps, morris, options, done -> Progress.stepTo(bar, done), finished);
                    SensitivityWriter.writeMorris(dir.resolve("sensitivity.csv"), ps, morris, y, selection.outcomes());
                }
            }
            if (!output.noReport) ReportBuilder.buildSensitivity(dir);
            List<Long> seeds = new ArrayList<>();
            for (int k = 0; k < scenario.replications; k++) seeds.add(org.ccgsim.experiment.ReplicationSeeds.seed(scenario.seed, k));
            Manifest manifest = Manifest.experiment("sensitivity", commandLine(), Main.version()).startedAt(start)
                    .scenario(scenario.name, loaded.sha256(), scenario.seed, seeds);
            manifest.root().put("method", method);
            if (sobol) {
                manifest.root().put("samples", samples());
                manifest.root().put("evaluations", saltelli.evaluations());
                manifest.root().put("sequence_points_skipped", Sobol.SKIPPED_POINTS);
                manifest.root().put("bootstrap_resamples", resamples());
                manifest.root().put("bootstrap_seed", scenario.seed);
            } else {
                manifest.root().put("trajectories", trajectories());
                manifest.root().put("levels", levels());
                manifest.root().put("delta", Morris.delta(levels()));
            }
            manifest.write(dir, options.threads);
            folder.journal().close();
            Journal.finished(dir);
            System.out.printf("sensitivity (%s): %d parameter(s), %d design points x %d replication(s) in %.1f s -> %s%n", method, ps.size(),
                    points, scenario.replications, (System.nanoTime() - start) / 1e9, dir);
            return Main.OK;
        } catch (Throwable e) {
            folder.abandon();
            throw e;
        }
    }

    /**
     * True for Sobol. Each method's options are refused with the other method rather than
     * silently ignored, so a command line always means what it says.
     */
    private boolean checkMethodOptions() {
        if (!method.equals("morris") && !method.equals("sobol")) {
            throw new BadInputException("--method: expected morris or sobol; found '" + method + "'");
        }
        boolean sobol = method.equals("sobol");
        if (sobol && (trajectories != null || levels != null)) {
            throw new BadInputException("--trajectories and --levels are Morris options; with --method sobol use --samples (and --bootstrap)");
        }
        if (!sobol && (samples != null || bootstrap != null)) {
            throw new BadInputException("--samples and --bootstrap are Sobol options; add --method sobol, or use --trajectories with Morris");
        }
        if (sobol && (samples() < MIN_SAMPLES || samples() > MAX_SAMPLES)) {
            throw new BadInputException("--samples must be from " + MIN_SAMPLES + " to " + MAX_SAMPLES + ", found " + samples());
        }
        if (sobol && (resamples() < MIN_RESAMPLES || resamples() > MAX_RESAMPLES)) {
            throw new BadInputException("--bootstrap must be from " + MIN_RESAMPLES + " to " + MAX_RESAMPLES + ", found " + resamples());
        }
        return sobol;
    }

    private int trajectories() { return trajectories != null ? trajectories : 10; }
    private int levels() { return levels != null ? levels : 4; }
    private int samples() { return samples != null ? samples : 64; }
    private int resamples() { return bootstrap != null ? bootstrap : 1000; }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim sensitivity ").append(scenarioFile);
        for (String p : params) sb.append(" --param ").append(p);
        sb.append(" --method ").append(method);
        if (method.equals("sobol")) sb.append(" --samples ").append(samples()).append(" --bootstrap ").append(resamples());
        else sb.append(" --trajectories ").append(trajectories()).append(" --levels ").append(levels());
        if (replications != null) sb.append(" --replications ").append(replications);
        overrides.appendTo(sb);
        selection.appendTo(sb);
        return sb.toString();
    }
}
