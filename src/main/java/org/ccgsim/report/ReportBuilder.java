package org.ccgsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.chart.ChartFile;

/**
 * Entry points for the command line: charts and a self-contained report.html for a run, a
 * comparison, a sweep or a sensitivity analysis. Reads only the files the run wrote. Output is
 * repeatable: the same folder gives byte-identical report.html and SVG files.
 */
public final class ReportBuilder {

    static final String CHARTS = "charts";
    static final String REPORT = "report.html";

    private ReportBuilder() {
    }

    /** Charts (PNG and SVG in {@code charts/}) and report.html for one run folder; returns the files written. */
    public static List<Path> buildRun(Path runDir) throws IOException {
        RunResults run = RunResults.read(runDir);
        List<Figure> figures = RunCharts.build(run);
        List<Path> written = new ArrayList<>();
        Map<String, String> svg = writeFigures(figures, runDir.resolve(CHARTS), written);
        written.add(writeHtml(runDir.resolve(REPORT), PosteriorNote.insert(RunReport.html(run, figures, svg), runDir)));
        return written;
    }

    /** Charts and report.html for a compare folder (one run folder per scenario plus comparison.csv). */
    public static List<Path> buildComparison(Path compareDir) throws IOException {
        ComparisonResults c = ComparisonResults.read(compareDir);
        List<Figure> figures = ComparisonCharts.build(c);
        List<Path> written = new ArrayList<>();
        Map<String, String> svg = writeFigures(figures, compareDir.resolve(CHARTS), written);
        written.add(writeHtml(compareDir.resolve(REPORT), PosteriorNote.insert(ComparisonReport.html(c, figures, svg), compareDir)));
        return written;
    }

    /** Charts and report.html for a sweep folder (sweep_summary.csv). */
    public static List<Path> buildSweep(Path sweepDir) throws IOException {
        SweepSummary s = SweepSummary.read(sweepDir.resolve("sweep_summary.csv"));
        List<Figure> figures = SweepCharts.build(s);
        List<Path> written = new ArrayList<>();
        Map<String, String> svg = writeFigures(figures, sweepDir.resolve(CHARTS), written);
        written.add(writeHtml(sweepDir.resolve(REPORT), SweepCharts.html(s, figures, svg)));
        return written;
    }

    /** Charts and report.html for a sensitivity folder (sensitivity.csv). */
    public static List<Path> buildSensitivity(Path dir) throws IOException {
        Sensitivity s = Sensitivity.read(dir.resolve("sensitivity.csv"));
        List<Figure> figures = SensitivityCharts.build(s);
        List<Path> written = new ArrayList<>();
        Map<String, String> svg = writeFigures(figures, dir.resolve(CHARTS), written);
        written.add(writeHtml(dir.resolve(REPORT), SensitivityCharts.html(s, figures, svg)));
        return written;
    }

    /** Writes each figure as PNG and SVG; returns the SVG text by figure name, for embedding. */
    static Map<String, String> writeFigures(List<Figure> figures, Path dir, List<Path> written) throws IOException {
        Map<String, String> svg = new LinkedHashMap<>();
        for (Figure f : figures) {
            written.addAll(ChartFile.write(f.chart(), dir, f.name(), f.width(), f.height()));
            svg.put(f.name(), Files.readString(dir.resolve(f.name() + ".svg"), StandardCharsets.UTF_8));
        }
        return svg;
    }

    private static Path writeHtml(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
