package org.ccgsim.cli;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.Shard;
import org.ccgsim.output.Parts;
import org.ccgsim.scenario.LoadedScenario;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --shard i/N}: run one share of an experiment into a part folder, for {@code ccgsim merge}
 * to join (a picocli mixin). Inside a Slurm array job the share is the array task's.
 */
final class ShardOptions {
    @Option(names = "--shard", paramLabel = "i/N", description = "Run only shard i of N (1 <= i <= N) into a part folder for 'ccgsim merge'; "
            + "inside a Slurm array job the default is the array task's shard")
    String shard;

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    /** Set by 'ccgsim merge': the parts whose results the command reads instead of simulating. */
    Parts replay;

    /** The shard to run: --shard, else the Slurm array task's; null to run the whole experiment. */
    Shard shard() {
        if (replay != null) return null;
        try {
            if (shard != null) return Shard.parse(shard);
            return Shard.fromSlurm(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Options that say where and how a shard runs, not what it computes: left out of the command a part records. */
    private static final List<String> WHERE = List.of("--shard", "--out", "--threads");
    private static final List<String> HOW = List.of("--force", "--quiet");

    /** The command's arguments as given, less --shard, --out, --threads, --force and --quiet. */
    List<String> experimentArguments() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String a = all.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (WHERE.contains(name)) {
                if (!a.contains("=")) i++; // and its value
                continue;
            }
            if (HOW.contains(a)) continue;
            kept.add(a);
        }
        return kept;
    }

    /**
     * When merging, checks the scenario files still hold what the shards ran (their resolved
     * YAML's hashes) and returns the parts; null otherwise.
     */
    Parts replayFor(List<LoadedScenario> loaded) {
        if (replay == null) return null;
        List<String> recorded = replay.scenarioHashes();
        for (int i = 0; i < loaded.size(); i++) {
            String now = loaded.get(i).sha256();
            if (i >= recorded.size() || !recorded.get(i).equals(now)) {
                throw new BadInputException("merge: " + loaded.get(i).source() + " has changed since the shards ran (resolved scenario sha256 "
                        + now + ", the parts recorded " + (i < recorded.size() ? recorded.get(i) : "none") + ")");
            }
        }
        return replay;
    }
}
