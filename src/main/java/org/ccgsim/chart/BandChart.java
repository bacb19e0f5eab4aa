package org.ccgsim.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Lines over time (or over a swept parameter), each with an optional shaded interval. Layers are
 * drawn in the order added, so add wide light bands first and lines last.
 */
public final class BandChart {

    private enum Kind { MEAN_WITH_BAND, LIGHT_BAND, LINE, DASHED, THIN, REFERENCE }

    private record Layer(Band band, Color color, Kind kind) {
    }

    private static final Shape LEGEND_LINE = new Line2D.Double(-12, 0, 12, 0);
    private static final Shape LEGEND_BOX = new Rectangle2D.Double(-10, -6, 20, 12);

    private final String title;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final List<Layer> layers = new ArrayList<>();
    private boolean zeroLine;
    private boolean splitYears;
    private boolean markers;

    private BandChart(String title, NumberAxis xAxis, NumberAxis yAxis) {
        this.title = title;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** x is the month index (0 = April 2013). */
    public static BandChart overTime(String title, String yLabel, boolean money) {
        return new BandChart(title, ChartTheme.monthAxis(), money ? ChartTheme.moneyAxis(yLabel) : ChartTheme.valueAxis(yLabel));
    }

    /** x is a numeric value such as a swept parameter. */
    public static BandChart overValue(String title, String xLabel, String yLabel, boolean money) {
        return new BandChart(title, ChartTheme.valueAxis(xLabel), money ? ChartTheme.moneyAxis(yLabel) : ChartTheme.valueAxis(yLabel));
    }

    /** Mean line with its 95% band. */
    public BandChart band(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.MEAN_WITH_BAND));
        return this;
    }

    /** A lighter band without a line (for example the inter-quartile range). */
    public BandChart lightBand(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.LIGHT_BAND));
        return this;
    }

    /** A solid line without a band. */
    public BandChart line(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.LINE));
        return this;
    }

    public BandChart dashed(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.DASHED));
        return this;
    }

    /** A thin line; with a null label it gets no legend entry (for many CCGs at once). */
    public BandChart thin(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.THIN));
        return this;
    }

    /** A target or plan line: thin, short dashes. */
    public BandChart reference(Band band, Color color) {
        layers.add(new Layer(band, color, Kind.REFERENCE));
        return this;
    }

    /**
     * Breaks every line at the end of each financial year (March to April), for year-to-date
     * figures that reset each April: a joining line would suggest a fall that never happened.
     */
    public BandChart splitByFinancialYear() {
        this.splitYears = true;
        return this;
    }

    /** Dots on the data points, for few points such as the values of a sweep. */
    public BandChart markers() {
        this.markers = true;
        return this;
    }

    public BandChart zeroLine() {
        this.zeroLine = true;
        return this;
    }

    public BandChart includeZero() {
        yAxis.setAutoRangeIncludesZero(true);
        return this;
    }

    public BandChart yRange(double lower, double upper) {
        yAxis.setRange(lower, upper);
        return this;
    }

    public JFreeChart build(String... notes) {
        XYPlot plot = plot();
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, plot.getFixedLegendItems().getItemCount() > 0);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /**
     * Panels stacked above each other on one shared time axis, for measures on different scales.
     * Each panel's title is unused; its y label names it.
     */
    public static JFreeChart stacked(String title, List<BandChart> panels, String... notes) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartTheme.monthAxis());
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        for (BandChart p : panels) {
            XYPlot sub = p.plot();
            legend.addAll(sub.getFixedLegendItems());
            combined.add(sub, 1);
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, combined, legend.getItemCount() > 0);
        ChartTheme.apply(chart, notes);
        for (Object sub : combined.getSubplots()) {
            XYPlot xy = (XYPlot) sub;
            xy.setDomainGridlinePaint(ChartTheme.GRID);
            xy.setRangeGridlinePaint(ChartTheme.GRID);
            xy.setBackgroundPaint(Color.WHITE);
            xy.setOutlineVisible(false);
            ChartTheme.styleAxis(xy.getRangeAxis());
        }
        return chart;
    }

    private XYPlot plot() {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();
        int index = 0;
        for (Layer layer : layers) {
            Band b = layer.band();
            List<Band> parts = splitYears ? byFinancialYear(b) : List.of(b);
            if (layer.kind() == Kind.MEAN_WITH_BAND || layer.kind() == Kind.LIGHT_BAND) {
                if (!b.hasInterval()) {
                    throw new IllegalArgumentException("band without interval: " + b.label());
                }
                YIntervalSeriesCollection data = new YIntervalSeriesCollection();
                parts.forEach(part -> data.addSeries(intervalSeries(part, data.getSeriesCount())));
                plot.setDataset(index, data);
                DeviationRenderer r = new DeviationRenderer(true, markers);
                r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
                r.setAutoPopulateSeriesShape(false);
                boolean light = layer.kind() == Kind.LIGHT_BAND;
                for (int s = 0; s < parts.size(); s++) {
                    r.setSeriesPaint(s, layer.color());
                    r.setSeriesFillPaint(s, layer.color());
                    r.setSeriesStroke(s, ChartTheme.LINE);
                    r.setSeriesLinesVisible(s, !light);
                }
                r.setAutoPopulateSeriesFillPaint(false);
                r.setAlpha(light ? ChartTheme.LIGHT_BAND_ALPHA : ChartTheme.BAND_ALPHA);
                plot.setRenderer(index, r);
                if (b.label() != null) {
                    legend.add(light
                            ? new LegendItem(b.label(), null, null, null, LEGEND_BOX, ChartTheme.translucent(layer.color(), 0.3f))
                            : new LegendItem(b.label(), null, null, null, LEGEND_LINE, ChartTheme.LINE, layer.color()));
                }
            } else {
                XYSeriesCollection data = new XYSeriesCollection();
                parts.forEach(part -> data.addSeries(lineSeries(part, data.getSeriesCount())));
                plot.setDataset(index, data);
                XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
                r.setDrawSeriesLineAsPath(true); // one SVG path per line, not one element per segment
                var stroke = switch (layer.kind()) {
                    case LINE -> ChartTheme.LINE;
                    case DASHED -> ChartTheme.DASHED;
                    case REFERENCE -> ChartTheme.REFERENCE;
                    default -> ChartTheme.THIN;
                };
                for (int s = 0; s < parts.size(); s++) {
                    r.setSeriesPaint(s, layer.color());
                    r.setSeriesStroke(s, stroke);
                }
                plot.setRenderer(index, r);
                if (b.label() != null) {
                    legend.add(new LegendItem(b.label(), null, null, null, LEGEND_LINE, stroke, layer.color()));
                }
            }
            index++;
        }
        if (zeroLine) {
            plot.addRangeMarker(new ValueMarker(0, ChartTheme.MUTED, ChartTheme.THIN));
        }
        plot.setFixedLegendItems(legend);
        return plot;
    }

    /** Pieces of a band over months, one per financial year (April to March). */
    static List<Band> byFinancialYear(Band b) {
        List<Band> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= b.x().length; i++) {
            if (i == b.x().length || Math.floorDiv((int) Math.round(b.x()[i]), 12) != Math.floorDiv((int) Math.round(b.x()[start]), 12)) {
                parts.add(new Band(b.label(), java.util.Arrays.copyOfRange(b.x(), start, i), java.util.Arrays.copyOfRange(b.mean(), start, i),
                        b.low() == null ? null : java.util.Arrays.copyOfRange(b.low(), start, i),
                        b.high() == null ? null : java.util.Arrays.copyOfRange(b.high(), start, i)));
                start = i;
            }
        }
        return parts;
    }

    private static YIntervalSeries intervalSeries(Band b, int index) {
        YIntervalSeries s = new YIntervalSeries((b.label() == null ? "series" : b.label()) + " " + index, false, true);
        for (int i = 0; i < b.x().length; i++) {
            double m = b.mean()[i];
            if (Double.isNaN(m)) {
                continue;
            }
            double lo = Double.isNaN(b.low()[i]) ? m : b.low()[i];
            double hi = Double.isNaN(b.high()[i]) ? m : b.high()[i];
            s.add(b.x()[i], m, lo, hi);
        }
        return s;
    }

    private static XYSeries lineSeries(Band b, int index) {
        XYSeries s = new XYSeries((b.label() == null ? "series" : b.label()) + " " + index, false, true);
        for (int i = 0; i < b.x().length; i++) {
            if (!Double.isNaN(b.mean()[i])) {
                s.add(b.x()[i], b.mean()[i]);
            }
        }
        return s;
    }
}
