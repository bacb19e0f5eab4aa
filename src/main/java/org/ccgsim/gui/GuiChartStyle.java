package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.MonthFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look of the GUI's small live charts: Okabe-Ito colours (safe for the common colour-vision
 * deficiencies, the report's own palette), white background, light grid, legend below, months as
 * "Apr 2014" (the report's month format). Sized for a side panel; the report charts
 * (org.ccgsim.chart) use larger text for print.
 */
final class GuiChartStyle {
    // the report's palette (chart.ChartTheme), under the names the GUI's charts use
    static final Color BLUE = ChartTheme.BLUE;
    static final Color VERMILLION = ChartTheme.VERMILLION;
    static final Color BLUISH_GREEN = ChartTheme.BLUISH_GREEN;
    static final Color REDDISH_PURPLE = ChartTheme.REDDISH_PURPLE;
    static final Color GREY = ChartTheme.MUTED;
    static final Color GRID = ChartTheme.GRID;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f);
    static final BasicStroke DOTTED = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 4f}, 0f);

    private GuiChartStyle() {}

    /** Applies the style to a line chart whose x values are model months. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setNumberFormatOverride(new MonthFormat());
        x.setTickUnit(new NumberTickUnit(12));
        x.setTickLabelFont(TICK);
        x.setLabel(null);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setTickLabelFont(TICK);
        y.setLabelFont(TICK);
        y.setAutoRangeIncludesZero(false);
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer r) r.setDefaultShapesVisible(false);
    }
}
