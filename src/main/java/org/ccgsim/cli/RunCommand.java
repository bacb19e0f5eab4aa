package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.output.RunWriter;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run a scenario headless: replications in parallel, CSV and JSON results, charts and a report.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--replications", description = "Replications (overrides the scenario)")
    Integer replications;

    @Option(names = "--replication", description = "Run only replication k (0-based), with the seed it has in a full run")
    Integer replication;

    @Option(names = "--seed", description = "Scenario seed (overrides the scenario)")
    Long seed;

    @Option(names = "--no-report", description = "Skip charts and report")
    boolean noReport;

    @Mixin ScenarioOverrides overrides;
    @Mixin WorkerOptions workers;
    @Mixin OutputOptions output;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = Scenarios.load(scenarioFile, overrides.with(replications == null ? null : "replications=" + replications,
                seed == null ? null : "seed=" + seed));
        Scenario scenario = loaded.scenario();
        RunOptions options = workers.runOptions();
        if (replication != null) {
            if (replication < 0 || replication >= scenario.replications) {
                throw new BadInputException("--replication must be between 0 and " + (scenario.replications - 1) + ", found " + replication);
            }
            options.onlyReplication = replication;
        }
        Path dir = output.folder(scenario.name);
        RunWriter writer;
        try {
            writer = new RunWriter(dir, scenario, loaded.resolvedYaml(), output.force);
        } catch (OutputFolders.OutputFolderException e) {
            throw new BadInputException(e.getMessage());
        }
        int total = options.onlyReplication >= 0 ? 1 : scenario.replications;
        long start = System.nanoTime();
        try (ProgressBar bar = progressBar(scenario.name, total)) {
            Experiment.run(scenario, options, EventCompiler::compile, writer,
                    done -> { if (bar != null) bar.stepTo(done); });
            writer.writeSummaries();
            if (!noReport) Reports.buildRun(dir);
            writer.finish(commandLine(), Main.version(), loaded.sha256(), options.threads);
        } catch (Throwable e) {
            writer.close();
            OutputFolders.discard(dir); // a failed run leaves nothing that could pass for results
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d replication(s) x %d months in %.1f s -> %s%n", scenario.name, total, scenario.months, seconds, dir);
        return Main.OK;
    }

    private ProgressBar progressBar(String name, int total) {
        if (workers.quiet || System.console() == null) return null;
        return new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim run ").append(scenarioFile);
        if (replications != null) sb.append(" --replications ").append(replications);
        if (replication != null) sb.append(" --replication ").append(replication);
        if (seed != null) sb.append(" --seed ").append(seed);
        overrides.appendTo(sb);
        return sb.toString();
    }
}
