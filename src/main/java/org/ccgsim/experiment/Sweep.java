package org.ccgsim.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import org.ccgsim.output.Num;
import org.ccgsim.output.Outcome;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.WorldGenerator;

/**
 * Runs a scenario's replications at each point of a design (values applied to a copy of the
 * scenario; no run folders) and writes sweep.csv and sweep_summary.csv as points finish. Every
 * point uses the scenario's seed, so points are compared with common random numbers.
 */
public final class Sweep {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private Sweep() {}

    /** The scenario with a point's values applied, on a copy. */
    public static Scenario at(Scenario scenario, List<ParamPath> paths, List<Object> point) {
        Scenario copy = ScenarioCopies.copy(scenario);
        boolean reshapesWorld = false;
        for (int j = 0; j < paths.size(); j++) {
            paths.get(j).applyTo(copy, point.get(j));
            reshapesWorld |= paths.get(j).scope() == ParamPath.Scope.GENERATE;
        }
        if (reshapesWorld) WorldGenerator.generate(copy);
        return copy;
    }

    /** Final-year values of every replication at one point (numbers only). */
    public static FinalYearValues runPoint(Scenario scenario, List<ParamPath> paths, List<Object> point, int threads,
                                           IntConsumer progress) throws Exception {
        Scenario s = at(scenario, paths, point);
        RunOptions options = new RunOptions();
        options.threads = threads;
        options.withRows = false;
        FinalYearValues values = new FinalYearValues();
        Experiment.run(s, options, EventCompiler::compile, values, progress);
        return values;
    }

    /**
     * Resume hook: design points already finished (read back from a journal) and a place to record
     * each point as it finishes. {@link #NONE} runs everything and records nothing.
     */
    public interface Points {
        Points NONE = new Points() {
            @Override public FinalYearValues finished(int point) { return null; }
            @Override public void record(int point, FinalYearValues values) {}
        };

        /** Point {@code point}'s values if it already ran, else null. */
        FinalYearValues finished(int point) throws Exception;

        void record(int point, FinalYearValues values) throws Exception;
    }

    /** Point {@code i}: from {@code done} when it already ran, else run now and recorded. */
    static FinalYearValues point(Points done, int i, Scenario scenario, List<ParamPath> paths, List<Object> point, int threads,
                                 IntConsumer progress) throws Exception {
        FinalYearValues v = done.finished(i);
        if (v != null) {
            progress.accept(v.replications());
            return v;
        }
        v = runPoint(scenario, paths, point, threads, progress);
        done.record(i, v);
        return v;
    }

    /** Runs every point and writes {@code dir/sweep.csv} and {@code dir/sweep_summary.csv}; returns the seeds used. */
    public static List<Long> run(Scenario scenario, List<ParamPath> paths, List<List<Object>> points, int threads, Path dir,
                                 IntConsumer progress) throws Exception {
        return run(scenario, paths, points, threads, dir, progress, Points.NONE);
    }

    /** As {@link #run(Scenario, List, List, int, Path, IntConsumer)}, taking finished points from {@code done} (--resume). */
    public static List<Long> run(Scenario scenario, List<ParamPath> paths, List<List<Object>> points, int threads, Path dir,
                                 IntConsumer progress, Points finished) throws Exception {
        StringBuilder params = new StringBuilder();
        for (ParamPath p : paths) params.append(',').append(p);
        List<Long> seeds = null;
        try (BufferedWriter rows = Files.newBufferedWriter(dir.resolve("sweep.csv"), StandardCharsets.UTF_8);
             BufferedWriter summary = Files.newBufferedWriter(dir.resolve("sweep_summary.csv"), StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("point,replication,seed").append(params);
            for (Outcome o : OUTCOMES) h.append(',').append(o.column);
            rows.write(h.append('\n').toString());
            summary.write("point" + params + ",outcome,n,mean,ci_low,ci_high\n");
            int done = 0;
            for (int i = 0; i < points.size(); i++) {
                List<Object> point = points.get(i);
                int before = done;
                FinalYearValues v = point(finished, i, scenario, paths, point, threads, k -> progress.accept(before + k));
                done += v.replications();
                if (seeds == null) seeds = v.seeds();
                StringBuilder values = new StringBuilder();
                for (Object x : point) values.append(',').append(SweepParameter.text(x));
                int u = v.mainUnit();
                StringBuilder sb = new StringBuilder();
                for (int r = 0; r < v.replications(); r++) {
                    sb.append(i).append(',').append(r).append(',').append(v.seeds().get(r)).append(values);
                    for (int o = 0; o < OUTCOMES.length; o++) {
                        sb.append(',');
                        Comparison.num(sb, v.value(r, u, o), OUTCOMES[o].decimals);
                    }
                    sb.append('\n');
                }
                rows.write(sb.toString());
                sb.setLength(0);
                for (int o = 0; o < OUTCOMES.length; o++) {
                    Statistics st = v.statistics(u, o);
                    int d = OUTCOMES[o].decimals + 2;
                    sb.append(i).append(values).append(',').append(OUTCOMES[o].column).append(',').append(st.n()).append(',');
                    Comparison.num(sb, st.mean(), d); sb.append(',');
                    Comparison.num(sb, st.low(), d); sb.append(',');
                    Comparison.num(sb, st.high(), d); sb.append('\n');
                }
                summary.write(sb.toString());
            }
        }
        return seeds == null ? List.of() : seeds;
    }

    static String num(double x, int d) { return Num.format(x, d); }
}
