package org.ccgsim.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --resume DIR}: finish an interrupted run, comparison, sweep or sensitivity analysis (a picocli mixin). */
final class ResumeOptions {
    @Option(names = "--resume", paramLabel = "DIR", description = "Finish the interrupted experiment in DIR: give the command that "
            + "started it, with --resume DIR in place of --out DIR; the result is the same, byte for byte, as an uninterrupted run")
    Path dir;

    boolean resuming() { return dir != null; }

    /** --resume and --out/--force together are a contradiction. */
    void check(OutputOptions output) {
        if (dir != null && (output.out != null || output.force)) {
            throw new BadInputException("--resume DIR continues the folder DIR; give it without --out and --force");
        }
    }
}
