package org.ccgsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four live charts beside the picture: engagement, activity per 1,000, the CCG's surplus
 * against its target, and the hospital waiting list. Datasets are only touched on the Swing
 * thread ({@link #add} and {@link #clear} are called through invokeLater), so the model never
 * waits for a chart to redraw. A lever change gets a labelled vertical line on every chart.
 */
final class LiveCharts extends JPanel {
    private static final long serialVersionUID = 1L;

    private final XYSeries engagementMean = new XYSeries("mean", false, true);
    private final XYSeries engagementP25 = new XYSeries("lower quartile", false, true);
    private final XYSeries engagementP75 = new XYSeries("upper quartile", false, true);
    private final XYSeries referrals = new XYSeries("GP referrals", false, true);
    private final XYSeries emergencies = new XYSeries("emergency admissions", false, true);
    private final XYSeries surplus = new XYSeries("surplus, year to date", false, true);
    private final XYSeries target = new XYSeries("1% target", false, true);
    private final XYSeries waiting = new XYSeries("waiting list", false, true);
    private final XYSeries breaches = new XYSeries("waiting over 18 weeks", false, true);
    private final List<JFreeChart> charts = new ArrayList<>();

    LiveCharts() {
        super(new GridLayout(4, 1, 0, 4));
        setBackground(Color.WHITE);
        add(chart("GP engagement with the CCG (0-1)", null,
                line(engagementMean, GuiChartStyle.BLUE, GuiChartStyle.LINE),
                line(engagementP25, GuiChartStyle.BLUE, GuiChartStyle.DOTTED),
                line(engagementP75, GuiChartStyle.BLUE, GuiChartStyle.DASHED)));
        add(chart("Per 1,000 patients a month", null,
                line(referrals, GuiChartStyle.BLUE, GuiChartStyle.LINE),
                line(emergencies, GuiChartStyle.VERMILLION, GuiChartStyle.DASHED)));
        add(chart("CCG surplus against target (£m)", null,
                line(surplus, GuiChartStyle.BLUISH_GREEN, GuiChartStyle.LINE),
                line(target, GuiChartStyle.GREY, GuiChartStyle.DASHED)));
        add(chart("Hospital waiting list (patients)", null,
                line(waiting, GuiChartStyle.BLUE, GuiChartStyle.LINE),
                line(breaches, GuiChartStyle.VERMILLION, GuiChartStyle.DASHED)));
    }

    private record Line(XYSeries series, Color colour, BasicStroke stroke) {}

    private static Line line(XYSeries s, Color c, BasicStroke stroke) { return new Line(s, c, stroke); }

    private ChartPanel chart(String title, String yLabel, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line l : lines) data.addSeries(l.series());
        JFreeChart chart = ChartFactory.createXYLineChart(title, null, yLabel, data, PlotOrientation.VERTICAL, true, true, false);
        GuiChartStyle.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < lines.length; i++) {
            r.setSeriesPaint(i, lines[i].colour());
            r.setSeriesStroke(i, lines[i].stroke());
        }
        charts.add(chart);
        ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
        panel.setPreferredSize(new Dimension(460, 220));
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(120);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        return panel;
    }

    /** Adds one month. Swing thread only. */
    void add(EconomyFigures f) {
        int m = f.month();
        engagementMean.add(m, f.engagementMean());
        engagementP25.add(m, f.engagementP25());
        engagementP75.add(m, f.engagementP75());
        referrals.add(m, f.referralsPer1000());
        emergencies.add(m, f.emergencyPer1000());
        surplus.add(m, f.surplusMillions());
        target.add(m, f.surplusTargetMillions());
        waiting.add(m, f.waitingList());
        breaches.add(m, f.breaches18wk());
    }

    /** Marks the month a lever change took effect. Swing thread only. */
    void mark(int month, String label) {
        for (JFreeChart chart : charts) {
            XYPlot plot = chart.getXYPlot();
            ValueMarker marker = new ValueMarker(month, GuiChartStyle.REDDISH_PURPLE, new BasicStroke(1.2f));
            marker.setLabel(label);
            marker.setLabelFont(GuiChartStyle.LEGEND);
            marker.setLabelPaint(GuiChartStyle.REDDISH_PURPLE.darker());
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
    }

    /** Empties every chart for a new run. Swing thread only. */
    void clear() {
        for (XYSeries s : List.of(engagementMean, engagementP25, engagementP75, referrals, emergencies, surplus, target, waiting, breaches)) {
            s.clear();
        }
        for (JFreeChart chart : charts) chart.getXYPlot().clearDomainMarkers();
    }

    /** Points on the engagement chart, for tests. */
    int months() { return engagementMean.getItemCount(); }
}
