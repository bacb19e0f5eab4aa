package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccgsim.output.Journal;
import org.ccgsim.report.ReportBuilder;
import org.ccgsim.scenario.Excerpt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "Rebuild the charts and report of a finished run, comparison, sweep or sensitivity folder without re-running.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTPUT_DIR")
    Path dir;

    @Option(names = "--partial", description = "Report on a folder that did not finish (no manifest): what is there, marked as partial")
    boolean partial;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new BadInputException(Excerpt.of(dir.toString()) + ": no such output folder");
        boolean finished = Files.isRegularFile(dir.resolve("manifest.json"));
        if (!finished && !partial) {
            throw new BadInputException(Excerpt.of(dir.toString()) + ": the folder has no manifest.json, so its experiment did not finish"
                    + (Journal.exists(dir) ? " (finish it with the command that started it and --resume)" : "")
                    + "; add --partial for a report on what is there");
        }
        List<Path> written;
        try {
            if (Files.exists(dir.resolve("comparison.csv"))) written = ReportBuilder.buildComparison(dir);
            else if (Files.exists(dir.resolve("sweep_summary.csv"))) written = ReportBuilder.buildSweep(dir);
            else if (Files.exists(dir.resolve("sensitivity.csv"))) written = ReportBuilder.buildSensitivity(dir);
            else if (Files.exists(dir.resolve("summary.json"))) written = ReportBuilder.buildRun(dir);
            else throw new BadInputException(Excerpt.of(dir.toString()) + ": not a ccgsim output folder with results (no summary.json, "
                        + "comparison.csv, sweep_summary.csv or sensitivity.csv)" + (partial ? "; the run stopped before any summary was written" : ""));
        } catch (BadInputException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // the folder's files were cut short or edited: that is bad input, not a fault of ccgsim
            throw new BadInputException(Excerpt.of(dir.toString()) + ": the folder's files are damaged or incomplete, so no report "
                    + "can be made from them" + (e.getMessage() == null ? "" : " (" + Excerpt.of(e.getMessage()) + ")"));
        }
        if (!finished) {
            System.out.println("PARTIAL report: " + Excerpt.of(dir.toString()) + " has no manifest, so the experiment did not finish; "
                    + "the report shows only what was written");
        }
        System.out.println("wrote " + written.size() + " files in " + dir);
        return Main.OK;
    }
}
