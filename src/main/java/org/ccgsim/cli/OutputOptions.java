package org.ccgsim.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.ccgsim.output.OutputFolders;
import picocli.CommandLine.Option;

/** {@code --out} and {@code --force}: where results go, never over an earlier run unless forced (a picocli mixin). */
final class OutputOptions {
    @Option(names = "--out", description = "Output folder (default: a new folder under output/ named for the scenario or command and the time)")
    Path out;

    @Option(names = "--force", description = "Replace an existing output folder")
    boolean force;

    @Option(names = "--compress", description = "Run folders: gzip the per-replication CSV files (monthly.csv.gz, ...; "
            + "R's read.csv and pandas read them directly)")
    boolean compress;

    @Option(names = "--no-report", description = "Skip charts and report (the CSV and JSON files are the same)")
    boolean noReport;

    /** The folder: --out, or output/&lt;name&gt;-&lt;timestamp&gt;. */
    Path folder(String defaultName) {
        return out != null ? out : OutputFolders.defaultFor(defaultName);
    }

    /** The folder, created empty; an existing one is bad input unless --force. */
    Path prepare(String defaultName) throws IOException {
        Path dir = folder(defaultName);
        ExperimentOptions.prepare(dir, force);
        return dir;
    }
}
