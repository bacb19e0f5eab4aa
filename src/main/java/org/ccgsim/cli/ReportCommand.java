package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccgsim.report.ReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "Rebuild the charts and report of a finished run, comparison, sweep or sensitivity folder without re-running.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTPUT_DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new BadInputException(dir + ": no such output folder");
        List<Path> written;
        if (Files.exists(dir.resolve("comparison.csv"))) written = ReportBuilder.buildComparison(dir);
        else if (Files.exists(dir.resolve("sweep_summary.csv"))) written = ReportBuilder.buildSweep(dir);
        else if (Files.exists(dir.resolve("sensitivity.csv"))) written = ReportBuilder.buildSensitivity(dir);
        else if (Files.exists(dir.resolve("summary.json"))) written = ReportBuilder.buildRun(dir);
        else throw new BadInputException(dir + ": not a finished ccgsim output folder (no summary.json, comparison.csv, sweep_summary.csv or sensitivity.csv)");
        System.out.println("wrote " + written.size() + " files in " + dir);
        return Main.OK;
    }
}
