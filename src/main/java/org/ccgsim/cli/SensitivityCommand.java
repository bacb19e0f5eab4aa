package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import org.ccgsim.experiment.Morris;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.experiment.Sensitivity;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.output.ExperimentManifest;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.report.ReportBuilder;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Global sensitivity screening (Morris elementary effects) of a scenario's final-year outcomes. */
@Command(name = "sensitivity", description = "Morris elementary-effects screening: which parameters move the final-year outcomes most.")
final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "path=lo:hi", description = "A numeric parameter and its range (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--method", description = "morris (the only method so far)")
    String method = "morris";

    @Option(names = "--trajectories", description = "Morris trajectories r (default 10)")
    int trajectories = 10;

    @Option(names = "--levels", description = "Morris grid levels p, even (default 4)")
    int levels = 4;

    @Option(names = "--replications", description = "Replications per design point (overrides the scenario)")
    Integer replications;

    @Option(names = "--months", description = "Months (overrides the scenario)")
    Integer months;

    @Option(names = "--threads", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", description = "Output folder (default: output/sensitivity-<scenario>-<timestamp>)")
    Path out;

    @Option(names = "--force", description = "Replace an existing output folder")
    boolean force;

    @Option(names = "--set", paramLabel = "path=value", description = "Override a scenario field")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!method.equals("morris")) throw new BadInputException("--method: only morris is available; found '" + method + "'");
        List<String> all = new ArrayList<>(sets);
        if (replications != null) all.add("replications=" + replications);
        if (months != null) all.add("months=" + months);
        LoadedScenario loaded = Scenarios.load(scenarioFile, all);
        Scenario scenario = loaded.scenario();
        RunOptions options = ExperimentOptions.runOptions(threads);
        List<SweepParameter> ps = new ArrayList<>();
        Morris.Design design;
        try {
            for (String p : params) {
                SweepParameter sp = SweepParameter.parse(p);
                if (!sp.isRange() || !sp.values().isEmpty()) throw new IllegalArgumentException("--param " + sp.path() + ": give a range lo:hi");
                if (sp.path().targets(scenario).isEmpty()) throw new IllegalArgumentException("'" + sp.path() + "' names no organisation in " + scenario.name);
                ps.add(sp);
            }
            design = Morris.design(ps.size(), trajectories, levels, scenario.seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Path dir = out != null ? out : OutputFolders.defaultFor("sensitivity-" + scenario.name);
        ExperimentOptions.prepare(dir, force);
        Files.writeString(dir.resolve("scenario.yaml"), loaded.resolvedYaml());
        long start = System.nanoTime();
        long total = (long) trajectories * (ps.size() + 1) * scenario.replications;
        double[][][] y;
        try (ProgressBar bar = Progress.bar(quiet, "morris " + scenario.name, total)) {
            y = Sensitivity.evaluate(scenario, ps, design, options.threads, done -> Progress.stepTo(bar, done));
        }
        Sensitivity.writeMorris(dir.resolve("sensitivity.csv"), ps, design, y);
        ReportBuilder.buildSensitivity(dir);
        List<Long> seeds = new ArrayList<>();
        for (int k = 0; k < scenario.replications; k++) seeds.add(org.ccgsim.experiment.ReplicationSeeds.seed(scenario.seed, k));
        ExperimentManifest manifest = new ExperimentManifest("sensitivity", commandLine(), Main.version())
                .scenario(scenario.name, loaded.sha256(), scenario.seed, seeds);
        manifest.root().put("method", "morris");
        manifest.root().put("trajectories", trajectories);
        manifest.root().put("levels", levels);
        manifest.root().put("delta", Morris.delta(levels));
        manifest.write(dir, options.threads);
        System.out.printf("sensitivity: %d parameter(s), %d trajectories x %d replication(s) in %.1f s -> %s%n", ps.size(), trajectories,
                scenario.replications, (System.nanoTime() - start) / 1e9, dir);
        return Main.OK;
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim sensitivity ").append(scenarioFile);
        for (String p : params) sb.append(" --param ").append(p);
        sb.append(" --method ").append(method).append(" --trajectories ").append(trajectories).append(" --levels ").append(levels);
        if (replications != null) sb.append(" --replications ").append(replications);
        if (months != null) sb.append(" --months ").append(months);
        for (String s : sets) sb.append(" --set ").append(s);
        return sb.toString();
    }
}
