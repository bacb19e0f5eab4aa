package org.ccgsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccgsim.report.Checks;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartThemeTest {

    @TempDir
    Path tmp;

    @Test
    void moneyIsPoundsWithSuffixesNeverExponent() {
        assertEquals("£320m", MoneyFormat.pounds(3.2e8));
        assertEquals("£1.25m", MoneyFormat.pounds(1_250_000));
        assertEquals("£850k", MoneyFormat.pounds(850_000));
        assertEquals("£2.5k", MoneyFormat.pounds(2_500));
        assertEquals("-£40k", MoneyFormat.pounds(-40_000));
        assertEquals("£0", MoneyFormat.pounds(0));
        assertEquals("£1.5bn", MoneyFormat.pounds(1.5e9));
        assertFalse(new MoneyFormat().format(3.2e8).contains("E"));
    }

    @Test
    void monthsAreCalendarDatesFromApril2013() {
        assertEquals("Apr 2013", MonthFormat.shortName(0));
        assertEquals("Mar 2014", MonthFormat.shortName(11));
        assertEquals("Apr 2014", MonthFormat.shortName(12));
        assertEquals("Jan 2014", MonthFormat.shortName(9));
        assertEquals("March 2018", MonthFormat.longName(59));
        assertEquals("2013/14", MonthFormat.financialYear(11));
        assertEquals("2014/15", MonthFormat.financialYear(12));
    }

    @Test
    void axesUseTheThemeFormatters() {
        NumberAxis money = ChartTheme.moneyAxis("£");
        NumberTickUnit unit = (NumberTickUnit) money.getStandardTickUnits().getCeilingTickUnit(2e7);
        assertEquals("£20m", unit.valueToString(2e7));
        NumberAxis months = ChartTheme.monthAxis();
        assertEquals("Apr 2015", ((NumberTickUnit) months.getStandardTickUnits().getCeilingTickUnit(12)).valueToString(24));
        assertEquals(8, ChartTheme.PALETTE.size());
    }

    @Test
    void bandChartDrawsAPictureAndRepeatableSvg() throws Exception {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0.45, 0.47, 0.5, 0.52, 0.53, 0.55};
        double[] lo = {0.43, 0.45, 0.48, 0.5, 0.51, 0.53};
        double[] hi = {0.47, 0.49, 0.52, 0.54, 0.55, 0.57};
        JFreeChart chart = BandChart.overTime("Engagement", "engagement", false)
                .band(new Band("Mean", x, y, lo, hi), ChartTheme.BLUE).dashed(Band.line("Perceived", x, hi), ChartTheme.VERMILLION)
                .build(ChartTheme.runNote("test", 2));
        List<Path> files = ChartFile.write(chart, tmp, "band", 800, 500);
        Checks.assertPicture(files.get(0), 800, 500);
        Checks.parseXml(files.get(1));
        String first = Files.readString(files.get(1));
        ChartFile.write(chart, tmp, "band", 800, 500);
        assertEquals(first, Files.readString(files.get(1)), "SVG must be byte-identical when redrawn");
        assertTrue(((XYPlot) chart.getPlot()).getDomainAxis() instanceof NumberAxis);
    }

    @Test
    void splitByFinancialYearBreaksAtApril() {
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        List<Band> parts = BandChart.byFinancialYear(Band.line("ytd", x, x));
        assertEquals(3, parts.size());
        assertEquals(12, parts.get(0).x().length);
        assertEquals(12.0, parts.get(1).x()[0]);
    }

    @Test
    void otherChartTypesDraw() throws Exception {
        JFreeChart timeline = Charts.timeline("Contracts", List.of("a – t1", "a – t2"),
                List.of(new Charts.Span(0, 0, 4, "stand-off"), new Charts.Span(0, 4, 24, "signed"), new Charts.Span(1, 0, 24, "signed")),
                List.of("stand-off", "signed"), Map.of("stand-off", ChartTheme.VERMILLION, "signed", ChartTheme.BLUISH_GREEN),
                Set.of("stand-off"));
        Checks.assertPicture(ChartFile.write(timeline, tmp, "timeline", 900, 400).get(0), 900, 400);
        JFreeChart heat = Charts.heatMap("Heat", "x", List.of("0", "1"), "y", List.of("a", "b", "c"),
                new double[][] {{1, 2, 3}, {4, 5, 6}}, "z", false, v -> String.valueOf(v));
        Checks.assertPicture(ChartFile.write(heat, tmp, "heat", 900, 500).get(0), 900, 500);
        JFreeChart dots = Charts.dotWhisker("Diff", "%", List.of("one", "two"),
                List.of(new Charts.IntervalSeries("B", new double[] {-5, 3}, new double[] {-7, 1}, new double[] {-3, 5})));
        Checks.assertPicture(ChartFile.write(dots, tmp, "dots", 900, 500).get(0), 900, 500);
    }
}
