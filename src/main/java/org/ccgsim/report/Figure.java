package org.ccgsim.report;

import org.jfree.chart.JFreeChart;

/** A chart with the file name it is written under and the one-sentence caption the report shows. */
public record Figure(String name, String caption, JFreeChart chart, int width, int height) {

    public Figure(String name, String caption, JFreeChart chart) {
        this(name, caption, chart, org.ccgsim.chart.ChartTheme.WIDTH, org.ccgsim.chart.ChartTheme.HEIGHT);
    }

    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }
}
