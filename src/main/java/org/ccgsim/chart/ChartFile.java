package org.ccgsim.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.util.DoubleConverter;

/** Writes a chart as PNG and SVG side by side: {@code <name>.png}, {@code <name>.svg}. */
public final class ChartFile {

    private ChartFile() {
    }

    /** Returns the two files written (PNG first). */
    public static List<Path> write(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageIO.write(image, "png", out);
        }
        Files.writeString(svg, svg(chart, name, width, height), StandardCharsets.UTF_8);
        return List.of(png, svg);
    }

    /** The SVG document of a chart. Definition ids carry the chart's name, not a clock value, so output is repeatable. */
    public static String svg(JFreeChart chart, String name, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("ccgsim-" + name.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        // two decimals of a pixel are plenty; full precision makes a 211-CCG chart weigh megabytes
        g2.setGeomDoubleConverter(new DoubleConverter(2));
        g2.setTransformDoubleConverter(new DoubleConverter(4));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }
}
