package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.output.ComparisonWriter;
import org.ccgsim.output.Journal;
import org.ccgsim.output.Manifest;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.output.RunWriter;
import org.ccgsim.report.ReportBuilder;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs two or more scenarios with common random numbers: every scenario takes the FIRST scenario's
 * seed (and so the same replication seeds), so differences are paired replication by replication.
 */
@Command(name = "compare", description = "Run scenarios with common random numbers (all take the first scenario's seed) "
        + "and compare their final-year outcomes: paired differences against the first, 95%% intervals, p-values.")
final class CompareCommand extends ExperimentCommand {
    @Parameters(arity = "2..*", paramLabel = "SCENARIO.yaml", description = "Two or more scenario files; the first is the reference")
    List<Path> scenarioFiles;

    @Option(names = "--replications", description = "Replications (overrides every scenario)")
    Integer replications;

    @Mixin PosteriorOption posterior;

    @Override
    public Integer call() throws Exception {
        List<String> common = overrides.with(replications == null ? null : "replications=" + replications);
        RunOptions options = workers.runOptions();
        // Load and validate everything before any folder is made.
        List<LoadedScenario> loaded = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < scenarioFiles.size(); i++) {
            List<String> s = new ArrayList<>(common);
            if (i > 0) s.add("seed=" + loaded.get(0).scenario().seed);
            LoadedScenario l = Scenarios.load(scenarioFiles.get(i), s);
            String name = folderName(l.scenario().name);
            if (!used.add(name)) {
                int k = 2;
                while (!used.add(name + "-" + k)) k++;
                name = name + "-" + k;
            }
            if (!name.equals(l.scenario().name)) {
                s.add("name=" + name);
                l = Scenarios.load(scenarioFiles.get(i), s);
            }
            loaded.add(l);
            names.add(name);
        }
        var draws = posterior.load(loaded.get(0).scenario());
        for (LoadedScenario l : loaded) posterior.load(l.scenario());
        if (draws != null && shards.shard() != null) throw new BadInputException("--posterior and --shard cannot be combined yet: run the posterior replications unsplit");
        resume.check(output);
        org.ccgsim.experiment.Shard shard = shards.shard();
        if (shard != null) {
            if (resume.resuming()) throw new BadInputException("--resume and --shard: a part is not resumed; run the shard again");
            return Sharding.runPart("compare", commandLine(), shards, shard, loaded, loaded.stream().map(LoadedScenario::scenario).toList(), true,
                    options, output, workers.quiet);
        }
        options.source = shards.replayFor(loaded);
        StringBuilder identity = new StringBuilder("ccgsim compare");
        for (int i = 0; i < loaded.size(); i++) identity.append('\n').append(names.get(i)).append(' ').append(loaded.get(i).sha256());
        Resumable folder = Resumable.open(resume, output, "compare", identity.toString(), record -> {});
        Path dir = folder.dir();
        try {
            Manifest manifest = Manifest.experiment("compare", commandLine(), Main.version());
            if (draws != null) org.ccgsim.output.PosteriorFile.describe(manifest.root(), draws, loaded.get(0).scenario().seed, 0,
                    loaded.get(0).scenario().replications - 1);
            List<FinalYearValues> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < loaded.size(); i++) {
                LoadedScenario l = loaded.get(i);
                Scenario scenario = l.scenario();
                Path sub = dir.resolve(names.get(i));
                String subIdentity = "ccgsim compare scenario\n" + names.get(i) + " " + l.sha256();
                boolean replay = resume.resuming() && Journal.exists(sub);
                if (resume.resuming() && !replay) OutputFolders.discard(sub); // begun, but not one replication recorded
                RunWriter writer = replay ? RunWriter.resuming(sub, scenario, l.resolvedYaml(), output.compress)
                        : new RunWriter(sub, scenario, l.resolvedYaml(), false, output.compress);
                FinalYearValues values = new FinalYearValues(writer);
                options.rows = RunWriter.rows();
                posterior.attach(draws, options, writer, scenario, 0, scenario.replications - 1);
                Journal journal = null;
                try (Progress bar = Progress.bar(workers.quiet, names.get(i), scenario.replications)) {
                    journal = replay ? Journal.resume(sub, subIdentity, record -> values.accept(Journal.decodeReplication(record)))
                            : Journal.create(sub, subIdentity);
                    Journal j = journal;
                    options.resumeFrom = j.replayed();
                    Experiment.run(scenario, options, EventCompiler::compile, r -> {
                        values.accept(r);
                        j.append(Journal.encode(r));
                    }, done -> Progress.stepTo(bar, j.replayed() + done));
                    journal.close();
                } catch (Throwable e) {
                    writer.close();
                    if (journal != null) journal.close();
                    throw e;
                }
                writer.writeSummaries();
                if (!output.noReport) ReportBuilder.buildRun(sub);
                writer.finish(commandLine() + "  # scenario " + names.get(i), Main.version(), l.sha256(), options.threads);
                runs.add(values);
                manifest.scenario(names.get(i), l.sha256(), scenario.seed, values.seeds());
            }
            ComparisonWriter.write(dir.resolve("comparison.csv"), names, runs);
            if (!output.noReport) ReportBuilder.buildComparison(dir);
            manifest.write(dir, options.threads);
            folder.journal().close();
            Journal.finished(dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("compare: %d scenarios x %d replication(s) in %.1f s -> %s%n", loaded.size(), runs.get(0).replications(), seconds, dir);
            return Main.OK;
        } catch (Throwable e) {
            folder.abandon();
            throw e;
        }
    }

    static String folderName(String name) {
        // never ".", ".." or a hidden name (they would write into the comparison's own folder or above it), never too long for a file system
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "").replaceAll("-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("[.-]+$", "");
        return s.isEmpty() ? "scenario" : s;
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim compare");
        for (Path p : scenarioFiles) sb.append(' ').append(p);
        if (replications != null) sb.append(" --replications ").append(replications);
        overrides.appendTo(sb);
        posterior.appendTo(sb);
        return sb.toString();
    }
}
