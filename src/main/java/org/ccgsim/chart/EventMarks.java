package org.ccgsim.chart;

import java.awt.BasicStroke;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** Timed changes of a scenario (a lever switched in April 2014, say) drawn on every chart over months. */
public final class EventMarks {
    private EventMarks() {}

    /** A change at {@code month} (0 = April 2013), labelled in a few words. */
    public record Mark(int month, String label) {
    }

    private static final BasicStroke STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {8f, 5f}, 0f);

    /** Adds a labelled vertical line per mark to each month-axis plot of the chart; other charts are left alone. */
    public static void addTo(JFreeChart chart, List<Mark> marks) {
        if (marks.isEmpty()) return;
        Plot p = chart.getPlot();
        if (p instanceof CombinedDomainXYPlot combined) {
            boolean first = true;
            for (XYPlot sub : combined.getSubplots()) {
                if (isMonthAxis(combined.getDomainAxis())) mark(sub, marks, first);
                first = false;
            }
        } else if (p instanceof XYPlot xy && isMonthAxis(xy.getDomainAxis())) {
            mark(xy, marks, true);
        }
    }

    /** Is this the month axis of {@link ChartTheme#monthAxis()}? (its ticks read as months) */
    static boolean isMonthAxis(ValueAxis axis) {
        if (!(axis instanceof NumberAxis n) || n.getStandardTickUnits() == null) return false;
        return n.getStandardTickUnits().getCeilingTickUnit(12).valueToString(12).equals(MonthFormat.shortName(12));
    }

    private static void mark(XYPlot plot, List<Mark> marks, boolean labelled) {
        for (Mark m : marks) {
            ValueMarker v = new ValueMarker(m.month(), ChartTheme.REDDISH_PURPLE, STROKE);
            if (labelled) {
                v.setLabel(m.label());
                v.setLabelFont(ChartTheme.ANNOTATION);
                v.setLabelPaint(ChartTheme.REDDISH_PURPLE.darker());
                v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(v, Layer.FOREGROUND);
        }
    }
}
