package org.ccgsim.report;

import org.ccgsim.outcome.Kind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparison, sweep and sensitivity reports. */
class ExperimentReportTest {

    @TempDir
    Path tmp;

    private static void checkFiles(List<Path> files) throws Exception {
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".png")) {
                var img = javax.imageio.ImageIO.read(f.toFile());
                Checks.assertPicture(f, img.getWidth(), img.getHeight());
            } else {
                Checks.parseXml(f); // SVG and report.html
            }
            if (name.endsWith(".html")) {
                String html = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(html.contains("http://") || html.contains("https://"), "no links in " + f);
            }
        }
    }

    @Test
    void comparisonLeadsWithPairedDifferences() throws Exception {
        Path dir = Fixtures.compare(tmp.resolve("compare"), 1);
        List<Path> files = ReportBuilder.buildComparison(dir);
        checkFiles(files);
        assertTrue(files.contains(dir.resolve("charts/compare-differences.png")));
        assertTrue(files.contains(dir.resolve("charts/compare-engagement.png")));
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        ComparisonResults c = ComparisonResults.read(dir);
        ComparisonResults.Row d = c.row("stoke", "engagement_mean", "directive").orElseThrow();
        ComparisonResults.Row e = c.row("stoke", "engagement_mean", "engagement-led").orElseThrow();
        String expected = "Under directive, mean GP engagement on average in the final year was "
                + Format.withInterval(d.mean(), d.low(), d.high(), Kind.SHARE) + ", against "
                + Format.withInterval(e.mean(), e.low(), e.high(), Kind.SHARE) + " under engagement-led; difference "
                + Format.signed(d.diff(), Kind.SHARE);
        assertTrue(html.contains(Html.esc(expected)), "lead sentence: " + expected);
        int differences = html.indexOf("id=\"differences\"");
        int charts = html.indexOf("id=\"charts\"");
        assertTrue(differences > 0 && differences < charts, "differences come before the charts");
        byte[] first = Files.readAllBytes(dir.resolve("report.html"));
        ReportBuilder.buildComparison(dir);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("report.html")));
    }

    @Test
    void sweepOfOneParameterDrawsLinesAndOfTwoAHeatMap() throws Exception {
        Path one = Fixtures.sweep(tmp.resolve("sweep1"), 1);
        List<Path> f1 = ReportBuilder.buildSweep(one);
        checkFiles(f1);
        assertTrue(f1.contains(one.resolve("charts/sweep-engagement_mean-ccg_management_mix.png")), f1.toString());
        Path two = Fixtures.sweep(tmp.resolve("sweep2"), 2);
        List<Path> f2 = ReportBuilder.buildSweep(two);
        checkFiles(f2);
        assertTrue(f2.contains(two.resolve("charts/sweep-qipp_delivered.png")), f2.toString());
    }

    @Test
    void sensitivityRanksParameters() throws Exception {
        for (boolean sobol : new boolean[] {false, true}) {
            Path dir = Fixtures.sensitivity(tmp.resolve(sobol ? "sobol" : "morris"), sobol);
            List<Path> files = ReportBuilder.buildSensitivity(dir);
            checkFiles(files);
            assertTrue(files.contains(dir.resolve("charts/sensitivity-engagement_mean.png")));
            String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
            assertTrue(html.indexOf("ccg.management.mix") < html.indexOf("world.abolitionTalk"), "ranked order");
        }
    }
}
