package org.ccgsim.experiment;

import java.util.List;
import java.util.function.IntConsumer;

import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.WorldGenerator;

/**
 * Runs a scenario's replications at each point of a design (values applied to a copy of the
 * scenario; no run folders) and hands each point's numbers on as it finishes (output.SweepWriter
 * writes sweep.csv and sweep_summary.csv). Every
 * point uses the scenario's seed, so points are compared with common random numbers.
 */
public final class Sweep {
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
    public static FinalYearValues runPoint(Scenario scenario, List<ParamPath> paths, List<Object> point, RunOptions base,
                                           IntConsumer progress) throws Exception {
        Scenario s = at(scenario, paths, point);
        RunOptions options = new RunOptions();
        options.threads = base.threads;
        options.source = base.source;
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
    static FinalYearValues point(Points done, int i, Scenario scenario, List<ParamPath> paths, List<Object> point, RunOptions options,
                                 IntConsumer progress) throws Exception {
        FinalYearValues v = done.finished(i);
        if (v != null) {
            progress.accept(v.replications());
            return v;
        }
        v = runPoint(scenario, paths, point, options, progress);
        done.record(i, v);
        return v;
    }

    /** Receives each design point's final-year values as the point finishes, in design order. */
    public interface PointSink {
        void accept(int index, List<Object> point, FinalYearValues values) throws Exception;
    }

    /** Runs every point in order, handing each point's values to {@code sink}; returns the seeds used. */
    public static List<Long> run(Scenario scenario, List<ParamPath> paths, List<List<Object>> points, RunOptions options, PointSink sink,
                                 IntConsumer progress) throws Exception {
        return run(scenario, paths, points, options, sink, progress, Points.NONE);
    }

    /** As {@link #run(Scenario, List, List, RunOptions, PointSink, IntConsumer)}, taking finished points from {@code finished} (--resume). */
    public static List<Long> run(Scenario scenario, List<ParamPath> paths, List<List<Object>> points, RunOptions options, PointSink sink,
                                 IntConsumer progress, Points finished) throws Exception {
        List<Long> seeds = null;
        int done = 0;
        for (int i = 0; i < points.size(); i++) {
            List<Object> point = points.get(i);
            int before = done;
            FinalYearValues v = point(finished, i, scenario, paths, point, options, k -> progress.accept(before + k));
            done += v.replications();
            if (seeds == null) seeds = v.seeds();
            sink.accept(i, point, v);
        }
        return seeds == null ? List.of() : seeds;
    }
}
