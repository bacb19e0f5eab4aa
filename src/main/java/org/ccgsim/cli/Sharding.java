package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.experiment.Shard;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.output.PartWriter;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;

/** Runs one shard of an experiment into a part folder. */
final class Sharding {
    private Sharding() {}

    /**
     * @param kind    run, compare, sweep or sensitivity
     * @param loaded  the scenarios the command loaded (their hashes and seeds identify the experiment)
     * @param plan    the experiment's design points (or compared scenarios) in the order it runs them
     * @param withRows whether the experiment writes run folders (run, compare) or only numbers (sweep, sensitivity)
     */
    static int runPart(String kind, String command, ShardOptions shards, Shard shard, List<LoadedScenario> loaded, List<Scenario> plan,
                       boolean withRows, RunOptions options, OutputOptions output, boolean quiet) throws Exception {
        Path dir = output.folder(kind + "-" + plan.get(0).name + "-part-" + shard.index() + "-of-" + shard.count());
        ExperimentOptions.prepare(dir, output.force);
        long total = 0;
        for (Scenario s : plan) total += s.replications;
        long mine = shard.to(total) - shard.from(total);
        long start = System.nanoTime();
        try {
            List<PartWriter.ScenarioFacts> facts = new ArrayList<>();
            for (LoadedScenario l : loaded) {
                Scenario s = l.scenario();
                List<Long> seeds = new ArrayList<>();
                for (int k = 0; k < s.replications; k++) seeds.add(ReplicationSeeds.seed(s.seed, k));
                facts.add(new PartWriter.ScenarioFacts(s.name, l.sha256(), s.seed, seeds));
            }
            options.rows = withRows ? org.ccgsim.output.RunWriter.rows() : null;
            try (PartWriter part = new PartWriter(dir, !withRows);
                 Progress bar = Progress.bar(quiet, kind + " shard " + shard, mine)) {
                Experiment.runShard(plan, shard, options, EventCompiler::compile, part, done -> Progress.stepTo(bar, done));
                part.finish(new PartWriter.Identity(kind, command, shards.experimentArguments(), facts, total), shard, Main.version(), options.threads);
            }
        } catch (Throwable e) {
            OutputFolders.discard(dir); // a failed shard leaves nothing a merge could take for a finished part
            throw e;
        }
        System.out.printf("%s shard %s: replications %d-%d of %d in %.1f s -> %s%n", kind, shard, shard.from(total), shard.to(total) - 1, total,
                (System.nanoTime() - start) / 1e9, dir);
        return Main.OK;
    }
}
