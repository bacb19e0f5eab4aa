package org.ccgsim.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.ccgsim.experiment.RunOptions;
import org.ccgsim.output.OutputFolders;

/** Shared checks of the experiment commands. */
final class ExperimentOptions {
    private ExperimentOptions() {}

    static RunOptions runOptions(Integer threads) {
        RunOptions options = new RunOptions();
        if (threads != null) options.threads = Limits.threads(threads);
        return options;
    }

    static void prepare(Path dir, boolean force) throws IOException {
        try {
            OutputFolders.prepare(dir, force);
        } catch (OutputFolders.OutputFolderException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
