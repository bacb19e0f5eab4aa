package org.ccgsim.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.util.DoubleConverter;

/**
 * A scatter matrix of a weighted sample of parameter sets (a calibration's posterior): a weighted histogram
 * of each parameter on the diagonal, every pair's scatter off it; axes span each parameter's prior range.
 * Written as PNG and SVG side by side.
 */
public final class PairPlot {
    private PairPlot() {}

    private static final int CELL = 260;
    private static final Color POINT = new Color(31, 119, 180, 110), BAR = new Color(31, 119, 180);

    /**
     * @param names parameter names (scenario paths)
     * @param theta theta[i][j]: particle i's value of parameter j
     * @param w     the particles' weights
     * @param lo    each parameter's prior lower end
     * @param hi    each parameter's prior upper end
     */
    public static List<Path> write(Path dir, String name, List<String> names, double[][] theta, double[] w, double[] lo, double[] hi) throws IOException {
        int d = names.size();
        int size = Math.max(1, d) * CELL;
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png"), svgFile = dir.resolve(name + ".svg");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        draw(g, names, theta, w, lo, hi);
        g.dispose();
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageIO.write(image, "png", out);
        }
        SVGGraphics2D s = new SVGGraphics2D(size, size);
        s.setDefsKeyPrefix("ccgsim-" + name.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        s.setGeomDoubleConverter(new DoubleConverter(2));
        s.setTransformDoubleConverter(new DoubleConverter(4));
        draw(s, names, theta, w, lo, hi);
        Files.writeString(svgFile, s.getSVGDocument(), StandardCharsets.UTF_8);
        return List.of(png, svgFile);
    }

    private static void draw(Graphics2D g, List<String> names, double[][] theta, double[] w, double[] lo, double[] hi) {
        int d = names.size();
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                JFreeChart chart = r == c ? histogram(names.get(c), theta, w, c, lo[c], hi[c]) : scatter(names, theta, c, r, lo, hi);
                chart.draw(g, new Rectangle(c * CELL, r * CELL, CELL, CELL));
            }
        }
    }

    private static JFreeChart histogram(String name, double[][] theta, double[] w, int j, double lo, double hi) {
        int bins = 20;
        double width = (hi - lo) / bins;
        double[] mass = new double[bins];
        double total = 0;
        for (int i = 0; i < theta.length; i++) {
            int b = (int) Math.min(bins - 1, Math.max(0, Math.floor((theta[i][j] - lo) / width)));
            mass[b] += w[i];
            total += w[i];
        }
        XYSeries s = new XYSeries("weight");
        for (int b = 0; b < bins; b++) s.add(lo + (b + 0.5) * width, total == 0 ? 0 : mass[b] / total);
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth(width);
        JFreeChart chart = ChartFactory.createXYBarChart(null, name, false, "posterior weight", data, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer bar = (XYBarRenderer) plot.getRenderer();
        bar.setBarPainter(new StandardXYBarPainter());
        bar.setShadowVisible(false);
        bar.setSeriesPaint(0, BAR);
        plot.getDomainAxis().setRange(lo, hi);
        style(chart);
        return chart;
    }

    private static JFreeChart scatter(List<String> names, double[][] theta, int x, int y, double[] lo, double[] hi) {
        XYSeries s = new XYSeries("particles", false, true);
        for (double[] t : theta) s.add(t[x], t[y]);
        JFreeChart chart = ChartFactory.createScatterPlot(null, names.get(x), names.get(y), new XYSeriesCollection(s),
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, POINT);
        plot.getDomainAxis().setRange(lo[x], hi[x]);
        plot.getRangeAxis().setRange(lo[y], hi[y]);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        java.awt.Font f = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10);
        plot.getDomainAxis().setLabelFont(f);
        plot.getRangeAxis().setLabelFont(f);
        plot.getDomainAxis().setTickLabelFont(f);
        plot.getRangeAxis().setTickLabelFont(f);
    }
}
