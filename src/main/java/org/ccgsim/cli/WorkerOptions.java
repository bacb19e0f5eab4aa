package org.ccgsim.cli;

import org.ccgsim.experiment.RunOptions;
import picocli.CommandLine.Option;

/** {@code --threads} and {@code --quiet}: how replications run and whether progress is shown (a picocli mixin). */
final class WorkerOptions {
    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar")
    boolean quiet;

    RunOptions runOptions() {
        return ExperimentOptions.runOptions(threads);
    }
}
