package org.ccgsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every ccgsim chart: Okabe-Ito colours (safe for the common colour-vision
 * deficiencies), large sans-serif text, white background, light grid, legend below the plot so
 * it never covers data, money in £k/£m, months as "Apr 2014".
 */
public final class ChartTheme {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    // Okabe & Ito (2008) palette. Yellow comes last: it is hard to see on white.
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLACK = new Color(0x00, 0x00, 0x00);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final List<Color> PALETTE = List.of(BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW);

    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x77, 0x77, 0x77);

    private static final String FAMILY = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 24);
    public static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 17);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 15);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font ANNOTATION = new Font(FAMILY, Font.PLAIN, 14);

    public static final Stroke LINE = new BasicStroke(2.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {9f, 6f}, 0f);
    public static final Stroke THIN = new BasicStroke(1.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke REFERENCE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {4f, 4f}, 0f);

    /** Opacity of a 95% interval band and of a lighter second band (such as the inter-quartile range). */
    public static final float BAND_ALPHA = 0.25f;
    public static final float LIGHT_BAND_ALPHA = 0.12f;

    private ChartTheme() {
    }

    public static Color color(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** The standard subtitle of a run chart. */
    public static String runNote(String scenario, int replications) {
        return "Scenario: " + scenario + " · " + replications + (replications == 1 ? " replication" : " replications")
                + " · shaded band: 95% interval";
    }

    /** Styles a finished chart: background, fonts, grid, legend, subtitle lines. */
    public static void apply(JFreeChart chart, String... notes) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 10, 10, 16));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(4, 8, 2, 4));
        }
        // Subtitles in order; the legend (if any) is moved to the bottom.
        LegendTitle legend = chart.getLegend();
        for (String note : notes) {
            if (note == null || note.isBlank()) {
                continue;
            }
            TextTitle sub = new TextTitle(note, SUBTITLE);
            sub.setPaint(MUTED);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPadding(new RectangleInsets(0, 8, 2, 4));
            chart.addSubtitle(countTextSubtitles(chart), sub);
        }
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPadding(new RectangleInsets(8, 4, 2, 4));
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        stylePlot(chart.getPlot());
    }

    private static int countTextSubtitles(JFreeChart chart) {
        int n = 0;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle) {
                n++;
            }
        }
        return n;
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setDomainGridlinesVisible(false);
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(cat.getDomainAxis());
            styleAxis(cat.getRangeAxis());
        }
    }

    static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED);
        axis.setTickMarkPaint(MUTED);
        if (axis instanceof CategoryAxis cat) {
            cat.setCategoryMargin(0.25);
            cat.setMaximumCategoryLabelLines(2);
        }
    }

    /** A time axis over month indices, labelled "Apr 2014"; ticks fall on whole quarters, half-years or years. */
    public static NumberAxis monthAxis() {
        NumberAxis axis = new NumberAxis(null);
        MonthFormat format = new MonthFormat();
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 3, 6, 12, 24, 60, 120}) {
            units.add(new NumberTickUnit(step, format));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A value axis in pounds with k/m suffixes. */
    public static NumberAxis moneyAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        MoneyFormat format = new MoneyFormat();
        TickUnits units = new TickUnits();
        for (double magnitude = 1; magnitude <= 1e12; magnitude *= 10) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                units.add(new NumberTickUnit(m * magnitude, format));
            }
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** A plain value axis with UK digit grouping. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        NumberFormat plain = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK));
        TickUnits units = new TickUnits();
        for (double magnitude = 1e-4; magnitude <= 1e12; magnitude *= 10) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                units.add(new NumberTickUnit(m * magnitude, plain));
            }
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Semi-transparent version of a colour for bands. */
    public static Paint translucent(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    /** A colour blended toward white, for fills that must stay opaque (bars, timelines). */
    public static Color lighter(Color c, double towardWhite) {
        return new Color(
                (int) Math.round(c.getRed() + (255 - c.getRed()) * towardWhite),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * towardWhite),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * towardWhite));
    }
}
