package org.ccgsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Chart types other than lines over time: bars with intervals, dot-and-whisker, timeline, heat map, ranked bars. */
public final class Charts {

    private Charts() {
    }

    /** One series of values per category, each with a 95% interval. */
    public record CategorySeries(String label, double[] mean, double[] low, double[] high) {
    }

    /** One series of points with horizontal intervals, one point per row. */
    public record IntervalSeries(String label, double[] value, double[] low, double[] high) {
    }

    /** A spell of one state on one timeline row, months {@code from} to {@code toExclusive}. */
    public record Span(int row, int from, int toExclusive, String state) {
    }

    /** Bars with 95% whiskers; t intervals are symmetric, so the half-width is drawn as the error bar. */
    public static JFreeChart barsWithIntervals(String title, String yLabel, boolean money, List<String> categories,
                                               List<CategorySeries> series, String... notes) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (CategorySeries s : series) {
            for (int i = 0; i < categories.size(); i++) {
                double half = Double.isNaN(s.low()[i]) ? 0 : (s.high()[i] - s.low()[i]) / 2;
                data.add(s.mean()[i], half, s.label(), categories.get(i));
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = money ? ChartTheme.moneyAxis(yLabel) : ChartTheme.valueAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setErrorIndicatorPaint(ChartTheme.TEXT);
        r.setErrorIndicatorStroke(new BasicStroke(2f));
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, ChartTheme.color(i));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, series.size() > 1);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /**
     * Dot-and-whisker: one row per label (top to bottom), one dot per series, a vertical line at zero.
     */
    public static JFreeChart dotWhisker(String title, String xLabel, List<String> rows, List<IntervalSeries> series,
                                        String... notes) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int k = series.size();
        for (int s = 0; s < k; s++) {
            IntervalSeries is = series.get(s);
            XYIntervalSeries xs = new XYIntervalSeries(is.label());
            double offset = k == 1 ? 0 : (s - (k - 1) / 2.0) * Math.min(0.25, 0.7 / k);
            for (int i = 0; i < rows.size(); i++) {
                double v = is.value()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double lo = Double.isNaN(is.low()[i]) ? v : is.low()[i];
                double hi = Double.isNaN(is.high()[i]) ? v : is.high()[i];
                xs.add(v, lo, hi, i + offset, i + offset, i + offset);
            }
            data.addSeries(xs);
        }
        NumberAxis x = ChartTheme.valueAxis(xLabel);
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(null, rows.toArray(String[]::new));
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, rows.size() - 0.4);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(8);
        r.setDefaultLinesVisible(false);
        for (int s = 0; s < k; s++) {
            r.setSeriesPaint(s, ChartTheme.color(s + 1));
            r.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
            r.setSeriesShapesVisible(s, true);
            r.setSeriesLinesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addDomainMarker(new ValueMarker(0, ChartTheme.TEXT, new BasicStroke(1.5f)));
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, true);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /**
     * Gantt-like timeline: one row per label, spans coloured by state. States in {@code hatched}
     * carry diagonal hatching and long spans carry their state's name, so colour is never the only cue.
     */
    public static JFreeChart timeline(String title, List<String> rows, List<Span> spans, List<String> states,
                                      Map<String, Color> colours, Set<String> hatched, String... notes) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (String state : states) {
            XYIntervalSeries s = new XYIntervalSeries(state);
            for (Span span : spans) {
                if (span.state().equals(state)) {
                    s.add(span.from(), span.from(), span.toExclusive(), span.row(), span.row() - 0.36, span.row() + 0.36);
                }
            }
            data.addSeries(s);
        }
        NumberAxis x = ChartTheme.monthAxis();
        SymbolAxis y = new SymbolAxis(null, rows.toArray(String[]::new));
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, rows.size() - 0.4);
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < states.size(); i++) {
            Color c = colours.get(states.get(i));
            r.setSeriesPaint(i, c);
            String label = hatched.contains(states.get(i)) ? states.get(i) + " (hatched)" : states.get(i);
            legend.add(new LegendItem(label, null, null, null, new Rectangle2D.Double(-10, -6, 20, 12), c));
        }
        r.setBarPainter(new LabelledBarPainter(states, hatched));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setFixedLegendItems(legend);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, true);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /** Flat bars with optional hatching and the state's name written inside when it fits. */
    private static final class LabelledBarPainter implements XYBarPainter, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final List<String> states;
        private final Set<String> hatched;

        LabelledBarPainter(List<String> states, Set<String> hatched) {
            this.states = states;
            this.hatched = hatched;
        }

        @Override
        public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
            Paint paint = renderer.getItemPaint(row, column);
            g2.setPaint(paint);
            g2.fill(bar);
            String state = states.get(row);
            Color ink = isDark(paint) ? Color.WHITE : ChartTheme.TEXT;
            if (hatched.contains(state)) {
                Shape oldClip = g2.getClip();
                g2.clip(bar);
                g2.setPaint(ChartTheme.translucent(isDark(paint) ? Color.WHITE : Color.BLACK, 0.55f));
                g2.setStroke(new BasicStroke(1.5f));
                double h = bar.getHeight();
                for (double sx = bar.getMinX() - h; sx < bar.getMaxX(); sx += 9) {
                    g2.draw(new Line2D.Double(sx, bar.getMaxY(), sx + h, bar.getMinY()));
                }
                g2.setClip(oldClip);
            }
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(bar);
            g2.setFont(ChartTheme.ANNOTATION);
            FontMetrics fm = g2.getFontMetrics();
            int w = fm.stringWidth(state);
            if (w + 10 < bar.getWidth() && fm.getAscent() < bar.getHeight()) {
                float tx = (float) (bar.getCenterX() - w / 2.0);
                float ty = (float) (bar.getCenterY() + fm.getAscent() / 2.0 - 2);
                if (hatched.contains(state)) {
                    // A solid patch under the text keeps it readable over the hatching.
                    g2.setPaint(paint);
                    g2.fill(new Rectangle2D.Double(tx - 3, bar.getCenterY() - fm.getAscent() / 2.0 - 2, w + 6, fm.getAscent() + 4));
                }
                g2.setPaint(ink);
                g2.drawString(state, tx, ty);
            }
        }

        @Override
        public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
                                   RectangleEdge base, boolean pegShadow) {
            // no shadows
        }
    }

    private static boolean isDark(Paint p) {
        if (p instanceof Color c) {
            return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
        }
        return false;
    }

    /** A perceptually ordered, colour-blind-safe sequential scale (viridis key colours). */
    static PaintScale viridis(double lower, double upper) {
        if (!(upper > lower)) {
            upper = lower + 1;
        }
        Color[] stops = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B), new Color(0x21, 0x90, 0x8C),
                new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};
        LookupPaintScale scale = new LookupPaintScale(lower, upper, stops[0]);
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            double pos = t * (stops.length - 1);
            int j = Math.min((int) pos, stops.length - 2);
            double f = pos - j;
            Color a = stops[j];
            Color b = stops[j + 1];
            Color c = new Color(
                    (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
            scale.add(lower + (upper - lower) * i / steps, c);
        }
        return scale;
    }

    /**
     * Heat map of a value over two parameters. Cells carry their value as text, so the colour
     * scale is a guide, not the only way to read it. {@code z[i][j]} is for x value i and y value j.
     */
    public static JFreeChart heatMap(String title, String xLabel, List<String> xValues, String yLabel, List<String> yValues,
                                     double[][] z, String zLabel, boolean money, DoubleFunction<String> cellText,
                                     String... notes) {
        int nx = xValues.size();
        int ny = yValues.size();
        double[] xs = new double[nx * ny];
        double[] ys = new double[nx * ny];
        double[] zs = new double[nx * ny];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int k = i * ny + j;
                xs[k] = i;
                ys[k] = j;
                zs[k] = z[i][j];
                if (!Double.isNaN(z[i][j])) {
                    lo = Math.min(lo, z[i][j]);
                    hi = Math.max(hi, z[i][j]);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][] {xs, ys, zs});
        SymbolAxis x = new SymbolAxis(xLabel, xValues.toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, nx - 0.5);
        SymbolAxis y = new SymbolAxis(yLabel, yValues.toArray(String[]::new));
        y.setGridBandsVisible(false);
        y.setRange(-0.5, ny - 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        PaintScale scale = viridis(lo, hi);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int k = 0; k < zs.length; k++) {
            if (Double.isNaN(zs[k])) {
                continue;
            }
            XYTextAnnotation a = new XYTextAnnotation(cellText.apply(zs[k]), xs[k], ys[k]);
            a.setFont(ChartTheme.ANNOTATION);
            a.setTextAnchor(TextAnchor.CENTER);
            a.setPaint(isDark(scale.getPaint(zs[k])) ? Color.WHITE : ChartTheme.TEXT);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, false);
        ChartTheme.apply(chart, notes);
        NumberAxis scaleAxis = money ? ChartTheme.moneyAxis(zLabel) : ChartTheme.valueAxis(zLabel);
        scaleAxis.setRange(lo, hi > lo ? hi : lo + 1);
        scaleAxis.setTickLabelFont(ChartTheme.TICK);
        scaleAxis.setLabelFont(ChartTheme.AXIS_LABEL);
        PaintScaleLegend key = new PaintScaleLegend(scale, scaleAxis);
        key.setPosition(RectangleEdge.RIGHT);
        key.setStripWidth(18);
        key.setMargin(new RectangleInsets(40, 12, 40, 4));
        key.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(key);
        return chart;
    }

    /** Horizontal bars, categories top to bottom in the order given (already ranked). */
    public static JFreeChart rankedBars(String title, String valueLabel, boolean money, List<String> categories,
                                        List<String> seriesLabels, List<double[]> values, String... notes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < seriesLabels.size(); s++) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(s)[i], seriesLabels.get(s), categories.get(i));
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = money ? ChartTheme.moneyAxis(valueLabel) : ChartTheme.valueAxis(valueLabel);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.16);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(6);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", money ? new MoneyFormat()
                : new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartTheme.ANNOTATION);
        for (int s = 0; s < seriesLabels.size(); s++) {
            r.setSeriesPaint(s, ChartTheme.color(s));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, seriesLabels.size() > 1);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /**
     * Ranked horizontal bars with a whisker per bar from {@code low} to {@code high}, which need not
     * be symmetric (bootstrap percentiles); values are labelled beyond the whisker. NaN values are
     * left out.
     */
    public static JFreeChart rankedBarsWithIntervals(String title, String valueLabel, List<String> categories,
                                                     List<CategorySeries> series, String... notes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CategorySeries s : series) {
            for (int i = 0; i < categories.size(); i++) {
                double v = s.mean()[i];
                data.addValue(Double.isNaN(v) ? null : v, s.label(), categories.get(i));
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = ChartTheme.valueAxis(valueLabel);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.14);
        WhiskerBarRenderer r = new WhiskerBarRenderer(series);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.16);
        ItemLabelPosition right = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        r.setDefaultPositiveItemLabelPosition(right);
        r.setDefaultNegativeItemLabelPosition(right);
        r.setItemLabelAnchorOffset(6);
        r.setDefaultItemLabelGenerator(new TwoDecimalLabels());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartTheme.ANNOTATION);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, ChartTheme.color(s));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartTheme.MUTED, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, series.size() > 1);
        ChartTheme.apply(chart, notes);
        return chart;
    }

    /** "0.56"; a small negative estimate reads "0.00", not "-0.00". */
    private static final class TwoDecimalLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null) {
                return null;
            }
            String s = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(v);
            return s.equals("-0.00") ? "0.00" : s;
        }
    }

    /** A bar renderer that draws each bar's interval as a capped whisker and keeps the axis wide enough for it. */
    private static final class WhiskerBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<CategorySeries> series;
        /** The data area of the item being drawn, for placing its label (one chart draws on one thread). */
        private transient Rectangle2D dataArea;

        WhiskerBarRenderer(List<CategorySeries> series) {
            this.series = series;
        }

        private double low(int row, int column) {
            return series.get(row).low()[column];
        }

        private double high(int row, int column) {
            return series.get(row).high()[column];
        }

        @Override
        public org.jfree.data.Range findRangeBounds(org.jfree.data.category.CategoryDataset dataset, boolean includeInterval) {
            org.jfree.data.Range bars = super.findRangeBounds(dataset, includeInterval);
            double lo = bars == null ? 0 : bars.getLowerBound();
            double hi = bars == null ? 0 : bars.getUpperBound();
            for (CategorySeries s : series) {
                for (int i = 0; i < s.mean().length; i++) {
                    if (!Double.isNaN(s.low()[i])) {
                        lo = Math.min(lo, s.low()[i]);
                    }
                    if (!Double.isNaN(s.high()[i])) {
                        hi = Math.max(hi, s.high()[i]);
                    }
                }
            }
            return new org.jfree.data.Range(lo, hi);
        }

        @Override
        public void drawItem(Graphics2D g2, org.jfree.chart.renderer.category.CategoryItemRendererState state, Rectangle2D dataArea,
                             CategoryPlot plot, CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                             org.jfree.data.category.CategoryDataset dataset, int row, int column, int pass) {
            // The whisker goes under the label, which drawItemLabel places beyond it.
            this.dataArea = dataArea;
            int visible = state.getVisibleSeriesIndex(row);
            double lo = low(row, column), hi = high(row, column);
            if (visible >= 0 && dataset.getValue(row, column) != null && !Double.isNaN(lo) && !Double.isNaN(hi)) {
                double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visible, column);
                double mid = w0 + state.getBarWidth() / 2;
                double cap = Math.max(3, state.getBarWidth() * 0.3);
                RectangleEdge edge = plot.getRangeAxisEdge();
                double x0 = rangeAxis.valueToJava2D(lo, dataArea, edge), x1 = rangeAxis.valueToJava2D(hi, dataArea, edge);
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                g2.setPaint(ChartTheme.TEXT);
                g2.setStroke(new BasicStroke(2f));
                g2.draw(new Line2D.Double(x0, mid, x1, mid));
                g2.draw(new Line2D.Double(x0, mid - cap, x0, mid + cap));
                g2.draw(new Line2D.Double(x1, mid - cap, x1, mid + cap));
                return;
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, org.jfree.data.category.CategoryDataset data, int row, int column, CategoryPlot plot,
                                     org.jfree.chart.labels.CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            // Stretch the bar to the whisker's far end (and past zero) so the label never sits on the whisker.
            Rectangle2D area = dataArea;
            double right = bar.getMaxX();
            double hi = high(row, column);
            if (!Double.isNaN(hi) && area != null) {
                right = Math.max(right, plot.getRangeAxis().valueToJava2D(hi, area, plot.getRangeAxisEdge()));
            }
            Rectangle2D stretched = new Rectangle2D.Double(bar.getMinX(), bar.getMinY(), right - bar.getMinX(), bar.getHeight());
            super.drawItemLabel(g2, data, row, column, plot, generator, stretched, false);
        }
    }
}
