package org.ccgsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;

import javax.swing.JFrame;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.engine.Stoppable;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Properties;
import sim.util.Valuable;

/**
 * "Chart over time" in the inspectors' magnifying-glass menu: charts any numeric (or true/false)
 * property of the model or an agent, one point per month, with JFreeChart 1.5. It replaces
 * MASON's own charting inspectors, which need JFreeChart 1.0 and fail with
 * NoClassDefFoundError; the list MASON offers comes from our
 * sim/portrayal/inspector/propertyinspector.classes, which precedes MASON's on the class path.
 */
public class PropertyChartInspector extends PropertyInspector {
    private static final long serialVersionUID = 1L;

    private final XYSeries series;
    private double lastTime = Double.NaN;

    public static String name() { return "Chart over time"; }

    public static Class<?>[] types() {
        return new Class<?>[] {Number.class, Boolean.TYPE, Boolean.class, Byte.TYPE, Short.TYPE, Integer.TYPE, Long.TYPE,
            Float.TYPE, Double.TYPE, Valuable.class};
    }

    public PropertyChartInspector(Properties properties, int index, Frame parent, GUIState simulation) {
        super(properties, index, parent, simulation);
        series = new XYSeries(properties.getName(index), true, false); // one point a month: a repeated update replaces it
        JFreeChart chart = ChartFactory.createXYLineChart(properties.getName(index) + " of " + properties.getObject(), null, null,
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, true, false);
        GuiChartStyle.apply(chart);
        // months on a quarter/year/five-year scale, never a run of identical labels; a year shown from the first point
        org.jfree.chart.axis.NumberAxis months = org.ccgsim.chart.ChartTheme.monthAxis();
        months.setAutoRangeMinimumSize(12);
        months.setTickLabelFont(GuiChartStyle.TICK);
        chart.getXYPlot().setDomainAxis(months);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesPaint(0, GuiChartStyle.BLUE);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesStroke(0, GuiChartStyle.LINE);
        // the run so far, so the chart does not open empty
        if (simulation instanceof EconomyGui gui) {
            for (double[] point : gui.agentHistory.of(properties.getObject(), properties.getName(index))) {
                if (!Double.isNaN(point[1])) series.addOrUpdate(point[0], point[1]);
            }
            if (series.getItemCount() > 0) lastTime = series.getMaxX();
        }
        setLayout(new BorderLayout());
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(520, 320));
        add(panel, BorderLayout.CENTER);
        setValidInspector(true);
    }

    /** The property's value as a number, or NaN when it has none. */
    static double valueOf(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof Valuable val) return val.doubleValue();
        return Double.NaN;
    }

    /** Called after every step and whenever the Console refreshes inspectors: one point per month, the latest value wins. */
    @Override
    public void updateInspector() {
        double t = simulation.state.schedule.getTime();
        if (t < Schedule.EPOCH || t >= Schedule.AFTER_SIMULATION) return;
        double v = valueOf(properties.getValue(index));
        if (Double.isNaN(v)) return;
        if (!Double.isNaN(lastTime) && t < lastTime) series.clear(); // a new run
        series.addOrUpdate(t, v);
        lastTime = t;
    }

    @Override
    public JFrame createFrame(Stoppable stopper) {
        JFrame frame = super.createFrame(stopper);
        frame.getContentPane().removeAll(); // no scroll pane: the chart fills the window
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(this, BorderLayout.CENTER);
        frame.pack();
        return frame;
    }

    int points() { return series.getItemCount(); }

    /** The months charted, for tests. */
    String months() { StringBuilder b = new StringBuilder(); for (int i = 0; i < series.getItemCount(); i++) b.append(series.getX(i)).append(' '); return b.toString(); }
}
