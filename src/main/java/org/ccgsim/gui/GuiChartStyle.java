package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import org.ccgsim.scenario.Months;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look of the GUI's small live charts: Okabe-Ito colours (safe for the common colour-vision
 * deficiencies), white background, light grid, legend below, months as "Apr 2014". Sized for a
 * side panel; the report charts (org.ccgsim.chart) use larger text for print.
 */
final class GuiChartStyle {
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color GREY = new Color(0x777777);
    static final Color GRID = new Color(0xDDDDDD);

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
        x.setNumberFormatOverride(monthFormat());
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

    /** Model months (0 = April 2013) as "Apr 2013"; nothing for values between months. */
    static NumberFormat monthFormat() {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                long m = Math.round(number);
                return m >= 0 && Math.abs(number - m) < 1e-6 ? to.append(Months.longLabel((int) m)) : to;
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
                return number >= 0 ? to.append(Months.longLabel((int) number)) : to;
            }

            @Override public Number parse(String source, ParsePosition pos) { return null; }
        };
    }
}
