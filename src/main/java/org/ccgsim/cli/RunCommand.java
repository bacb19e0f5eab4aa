package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.List;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.output.Journal;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.output.RunWriter;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run a scenario headless: replications in parallel, CSV and JSON results, charts and a report.")
final class RunCommand extends ExperimentCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--replications", description = "Replications (overrides the scenario)")
    Integer replications;

    @Option(names = "--replication", description = "Run only replication k (0-based), with the seed it has in a full run")
    Integer replication;

    @Option(names = "--seed", description = "Scenario seed (overrides the scenario)")
    Long seed;

    @Mixin PosteriorOption posterior;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = Scenarios.load(scenarioFile, overrides.with(replications == null ? null : "replications=" + replications,
                seed == null ? null : "seed=" + seed));
        Scenario scenario = loaded.scenario();
        RunOptions options = workers.runOptions();
        options.rows = RunWriter.rows();
        if (replication != null) {
            if (replication < 0 || replication >= scenario.replications) {
                throw new BadInputException("--replication must be between 0 and " + (scenario.replications - 1) + ", found " + replication);
            }
            options.onlyReplication = replication;
        }
        var draws = posterior.load(scenario);
        if (draws != null && shards.shard() != null) throw new BadInputException("--posterior and --shard cannot be combined yet: run the posterior replications unsplit");
        resume.check(output);
        org.ccgsim.experiment.Shard shard = shards.shard();
        if (shard != null) {
            if (replication != null) throw new BadInputException("--replication and --shard: give one or the other");
            if (resume.resuming()) throw new BadInputException("--resume and --shard: a part is not resumed; run the shard again");
            return Sharding.runPart("run", commandLine(), shards, shard, List.of(loaded), List.of(scenario), true, options, output, workers.quiet);
        }
        options.source = shards.replayFor(List.of(loaded));
        // The journal's first record: what this folder is for, so --resume refuses another scenario or options.
        String identity = identity(loaded.sha256(), options.onlyReplication);
        Path dir = resume.resuming() ? resume.dir : output.folder(scenario.name);
        RunWriter writer;
        Journal journal;
        if (resume.resuming()) {
            Journal.prepareResume(dir);
            writer = RunWriter.resuming(dir, scenario, loaded.resolvedYaml(), output.compress);
            try {
                journal = Journal.resume(dir, identity, record -> writer.accept(Journal.decodeReplication(record)));
            } catch (Throwable e) {
                writer.close();
                throw e;
            }
        } else {
            try {
                writer = new RunWriter(dir, scenario, loaded.resolvedYaml(), output.force, output.compress);
            } catch (OutputFolders.FolderExistsException e) {
                throw new BadInputException(e.getMessage());
            }
            try {
                journal = Journal.create(dir, identity);
            } catch (Throwable e) {
                writer.close();
                OutputFolders.discard(dir);
                throw e;
            }
        }
        int total = options.onlyReplication >= 0 ? 1 : scenario.replications;
        long start = System.nanoTime();
        try {
            posterior.attach(draws, options, writer, scenario, options.onlyReplication >= 0 ? options.onlyReplication : 0,
                    options.onlyReplication >= 0 ? options.onlyReplication : scenario.replications - 1);
        } catch (Exception e) {
            writer.close();
            OutputFolders.discard(dir);
            throw e;
        }
        try (Progress progress = Progress.start(workers.quiet, scenario.name, total, output.noReport ? 0 : 1)) {
            int replayed = journal.replayed();
            progress.stepTo(replayed);
            if (options.onlyReplication < 0) options.resumeFrom = replayed;
            if (options.onlyReplication < 0 || replayed == 0) {
                Experiment.run(scenario, options, EventCompiler::compile, r -> {
                    writer.accept(r);
                    journal.append(Journal.encode(r));
                }, done -> progress.stepTo(replayed + done));
            }
            progress.phase("summaries");
            writer.writeSummaries();
            if (!output.noReport) {
                progress.phase("charts and report");
                Reports.buildRun(dir);
                progress.phaseDone();
            }
            writer.finish(commandLine(), Main.version(), loaded.sha256(), options.threads);
            journal.close();
            Journal.finished(dir);
        } catch (Throwable e) {
            writer.close();
            journal.close();
            OutputFolders.discard(dir); // a failed run leaves nothing that could pass for results
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d replication(s) x %d months in %.1f s -> %s%n", scenario.name, total, scenario.months, seconds, dir);
        return Main.OK;
    }

    /** The journal's first record for a run: the resolved scenario and which replications. */
    static String identity(String scenarioSha256, int onlyReplication) {
        return "ccgsim run\nscenario " + scenarioSha256 + "\nreplication " + onlyReplication;
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim run ").append(scenarioFile);
        if (replications != null) sb.append(" --replications ").append(replications);
        if (replication != null) sb.append(" --replication ").append(replication);
        if (seed != null) sb.append(" --seed ").append(seed);
        overrides.appendTo(sb);
        posterior.appendTo(sb);
        return sb.toString();
    }
}
