package org.ccgsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class EventMarksTest {
    @Test
    void aTimedChangeIsMarkedOnAChartOverMonthsButNotOnOtherCharts() {
        XYPlot months = new XYPlot(new XYSeriesCollection(), ChartTheme.monthAxis(), ChartTheme.valueAxis("y"), null);
        EventMarks.addTo(new JFreeChart(months), List.of(new EventMarks.Mark(12, "Apr 2014: directive")));
        assertEquals(1, months.getDomainMarkers(Layer.FOREGROUND).size());

        XYPlot values = new XYPlot(new XYSeriesCollection(), ChartTheme.valueAxis("x"), ChartTheme.valueAxis("y"), null);
        EventMarks.addTo(new JFreeChart(values), List.of(new EventMarks.Mark(12, "Apr 2014: directive")));
        assertEquals(null, values.getDomainMarkers(Layer.FOREGROUND));
    }
}
