package org.ccgsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.output.RunWriter;
import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.scenario.Scenario;

/**
 * Measures how fast the model runs and how close it comes to the machine's limit: practice-months
 * per second on one thread, the same draws in a bare loop, allocation in steady state, replications
 * per second on one thread and on all cores, peak heap, cost against size, and whole runs through
 * the command line with JVM start. Medians of repeated runs after a warm-up; nothing is asserted.
 */
public final class Benchmark {

    /** What to measure and how hard. */
    public record Settings(int cores, double warmupSeconds, int timedRuns, int multiCoreSeconds, List<Integer> scalingPractices,
                           boolean endToEnd, Path workDir) {
        public static Settings full(Path workDir) {
            return new Settings(Runtime.getRuntime().availableProcessors(), 3, 15, 2, List.of(55, 500, 1_000, 2_000, 4_000, 8_000), true, workDir);
        }

        public static Settings quick(Path workDir) {
            return new Settings(Runtime.getRuntime().availableProcessors(), 0.3, 3, 1, List.of(55, 500), false, workDir);
        }
    }

    /** One scenario's figures. Times are medians in seconds; rates are per second. */
    public record ScenarioResult(String scenario, int ccgs, int trusts, long practices, int months, DrawCounts draws,
                                 double drawsPerPracticeMonth, double poissonVariatesPerPracticeMonth,
                                 double modelSeconds, double stepSeconds, double modelPracticeMonthsPerSecond,
                                 double primitiveLimitSeconds, double primitiveLimitPracticeMonthsPerSecond, double modelShareOfPrimitiveLimit,
                                 double variateLimitSeconds, double variateLimitPracticeMonthsPerSecond, double modelShareOfVariateLimit,
                                 double marginalBytesPerPracticeMonth, double steadyBytesPerMonth,
                                 int multiCoreReplications, double oneThreadReplicationsPerSecond,
                                 double allCoresReplicationsPerSecond, int cores, double speedup, double peakHeapMegabytes) {}

    /** The bare model at one size of world; seconds are those of the monthly steps of one replication. */
    public record ScalingPoint(long practices, int ccgs, int trusts, int months, double seconds, double practiceMonthsPerSecond,
                               double microsecondsPerPracticeMonth) {}

    /** A whole {@code ccgsim run} in a fresh JVM. */
    public record EndToEnd(String scenario, int replications, int threads, String cores, String maxHeap, boolean report, double seconds,
                           int exitCode) {}

    public record Results(String java, String vm, String os, int cores, long maxHeapMegabytes, List<ScenarioResult> scenarios,
                          List<ScalingPoint> scaling, List<EndToEnd> endToEnd) {}

    private Benchmark() {}

    public static volatile double sink;

    /**
     * @param scenarios   the scenarios to measure (baseline and england in a full run)
     * @param scaleFrom   the scenario whose generated world is resized for the scaling series (england)
     * @param files       the scenario files behind {@code scenarios}, for the whole runs through the command line
     * @param progress    one line per measurement, for the console
     */
    public static Results run(Settings settings, List<Scenario> scenarios, Scenario scaleFrom, List<Path> files,
                              Consumer<String> progress) throws Exception {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) results.add(measure(s, settings, progress));
        List<ScalingPoint> scaling = new ArrayList<>();
        if (scaleFrom != null) for (int practices : settings.scalingPractices()) scaling.add(scale(scaleFrom, practices, settings, progress));
        List<EndToEnd> whole = new ArrayList<>();
        if (settings.endToEnd()) {
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                Path file = files.get(i);
                if (s.totalPractices() < 1_000) {
                    Path dir = settings.workDir();
                    if (java.nio.file.Files.isExecutable(EndToEndRun.TASKSET)) whole.add(EndToEndRun.run(file, 1_000, 1, true, null, true, dir, progress));
                    whole.add(EndToEndRun.run(file, 1_000, 1, false, null, true, dir, progress));
                    if (settings.cores() > 1) whole.add(EndToEndRun.run(file, 1_000, settings.cores(), false, null, true, dir, progress));
                } else {
                    whole.add(EndToEndRun.run(file, 30, settings.cores(), false, "512m", true, settings.workDir(), progress));
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        return new Results(System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), rt.availableProcessors(), rt.maxMemory() >> 20,
                results, scaling, whole);
    }

    static ScenarioResult measure(Scenario scenario, Settings settings, Consumer<String> progress) throws Exception {
        long seed = ReplicationSeeds.seed(scenario.seed, 0);
        long practiceMonths = scenario.totalPractices() * scenario.months;
        progress.accept(scenario.name + ": warming up");
        warmUp(() -> ModelRuns.time(scenario, seed).total(), settings.warmupSeconds());
        Draws draws = DrawCounter.count(scenario, seed, settings.workDir());
        warmUp(() -> { long t0 = System.nanoTime(); LimitLoop.primitive(draws.primitive(), seed); LimitLoop.variates(draws, seed);
            return (System.nanoTime() - t0) / 1e9; }, settings.warmupSeconds() / 2);

        // model and limits alternate, so that a disturbance on the machine hits all alike
        int n = settings.timedRuns();
        double[] model = new double[n], steps = new double[n], primitive = new double[n], variates = new double[n];
        for (int i = 0; i < n; i++) {
            ModelRuns.Timing t = ModelRuns.time(scenario, seed);
            model[i] = t.total();
            steps[i] = t.steps();
            long t0 = System.nanoTime();
            LimitLoop.primitive(draws.primitive(), seed);
            long t1 = System.nanoTime();
            LimitLoop.variates(draws, seed);
            primitive[i] = (t1 - t0) / 1e9;
            variates[i] = (System.nanoTime() - t1) / 1e9;
        }
        double modelSeconds = median(model), stepSeconds = median(steps), primitiveSeconds = median(primitive), variateSeconds = median(variates);
        progress.accept(String.format("%s: %.3f s per replication (%.3f s of monthly steps); limit loops %.3f s (primitive draws), %.3f s (variates)",
                scenario.name, modelSeconds, stepSeconds, primitiveSeconds, variateSeconds));

        int from = Math.min(12, scenario.months - 1);
        long bytes = ModelRuns.steadyAllocation(scenario, seed, from);
        long steadyMonths = scenario.months - from;
        double perPracticeMonth = ModelRuns.marginalBytesPerPracticeMonth(scenario, seed, from);

        // One thread and all cores in alternating rounds after a warm-up of both paths; the machine is a
        // shared virtual one, so single runs of either vary by a third. Medians of rounds, and the median ratio.
        int reps = multiCoreReplications(settings.multiCoreSeconds(), modelSeconds, settings.cores());
        replicationsPerSecond(scenario, Math.max(2, reps / 2), settings.cores());
        replicationsPerSecond(scenario, Math.max(2, reps / 2), 1);
        int rounds = 3;
        double[] one = new double[rounds], all = new double[rounds], ratio = new double[rounds];
        resetHeapPeaks();
        for (int i = 0; i < rounds; i++) {
            one[i] = replicationsPerSecond(scenario, reps, 1);
            all[i] = settings.cores() > 1 ? replicationsPerSecond(scenario, reps, settings.cores()) : one[i];
            ratio[i] = all[i] / one[i];
        }
        double peak = heapPeakMegabytes();
        progress.accept(String.format("%s: %d replications a round, %.1f/s on 1 thread, %.1f/s on %d (median of %d rounds)", scenario.name,
                reps, median(one), median(all), settings.cores(), rounds));

        int ccgs = Math.max(1, scenario.ccgs.size()), trusts = Math.max(1, scenario.trusts.size());
        return new ScenarioResult(scenario.name, ccgs, trusts, scenario.totalPractices(), scenario.months, draws.primitive(),
                (double) draws.primitive().total() / practiceMonths, (double) draws.poissonMeans().length / practiceMonths,
                modelSeconds, stepSeconds, practiceMonths / stepSeconds,
                primitiveSeconds, practiceMonths / primitiveSeconds, primitiveSeconds / stepSeconds,
                variateSeconds, practiceMonths / variateSeconds, variateSeconds / stepSeconds,
                perPracticeMonth, (double) bytes / steadyMonths,
                reps, median(one), median(all), settings.cores(), median(ratio), peak);
    }

    /** The scenario's generated world resized to the given number of practices, with CCGs, trusts and Area Teams in proportion. */
    static ScalingPoint scale(Scenario from, int practices, Settings settings, Consumer<String> progress) {
        Scenario s = ScenarioCopies.copy(from);
        var g = s.generate;
        double f = (double) practices / g.practices;
        g.ccgs = (int) Math.max(1, Math.round(g.ccgs * f));
        g.areaTeams = (int) Math.max(1, Math.min(g.ccgs, Math.round(g.areaTeams * f)));
        g.trusts = (int) Math.max(g.areaTeams, Math.round(g.trusts * f));
        g.practices = practices;
        org.ccgsim.scenario.WorldGenerator.generate(s);
        long seed = ReplicationSeeds.seed(s.seed, 0);
        warmUp(() -> ModelRuns.time(s, seed).total(), settings.warmupSeconds() / 2);
        double[] t = new double[Math.max(3, settings.timedRuns() / 2)];
        for (int i = 0; i < t.length; i++) t[i] = ModelRuns.time(s, ReplicationSeeds.seed(s.seed, i)).steps();
        double seconds = median(t);
        long pm = (long) practices * s.months;
        progress.accept(String.format("scaling: %,d practices, %d CCGs: %.4f s per replication", practices, g.ccgs, seconds));
        return new ScalingPoint(practices, s.ccgs.size(), s.trusts.size(), s.months, seconds, pm / seconds, seconds * 1e6 / pm);
    }

    /** About {@code seconds} of work on one thread, a whole number of replications per core so that no core idles at the end. */
    private static int multiCoreReplications(int seconds, double perReplication, int cores) {
        int n = (int) Math.ceil(seconds / Math.max(perReplication, 1e-4));
        n = Math.max(4 * cores, Math.min(2_000, n));
        return (n + cores - 1) / cores * cores;
    }

    /** Replications through the experiment runner (rows formatted, then dropped), as a run does them. */
    static double replicationsPerSecond(Scenario scenario, int replications, int threads) throws Exception {
        Scenario s = ScenarioCopies.copy(scenario);
        s.replications = replications;
        RunOptions options = new RunOptions();
        options.threads = threads;
        long[] rows = new long[1];
        long t0 = System.nanoTime();
        options.rows = RunWriter.rows();
        Experiment.run(s, options, EventCompiler::compile, r -> rows[0] += RunWriter.monthlyRows(r, r.units).length(), k -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        sink = rows[0];
        return replications / seconds;
    }

    private static void warmUp(DoubleSupplier run, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = 0;
        while (n < 3 || System.nanoTime() < end) {
            sink = run.getAsDouble();
            n++;
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static void resetHeapPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }

    private static double heapPeakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / 1048576.0;
    }
}
