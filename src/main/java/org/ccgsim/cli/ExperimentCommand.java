package org.ccgsim.cli;

import picocli.CommandLine.Mixin;

/** What every experiment command (run, compare, sweep, sensitivity) takes: overrides, workers, output, shards and resume. */
abstract class ExperimentCommand implements MergeCommand.Splittable {
    @Mixin ScenarioOverrides overrides;
    @Mixin WorkerOptions workers;
    @Mixin OutputOptions output;
    @Mixin ShardOptions shards;
    @Mixin ResumeOptions resume;

    @Override public ShardOptions shards() { return shards; }
}
