package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.bench.Benchmark;
import org.ccgsim.bench.BenchmarkReport;
import org.ccgsim.output.BenchWriter;
import org.ccgsim.chart.ChartFile;
import org.ccgsim.chart.ChartTheme;
import org.ccgsim.chart.ScalingChart;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures speed against the machine's limit; see docs/performance.md for the method. */
@Command(name = "bench", description = "Benchmark: practice-months per second, the random-draw limit, allocation, replications per "
        + "second on all cores, peak heap, scaling with size, and whole runs with JVM start. Writes bench.json, bench.md and a chart.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to measure (repeatable; default scenarios/baseline.yaml and scenarios/england.yaml)")
    List<Path> scenarioFiles = new ArrayList<>();

    @Option(names = "--scale-from", paramLabel = "FILE", description = "Scenario with a generate block, resized for the scaling series (default scenarios/england.yaml)")
    Path scaleFrom = Path.of("scenarios/england.yaml");

    @Option(names = "--quick", description = "A short run that checks the benchmark works (fewer repeats, no whole runs); its numbers are rough")
    boolean quick;

    @Option(names = "--threads", description = "Threads for the all-cores figures (default: all cores)")
    Integer threads;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (scenarioFiles.isEmpty()) scenarioFiles = List.of(Path.of("scenarios/baseline.yaml"), Path.of("scenarios/england.yaml"));
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : scenarioFiles) scenarios.add(Scenarios.load(f, List.of()).scenario());
        Scenario scale = Scenarios.load(scaleFrom, List.of()).scenario();
        if (scale.generate.ccgs == 0) throw new BadInputException("--scale-from " + scaleFrom + ": the scenario has no generate block to resize (generate.ccgs is 0)");
        Path dir = output.prepare("bench");

        Path work = Files.createDirectories(dir.resolve("work"));
        Benchmark.Settings base = quick ? Benchmark.Settings.quick(work) : Benchmark.Settings.full(work);
        int cores = ExperimentOptions.runOptions(threads).threads;
        Benchmark.Settings settings = new Benchmark.Settings(cores, base.warmupSeconds(), base.timedRuns(), base.multiCoreSeconds(),
                base.scalingPractices(), base.endToEnd(), work);
        Benchmark.Results results = Benchmark.run(settings, scenarios, scale, scenarioFiles, line -> System.err.println("bench: " + line));
        Files.delete(work);

        String md = BenchmarkReport.markdown(results);
        BenchWriter.write(dir, results, md);
        if (!results.scaling().isEmpty()) {
            double[] pm = results.scaling().stream().mapToDouble(p -> (double) p.practices() * p.months()).toArray();
            double[] s = results.scaling().stream().mapToDouble(Benchmark.ScalingPoint::seconds).toArray();
            ChartFile.write(ScalingChart.of(pm, s, ScalingChart.note(results.cores(), results.java())), dir, "scaling",
                    ChartTheme.WIDTH, ChartTheme.HEIGHT);
        }
        System.out.print(md);
        System.out.printf(Locale.ROOT, "%nbench.json, bench.md and scaling.png in %s%n", dir);
        return 0;
    }
}
