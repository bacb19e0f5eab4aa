package org.ccgsim.chart;

import java.awt.geom.Ellipse2D;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cost of one replication against the size of the world, on log-log axes: a straight line of
 * slope one is linear growth. The dashed line is exact proportionality through the largest world.
 */
public final class ScalingChart {
    private ScalingChart() {}

    /**
     * @param practiceMonths practices x months of each measured world
     * @param seconds        median seconds per replication of each
     * @param note           the machine and method, shown under the title
     */
    public static JFreeChart of(double[] practiceMonths, double[] seconds, String note) {
        XYSeries measured = new XYSeries("Measured (median)");
        XYSeries linear = new XYSeries("Linear growth through the largest world");
        int last = practiceMonths.length - 1;
        double perPracticeMonth = seconds[last] / practiceMonths[last];
        for (int i = 0; i < practiceMonths.length; i++) {
            measured.add(practiceMonths[i], seconds[i]);
            linear.add(practiceMonths[i], perPracticeMonth * practiceMonths[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(measured);
        data.addSeries(linear);

        LogAxis x = new LogAxis("practice-months per replication (practices x 60 months)");
        x.setBase(10);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        LogAxis y = new LogAxis("seconds of monthly steps per replication, one thread");
        y.setBase(10);
        y.setTickUnit(new NumberTickUnit(1));
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));

        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartTheme.BLUE);
        r.setSeriesStroke(0, ChartTheme.LINE);
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(1, ChartTheme.MUTED);
        r.setSeriesStroke(1, ChartTheme.DASHED);
        r.setSeriesShapesVisible(1, false);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart("Cost grows in proportion to practices x months", ChartTheme.TITLE, plot, true);
        ChartTheme.apply(chart, note);
        return chart;
    }

    /** "2 cores · OpenJDK 17" style note. */
    public static String note(int cores, String java) {
        return String.format(Locale.ROOT, "England-shaped worlds of each size · bare model, one thread, median of repeated runs · %d cores · Java %s", cores, java);
    }
}
