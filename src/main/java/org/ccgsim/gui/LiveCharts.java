package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import javax.swing.JPanel;

import org.ccgsim.chart.ChartFile;
import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.MonthFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The four live charts beside the picture: engagement, activity per 1,000, the CCG's surplus
 * against its target, and the hospital waiting list. Earlier runs stay as grey "ghost" lines
 * labelled with the levers that differed (at most {@link #MAX_GHOSTS}); a band shows the range
 * over N seeds run in the background. Datasets are only touched on the Swing thread. A lever
 * change gets a vertical line on every chart and one label on the top chart; labels of nearby
 * changes are stacked, so they never overprint.
 */
final class LiveCharts extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int MAX_GHOSTS = 4;
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 4f}, 0f);
    private static final Color[] GHOST_GREYS = {new Color(0x555555), new Color(0x808080), new Color(0xA0A0A0), new Color(0xBEBEBE)};
    private static final float[][] GHOST_DASHES = {{9f, 3f}, {4f, 3f}, {2f, 3f}, {12f, 3f, 2f, 3f}};

    /** One chart: its live lines (the first is the headline line ghosts and bands copy), ghosts and band. */
    private static final class Panel {
        final String title, file;
        final XYSeriesCollection live = new XYSeriesCollection();
        final XYSeriesCollection ghosts = new XYSeriesCollection();
        final YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        JFreeChart chart;
        Panel(String title, String file) { this.title = title; this.file = file; }
        XYSeries headline() { return live.getSeries(0); }
    }

    private final Panel engagement = new Panel("GP engagement with the CCG (0-1)", "engagement");
    private final Panel activity = new Panel("Per 1,000 patients a month", "activity");
    private final Panel money = new Panel("CCG surplus against target (£m)", "surplus");
    private final Panel waiting = new Panel("Hospital waiting list (patients)", "waiting-list");
    private final List<Panel> panels = List.of(engagement, activity, money, waiting);
    /** Lever changes by month: one label per month, however many levers moved. */
    private final TreeMap<Integer, String> marks = new TreeMap<>();
    private final List<String> ghostLabels = new ArrayList<>();
    private String bandLabel;

    LiveCharts() {
        super(new GridLayout(4, 1, 0, 4));
        setBackground(Color.WHITE);
        build(engagement, new Object[][] {{"mean", ChartTheme.BLUE, LINE}, {"lower quartile", ChartTheme.BLUE, DOTTED},
                {"upper quartile", ChartTheme.BLUE, DASHED}});
        build(activity, new Object[][] {{"GP referrals", ChartTheme.BLUE, LINE}, {"emergency admissions", ChartTheme.VERMILLION, DASHED}});
        build(money, new Object[][] {{"surplus, year to date", ChartTheme.BLUISH_GREEN, LINE}, {"1% target", ChartTheme.MUTED, DASHED}});
        build(waiting, new Object[][] {{"waiting list", ChartTheme.BLUE, LINE}, {"waiting over 18 weeks", ChartTheme.VERMILLION, DASHED}});
    }

    private void build(Panel p, Object[][] lines) {
        for (Object[] l : lines) p.live.addSeries(new XYSeries((String) l[0], false, true));
        JFreeChart chart = ChartFactory.createXYLineChart(p.title, null, null, p.live, PlotOrientation.VERTICAL, true, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getLegend().setItemFont(SMALL);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setOutlineVisible(false);
        NumberAxis x = ChartTheme.monthAxis(); // ticks on quarters, years or five years: readable at any length
        x.setTickLabelFont(SMALL);
        plot.setDomainAxis(x);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setTickLabelFont(SMALL);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(false);
        for (int i = 0; i < lines.length; i++) {
            r.setSeriesPaint(i, (Color) lines[i][1]);
            r.setSeriesStroke(i, (BasicStroke) lines[i][2]);
        }
        XYLineAndShapeRenderer ghostRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < MAX_GHOSTS; i++) {
            ghostRenderer.setSeriesPaint(i, GHOST_GREYS[i]);
            ghostRenderer.setSeriesStroke(i, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, GHOST_DASHES[i], 0f));
        }
        plot.setDataset(1, p.ghosts);
        plot.setRenderer(1, ghostRenderer);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, ChartTheme.ORANGE);
        bandRenderer.setSeriesFillPaint(0, ChartTheme.ORANGE);
        bandRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
        bandRenderer.setAlpha(ChartTheme.BAND_ALPHA);
        plot.setDataset(2, p.band);
        plot.setRenderer(2, bandRenderer);
        p.chart = chart;
        ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
        panel.setPreferredSize(new Dimension(460, 200));
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(120);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        add(panel);
    }

    /** Adds one month. Swing thread only. */
    void add(EconomyFigures f) {
        int m = f.month();
        engagement.live.getSeries(0).add(m, f.engagementMean());
        engagement.live.getSeries(1).add(m, f.engagementP25());
        engagement.live.getSeries(2).add(m, f.engagementP75());
        activity.live.getSeries(0).add(m, f.referralsPer1000());
        activity.live.getSeries(1).add(m, f.emergencyPer1000());
        money.live.getSeries(0).add(m, f.surplusMillions());
        money.live.getSeries(1).add(m, f.surplusTargetMillions());
        waiting.live.getSeries(0).add(m, f.waitingList());
        waiting.live.getSeries(1).add(m, f.breaches18wk());
    }

    /**
     * Marks the month a lever change took effect. Several changes in one month share one label;
     * labels of changes within a year of each other are stacked down the chart. Swing thread only.
     */
    void mark(int month, String label) {
        String previous = marks.get(month);
        if (previous != null && (previous.equals(label) || previous.contains(label))) return;
        marks.put(month, previous == null ? label : previous + "; " + label);
        redrawMarks();
    }

    private void redrawMarks() {
        for (Panel p : panels) p.chart.getXYPlot().clearDomainMarkers();
        int row = 0;
        Integer last = null;
        for (var e : marks.entrySet()) {
            row = last != null && e.getKey() - last < 12 ? row + 1 : 0;
            last = e.getKey();
            for (Panel p : panels) {
                ValueMarker marker = new ValueMarker(e.getKey(), ChartTheme.REDDISH_PURPLE, new BasicStroke(1.2f));
                if (p == engagement) {
                    marker.setLabel(shorten(e.getValue(), 60));
                    marker.setLabelFont(SMALL);
                    marker.setLabelPaint(ChartTheme.REDDISH_PURPLE.darker());
                    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    marker.setLabelOffset(new RectangleInsets(2 + 14 * (row % 5), 3, 2, 3));
                    marker.setLabelBackgroundColor(new Color(255, 255, 255, 225));
                }
                p.chart.getXYPlot().addDomainMarker(marker);
            }
        }
    }

    private static String shorten(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }

    /** Empties the live lines and marks for a new run; earlier runs and the band stay. Swing thread only. */
    void clear() {
        for (Panel p : panels) for (int i = 0; i < p.live.getSeriesCount(); i++) p.live.getSeries(i).clear();
        marks.clear();
        redrawMarks();
    }

    /** Keeps the live headline lines as an earlier run called {@code label}, dropping the oldest beyond a handful. */
    void keepAsGhost(String label) {
        if (engagement.headline().getItemCount() == 0) return;
        String unique = label;
        for (int k = 2; ghostLabels.contains(unique); k++) unique = label + " (" + k + ")";
        if (ghostLabels.size() == MAX_GHOSTS) {
            ghostLabels.remove(0);
            for (Panel p : panels) p.ghosts.removeSeries(0);
        }
        ghostLabels.add(unique);
        for (Panel p : panels) {
            try {
                XYSeries copy = (XYSeries) p.headline().clone();
                copy.setKey(unique);
                p.ghosts.addSeries(copy);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Forgets the earlier runs and the band. */
    void clearEarlierRuns() {
        ghostLabels.clear();
        bandLabel = null;
        for (Panel p : panels) {
            p.ghosts.removeAllSeries();
            p.band.removeAllSeries();
        }
    }

    /**
     * Draws the band over seeds: {@code low/median/high[panel][month]} for the four headline lines,
     * panels in the order engagement, referrals, surplus (£m), waiting list.
     */
    void showBand(String label, double[][] low, double[][] median, double[][] high) {
        bandLabel = label;
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            p.band.removeAllSeries();
            YIntervalSeries s = new YIntervalSeries(label, false, true);
            for (int m = 0; m < median[i].length; m++) s.add(m, median[i][m], low[i][m], high[i][m]);
            p.band.addSeries(s);
        }
    }

    /** Writes every line (live, earlier runs, band) as one tidy CSV, and each chart as PNG and SVG. */
    List<Path> export(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path csv = dir.resolve("gui-runs.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("chart,line,month,date,value,low,high\n");
            for (Panel p : panels) {
                for (XYSeriesCollection c : List.of(p.live, p.ghosts)) {
                    for (int s = 0; s < c.getSeriesCount(); s++) {
                        XYSeries series = c.getSeries(s);
                        for (int i = 0; i < series.getItemCount(); i++) {
                            int m = series.getX(i).intValue();
                            w.write(p.file + "," + quote((String) series.getKey()) + "," + m + "," + MonthFormat.shortName(m) + ","
                                    + number(series.getY(i).doubleValue()) + ",,\n");
                        }
                    }
                }
                for (int s = 0; s < p.band.getSeriesCount(); s++) {
                    YIntervalSeries b = p.band.getSeries(s);
                    for (int i = 0; i < b.getItemCount(); i++) {
                        int m = (int) b.getX(i).doubleValue();
                        w.write(p.file + "," + quote((String) b.getKey()) + "," + m + "," + MonthFormat.shortName(m) + ","
                                + number(b.getYValue(i)) + "," + number(b.getYLowValue(i)) + "," + number(b.getYHighValue(i)) + "\n");
                    }
                }
            }
        }
        written.add(csv);
        for (Panel p : panels) written.addAll(ChartFile.write(p.chart, dir, "gui-" + p.file, 900, 500));
        return written;
    }

    private static String quote(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    private static String number(double v) { return String.format(Locale.ROOT, "%.6g", v); }

    /** Points on the engagement chart, for tests. */
    int months() { return engagement.headline().getItemCount(); }

    /** The labels of the earlier runs shown, oldest first, for tests. */
    List<String> ghostLabels() { return List.copyOf(ghostLabels); }

    /** The band's label, or null. */
    String bandLabel() { return bandLabel; }

    /** Points in the band on the engagement chart. */
    int bandMonths() { return engagement.band.getSeriesCount() == 0 ? 0 : engagement.band.getSeries(0).getItemCount(); }

    /** Text of the lever labels on the top chart, by month, for tests. */
    TreeMap<Integer, String> marks() { return new TreeMap<>(marks); }

    /** The top chart's label offsets never coincide for marks less than a year apart. */
    JFreeChart chart(int i) { return panels.get(i).chart; }
}
