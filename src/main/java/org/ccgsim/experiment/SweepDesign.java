package org.ccgsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ccgsim.scenario.ParamPath;

/** The points of a sweep: full factorial grid, Latin hypercube sample, or a design file. */
public final class SweepDesign {
    private SweepDesign() {}

    /** Every combination of the parameters' values, the last parameter varying fastest. */
    public static List<List<Object>> grid(List<SweepParameter> params) {
        List<List<Object>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepParameter p : params) {
            if (p.values().isEmpty()) throw new IllegalArgumentException("--param " + p.path() + ": a grid needs lo:hi:step or listed values");
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> point : points) {
                for (Object v : p.values()) {
                    List<Object> q = new ArrayList<>(point);
                    q.add(v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * A Latin hypercube in the unit cube: n points, d dimensions; for each dimension, each of the n
     * equal strata [i/n, (i+1)/n) holds exactly one point. Reproducible from {@code seed}.
     */
    public static double[][] latinHypercube(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int j = 0; j < d; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[k]; perm[k] = t;
            }
            for (int i = 0; i < n; i++) x[i][j] = (perm[i] + random.nextDouble()) / n;
        }
        return x;
    }

    /** A Latin hypercube sample of numeric ranges (integer parameters rounded). */
    public static List<List<Object>> lhs(List<SweepParameter> params, int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("--samples must be at least 1, found " + samples);
        for (SweepParameter p : params) {
            if (!p.path().isNumeric()) throw new IllegalArgumentException("--param " + p.path() + ": a Latin hypercube needs numeric parameters");
            if (!p.isRange()) throw new IllegalArgumentException("--param " + p.path() + ": a Latin hypercube needs a range lo:hi");
        }
        double[][] u = latinHypercube(samples, params.size(), seed);
        List<List<Object>> points = new ArrayList<>();
        for (double[] row : u) {
            List<Object> point = new ArrayList<>();
            for (int j = 0; j < params.size(); j++) {
                SweepParameter p = params.get(j);
                point.add(SweepParameter.value(p.path(), p.lo() + row[j] * (p.hi() - p.lo())));
            }
            points.add(point);
        }
        return points;
    }

    /** A design file's parameters (its header) and points (its rows). */
    public record FileDesign(List<ParamPath> paths, List<List<Object>> points) {}

    /** Reads a CSV whose header names parameter paths and whose rows are points. */
    public static FileDesign read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such design file");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) throw new IllegalArgumentException(file + ": empty design file; expected a header of parameter paths");
        List<ParamPath> paths = new ArrayList<>();
        for (String h : lines.get(0).split(",", -1)) {
            try {
                paths.add(ParamPath.parse(h.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": column '" + h.trim() + "': " + e.getMessage());
            }
        }
        List<List<Object>> points = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] v = lines.get(i).split(",", -1);
            if (v.length != paths.size()) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + " has " + v.length + " values; the header names " + paths.size());
            }
            List<Object> point = new ArrayList<>();
            for (int j = 0; j < v.length; j++) {
                point.add(SweepParameter.check(paths.get(j), file + ": line " + (i + 1) + ", " + paths.get(j) + ": ", v[j].trim()));
            }
            points.add(point);
        }
        if (points.isEmpty()) throw new IllegalArgumentException(file + ": no points below the header");
        return new FileDesign(paths, points);
    }
}
