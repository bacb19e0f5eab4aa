package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ccgsim.experiment.PosteriorDraws;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.scenario.ParamPath;

/**
 * Reads a calibration's posterior.csv for {@code run/compare --posterior}, and writes what each replication
 * drew (posterior_draws.csv, and the same in the manifest).
 */
public final class PosteriorFile {
    private PosteriorFile() {}

    public static final String DRAWS = "posterior_draws.csv";

    /** @throws IllegalArgumentException naming the file, line and column of the first problem */
    public static PosteriorDraws read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--posterior: cannot read " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(file + ": empty; expected a header of parameter paths and 'weight'");
        String[] header = lines.get(0).split(",", -1);
        List<ParamPath> paths = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int weight = -1;
        for (int c = 0; c < header.length; c++) {
            String h = header[c].trim();
            if (h.equals("weight")) { weight = c; continue; }
            if (h.equals("particle") || h.equals("distance")) continue;
            try {
                ParamPath p = ParamPath.parse(h);
                if (p.scope() == ParamPath.Scope.ROOT) throw new IllegalArgumentException("'" + h + "' is a run setting, not a model parameter");
                paths.add(p);
                columns.add(c);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":1:" + (c + 1) + ": column '" + h + "': " + e.getMessage());
            }
        }
        if (weight < 0) throw new IllegalArgumentException(file + ":1: expected a 'weight' column; found " + lines.get(0));
        if (paths.isEmpty()) throw new IllegalArgumentException(file + ":1: expected at least one parameter column; found " + lines.get(0));
        List<List<Object>> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + header.length + " cells; found " + cells.length);
            }
            List<Object> row = new ArrayList<>();
            for (int j = 0; j < paths.size(); j++) {
                int c = columns.get(j);
                try {
                    row.add(paths.get(j).coerce(cells[c].trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ":" + (c + 1) + ": " + paths.get(j) + ": " + e.getMessage());
                }
            }
            double w;
            try {
                w = Double.parseDouble(cells[weight].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ":" + (weight + 1) + ": weight: expected a number; found '" + cells[weight] + "'");
            }
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ":" + (weight + 1) + ": weight: expected a number 0 or more; found " + cells[weight]);
            }
            rows.add(List.copyOf(row));
            weights.add(w);
        }
        if (rows.isEmpty() || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException(file + ": expected at least one parameter set with a positive weight");
        }
        return new PosteriorDraws(file.toString().replace('\\', '/'), List.copyOf(paths), List.copyOf(rows),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** posterior_draws.csv in a run folder: replication, its seed, the posterior row it drew and the values applied. */
    public static void writeDraws(Path dir, PosteriorDraws p, long scenarioSeed, int first, int last) throws IOException {
        StringBuilder sb = new StringBuilder("replication,seed,posterior_row");
        for (ParamPath path : p.paths()) sb.append(',').append(path);
        sb.append('\n');
        for (int k = first; k <= last; k++) {
            int row = p.row(scenarioSeed, k);
            sb.append(k).append(',').append(ReplicationSeeds.seed(scenarioSeed, k)).append(',').append(row);
            for (Object v : p.rows().get(row)) sb.append(',').append(SweepParameter.text(v));
            sb.append('\n');
        }
        Files.writeString(dir.resolve(DRAWS), sb, StandardCharsets.UTF_8);
    }

    /** The posterior and every replication's draw, as a manifest entry. */
    public static void describe(ObjectNode root, PosteriorDraws p, long scenarioSeed, int first, int last) {
        ObjectNode n = root.putObject("posterior");
        n.put("file", p.source());
        n.put("sets", p.rows().size());
        n.put("draw", "replication k takes row i with probability weight_i / sum of weights, u = MersenneTwisterFast(replication seed XOR 0x5DEECE66D).nextDouble()");
        ArrayNode ps = n.putArray("parameters");
        for (ParamPath path : p.paths()) ps.add(path.toString());
        ArrayNode d = n.putArray("draws");
        for (int k = first; k <= last; k++) {
            int row = p.row(scenarioSeed, k);
            ObjectNode x = d.addObject();
            x.put("replication", k);
            x.put("posterior_row", row);
            ObjectNode v = x.putObject("values");
            for (int j = 0; j < p.paths().size(); j++) v.put(p.paths().get(j).toString(), SweepParameter.text(p.rows().get(row).get(j)));
        }
    }
}
