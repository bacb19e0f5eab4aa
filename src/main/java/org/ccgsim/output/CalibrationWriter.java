package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.validation.AbcSmc;
import org.ccgsim.validation.AbcSmc.Generation;
import org.ccgsim.validation.AbcSmc.Particle;
import org.ccgsim.validation.CalibrationParameter;
import org.ccgsim.validation.CalibrationTarget;
import org.ccgsim.validation.CalibrationTarget.Role;
import org.ccgsim.validation.TargetRuns;

/**
 * The files of a calibration folder (docs/outputs.md): posterior.csv, posterior_summary.csv,
 * predictive_check.csv, generations.csv, report.html and manifest.json (last); the pair plot it shows
 * (pairs.png/.svg) is drawn by chart.PairPlot.
 */
public final class CalibrationWriter {
    private CalibrationWriter() {}

    /** One row of predictive_check.csv. */
    public record Check(CalibrationTarget target, double median, double low, double high, boolean hit) {}

    /** One row of posterior_summary.csv. */
    public record Summary(String path, double priorLow, double priorHigh, double median, double low, double high) {}

    public static List<Summary> summaries(List<CalibrationParameter> params, Generation g) {
        double[] w = weights(g);
        List<Summary> out = new ArrayList<>();
        for (int j = 0; j < params.size(); j++) {
            double[] x = new double[g.particles().size()];
            for (int i = 0; i < x.length; i++) x[i] = g.particles().get(i).theta()[j];
            CalibrationParameter p = params.get(j);
            out.add(new Summary(p.path().toString(), p.lo(), p.hi(), AbcSmc.quantile(x, w, 0.5), AbcSmc.quantile(x, w, 0.025), AbcSmc.quantile(x, w, 0.975)));
        }
        return out;
    }

    /**
     * Posterior predictive check: each target's values over every replication of every particle, a particle's
     * replications sharing its weight; the 2.5%, 50% and 97.5% weighted quantiles; a hit when that interval
     * reaches the band the source allows.
     */
    public static List<Check> checks(List<CalibrationTarget> targets, Generation g) {
        List<Check> out = new ArrayList<>();
        int n = g.particles().size();
        double[] pw = g.weights();
        for (int t = 0; t < targets.size(); t++) {
            CalibrationTarget target = targets.get(t);
            if (!target.measurable()) {
                out.add(new Check(target, Double.NaN, Double.NaN, Double.NaN, false));
                continue;
            }
            int r = g.particles().get(0).values()[t].length;
            double[] x = new double[n * r], w = new double[n * r];
            for (int i = 0; i < n; i++) {
                Particle p = g.particles().get(i);
                for (int k = 0; k < r; k++) {
                    x[i * r + k] = p.values()[t][k];
                    w[i * r + k] = pw[i] / r;
                }
            }
            double lo = AbcSmc.quantile(x, w, 0.025), med = AbcSmc.quantile(x, w, 0.5), hi = AbcSmc.quantile(x, w, 0.975);
            out.add(new Check(target, med, lo, hi, target.hit(lo, hi)));
        }
        return out;
    }

    private static double[] weights(Generation g) {
        return g.weights();
    }

    /** Writes every result file (not the manifest). */
    public static void write(Path dir, AbcSmc abc, List<CalibrationParameter> params, TargetRuns runs, List<Generation> gens) throws IOException {
        Generation last = gens.get(gens.size() - 1);
        // posterior.csv: the values applied to the scenario (integers rounded), and the weight
        StringBuilder sb = new StringBuilder("particle");
        for (CalibrationParameter p : params) sb.append(',').append(p.path());
        sb.append(",weight,distance\n");
        double[] lw = last.weights();
        for (int i = 0; i < lw.length; i++) {
            Particle p = last.particles().get(i);
            sb.append(i);
            for (Object v : abc.point(p.theta())) sb.append(',').append(SweepParameter.text(v));
            sb.append(',').append(CalibrationJournal.exact(lw[i])).append(',').append(num(p.distance(), 6)).append('\n');
        }
        Files.writeString(dir.resolve("posterior.csv"), sb, StandardCharsets.UTF_8);

        List<Summary> sums = summaries(params, last);
        sb = new StringBuilder("parameter,prior_low,prior_high,median,low95,high95\n");
        for (Summary s : sums) {
            sb.append(s.path()).append(',').append(num(s.priorLow(), 6)).append(',').append(num(s.priorHigh(), 6)).append(',')
                    .append(num(s.median(), 6)).append(',').append(num(s.low(), 6)).append(',').append(num(s.high(), 6)).append('\n');
        }
        Files.writeString(dir.resolve("posterior_summary.csv"), sb, StandardCharsets.UTF_8);

        List<Check> checks = checks(runs.targets(), last);
        sb = new StringBuilder("target,evidence,scenario,measure,role,target_value,tolerance,side,model_median,model_low95,model_high95,hit\n");
        for (Check c : checks) {
            CalibrationTarget t = c.target();
            sb.append(t.id()).append(',').append(t.evidence()).append(',').append(csv(t.runKey())).append(',')
                    .append(t.measurable() ? t.observable().yamlName() + " " + t.statistic().yamlName() + " " + months(t.months()) : "not measurable yet")
                    .append(',').append(t.role().label()).append(',').append(num(t.target(), 6)).append(',').append(num(t.tolerance(), 6)).append(',')
                    .append(t.side().name().toLowerCase(Locale.ROOT)).append(',').append(num(c.median(), 6)).append(',')
                    .append(num(c.low(), 6)).append(',').append(num(c.high(), 6)).append(',')
                    .append(t.measurable() ? (c.hit() ? "hit" : "miss") : "").append('\n');
        }
        Files.writeString(dir.resolve("predictive_check.csv"), sb, StandardCharsets.UTF_8);

        sb = new StringBuilder("generation,epsilon,proposals,accepted,particles,ess\n");
        for (Generation g : gens) {
            sb.append(g.index()).append(',').append(num(g.epsilon(), 6)).append(',').append(g.proposals()).append(',').append(g.accepted()).append(',')
                    .append(g.particles().size()).append(',').append(num(g.ess(), 2)).append('\n');
        }
        Files.writeString(dir.resolve("generations.csv"), sb, StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("report.html"), html(params, sums, checks, gens, runs.replications()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(DEFAULTS), defaults(dir, abc, sums, Path.of("scenarios", "baseline.yaml")), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("posterior_summary.md"), markdown(sums, checks, last, runs.replications()), StandardCharsets.UTF_8);
    }

    /** The scenario fragment of the posterior medians. */
    public static final String DEFAULTS = "defaults.yaml";

    /**
     * defaults.yaml: a scenario that extends the baseline (by a path relative to the calibration folder) with
     * every fitted parameter at its posterior median (integers rounded as the fit applied them), 4 significant
     * digits. Run the fitted model with it, name it in another scenario's extends, or copy its values into the
     * shipped defaults.
     */
    static String defaults(Path dir, AbcSmc abc, List<Summary> sums, Path baseline) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The posterior medians of this calibration (posterior_summary.csv): each fitted parameter at its central value.\n");
        sb.append("# Run the fitted model with 'ccgsim run <this file>', extend it from another scenario, or copy the values into\n");
        sb.append("# the shipped defaults (docs/validation.md). 'extends' is relative to this folder: move the file, fix the path.\n");
        String base = dir.toAbsolutePath().normalize().relativize(baseline.toAbsolutePath().normalize()).toString().replace('\\', '/');
        sb.append("extends: ").append(base).append('\n');
        sb.append("name: calibrated\n");
        double[] medians = new double[sums.size()];
        for (int j = 0; j < medians.length; j++) medians[j] = new java.math.BigDecimal(sums.get(j).median()).round(new java.math.MathContext(4)).doubleValue();
        List<Object> values = abc.point(medians);
        // nested mappings by path: sections shared by consecutive paths are opened once
        java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>();
        for (int j = 0; j < sums.size(); j++) {
            String[] parts = sums.get(j).path().split("\\.");
            java.util.Map<String, Object> node = tree;
            for (int k = 0; k < parts.length - 1; k++) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> child = (java.util.Map<String, Object>) node.computeIfAbsent(parts[k], x -> new java.util.LinkedHashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], values.get(j));
        }
        appendYaml(sb, tree, 0);
        return sb.toString();
    }

    private static void appendYaml(StringBuilder sb, java.util.Map<String, Object> node, int depth) {
        for (var e : node.entrySet()) {
            sb.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof java.util.Map<?, ?> m) {
                sb.append('\n');
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> child = (java.util.Map<String, Object>) m;
                appendYaml(sb, child, depth + 1);
            } else {
                sb.append(' ').append(SweepParameter.text(e.getValue())).append('\n');
            }
        }
    }

    /** posterior_summary.md: the parameters' and the targets' tables in Markdown, ready for docs/validation.md. */
    static String markdown(List<Summary> sums, List<Check> checks, Generation last, int reps) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Posterior after %d generation(s): %d particles, final tolerance %s, effective sample size %s, %d replication(s) per point.%n%n",
                last.index() + 1, last.particles().size(), num(last.epsilon(), 3), num(last.ess(), 1), reps));
        sb.append("| Parameter | Prior | Posterior median | 95% interval |\n|---|---|---|---|\n");
        for (Summary s : sums) {
            sb.append("| `").append(s.path()).append("` | ").append(num(s.priorLow(), 4)).append(" – ").append(num(s.priorHigh(), 4)).append(" | ")
                    .append(num(s.median(), 4)).append(" | ").append(num(s.low(), 4)).append(" – ").append(num(s.high(), 4)).append(" |\n");
        }
        sb.append("\n| Target | Scenario | Role | Source | Model median | 95% interval | Result |\n|---|---|---|---|---|---|---|\n");
        for (Check c : checks) {
            CalibrationTarget t = c.target();
            sb.append("| ").append(t.id()).append(" | ").append(t.runKey()).append(" | ").append(t.role().label().replace('_', ' ')).append(" | ");
            if (!t.measurable()) {
                sb.append(num(t.target(), 3)).append(" | not measurable yet | | |\n");
                continue;
            }
            sb.append(t.describe().replace("|", "\\|")).append(" | ").append(num(c.median(), 4)).append(" | ").append(num(c.low(), 4)).append(" – ")
                    .append(num(c.high(), 4)).append(" | ").append(c.hit() ? "hit" : "**miss**").append(" |\n");
        }
        return sb.toString();
    }

    /** manifest.json, last: the command, settings, seeds and the checksums of every file. */
    public static void manifest(Path dir, String command, String version, String settings, int threads, List<Generation> gens) throws IOException {
        Manifest m = Manifest.experiment("calibrate", command, version);
        ObjectNode root = m.root();
        root.put("method", "ABC-SMC (population Monte Carlo, adaptive tolerance); docs/validation.md");
        root.put("settings", settings);
        root.put("proposal_seed_derivation", "proposal i of generation t: MersenneTwisterFast(SplitMix64(seed + 0x2545F4914F6CDD1D * (t + 1) + (i + 1) * 0x9E3779B97F4A7C15))");
        ArrayNode g = root.putArray("generations");
        for (Generation x : gens) g.addObject().put("index", x.index()).put("epsilon", x.epsilon()).put("ess", x.ess());
        m.write(dir, threads);
    }

    static String html(List<CalibrationParameter> params, List<Summary> sums, List<Check> checks, List<Generation> gens, int reps) {
        Generation last = gens.get(gens.size() - 1);
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ccgsim calibration</title>\n"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}td:first-child,th:first-child{text-align:left}"
                + ".miss{color:#b00020;font-weight:bold}.held{font-style:italic}img{max-width:100%}</style></head><body>\n");
        h.append("<h1>Calibration</h1>\n<p>Approximate Bayesian computation by sequential Monte Carlo: ").append(gens.size())
                .append(" generation(s), ").append(last.particles().size()).append(" particles kept, ").append(last.proposals())
                .append(" new points drawn per generation, ").append(reps).append(" replication(s) per proposal. Final tolerance ")
                .append(num(last.epsilon(), 3)).append(" (root mean square distance of the fitted targets, in tolerances); effective sample size ")
                .append(num(last.ess(), 1)).append(". Method and budget: docs/validation.md.</p>\n");
        h.append("<h2>Parameters</h2>\n<table><tr><th>parameter</th><th>prior</th><th>posterior median</th><th>95% interval</th></tr>\n");
        for (Summary s : sums) {
            h.append("<tr><td>").append(esc(s.path())).append("</td><td>").append(num(s.priorLow(), 4)).append(" – ").append(num(s.priorHigh(), 4))
                    .append("</td><td>").append(num(s.median(), 4)).append("</td><td>").append(num(s.low(), 4)).append(" – ").append(num(s.high(), 4)).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Targets: posterior predictive check</h2>\n<p>Each target's model values over the posterior (every replication of every particle, "
                + "by weight): median and 95% interval, against the source's value. A miss is a target whose interval does not reach the band the source allows. "
                + "Held-out targets (in italics) were not fitted: they test the fit out of sample.</p>\n");
        h.append("<table><tr><th>target</th><th>scenario</th><th>role</th><th>source</th><th>model median</th><th>95% interval</th><th>result</th></tr>\n");
        int misses = 0;
        for (Check c : checks) {
            CalibrationTarget t = c.target();
            boolean held = t.role() == Role.HELD_OUT;
            h.append("<tr").append(held ? " class=\"held\"" : "").append("><td>").append(esc(t.id())).append("</td><td>").append(esc(t.runKey()))
                    .append("</td><td>").append(t.role().label().replace('_', ' ')).append("</td><td>").append(esc(t.measurable() ? t.describe() : num(t.target(), 3)));
            if (!t.measurable()) {
                h.append("</td><td colspan=\"3\">not measurable yet: ").append(esc(t.note())).append("</td></tr>\n");
                continue;
            }
            if (!c.hit()) misses++;
            h.append("</td><td>").append(num(c.median(), 4)).append("</td><td>").append(num(c.low(), 4)).append(" – ").append(num(c.high(), 4))
                    .append("</td><td").append(c.hit() ? ">hit" : " class=\"miss\">MISS").append("</td></tr>\n");
        }
        h.append("</table>\n<p>").append(misses).append(" miss(es).</p>\n");
        h.append("<h2>Pair plot</h2>\n<p>The posterior particles: weighted histograms on the diagonal, pairs off it; axes span the prior.</p>\n<img src=\"pairs.png\" alt=\"pair plot of the posterior\">\n");
        h.append("<h2>Generations</h2>\n<table><tr><th>generation</th><th>tolerance</th><th>new points kept</th><th>effective sample size</th></tr>\n");
        for (Generation g : gens) h.append("<tr><td>").append(g.index()).append("</td><td>").append(num(g.epsilon(), 4)).append("</td><td>")
                .append(g.accepted()).append(" of ").append(g.proposals()).append("</td><td>").append(num(g.ess(), 1)).append("</td></tr>\n");
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static String months(int[] m) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < m.length; k++) sb.append(k == 0 ? "" : (k % 2 == 1 ? "-" : "/")).append(m[k]);
        return sb.toString();
    }

    private static String csv(String s) { return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s; }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    static String num(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return "";
        StringBuilder sb = new StringBuilder();
        org.ccgsim.outcome.Num.append(sb, x, decimals);
        return sb.toString();
    }
}
