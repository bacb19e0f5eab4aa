package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.RunOptions;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.experiment.SweepDesign;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.output.Journal;
import org.ccgsim.output.Manifest;
import org.ccgsim.output.SweepWriter;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.report.ReportBuilder;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a scenario over a design of parameter values: grid, Latin hypercube or a design file. */
@Command(name = "sweep", description = "Run a scenario at every point of a parameter design (grid, Latin hypercube or design file); "
        + "every point uses the scenario's seed (common random numbers).")
final class SweepCommand extends ExperimentCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--param", paramLabel = "path=lo:hi:step|path=lo:hi|path=v1,v2", description = "A swept parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--design", description = "grid (default) or lhs")
    String design = "grid";

    @Option(names = "--samples", description = "Latin hypercube samples (default 10)")
    int samples = 10;

    @Option(names = "--design-file", description = "CSV: a header of parameter paths, one row per point")
    Path designFile;

    @Option(names = "--replications", description = "Replications per point (overrides the scenario)")
    Integer replications;

    @Mixin OutcomeSelection selection;


    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = Scenarios.load(scenarioFile, overrides.with(replications == null ? null : "replications=" + replications));
        Scenario scenario = loaded.scenario();
        RunOptions options = workers.runOptions();
        List<ParamPath> paths = new ArrayList<>();
        List<List<Object>> points;
        try {
            if (designFile != null) {
                if (!params.isEmpty()) throw new IllegalArgumentException("give either --design-file or --param, not both");
                if (java.nio.file.Files.isRegularFile(designFile) && java.nio.file.Files.size(designFile) > Limits.MAX_SWEEP_FILE_BYTES) {
                    throw new IllegalArgumentException("--design-file is larger than 10 MB; at most " + Limits.MAX_SWEEP_POINTS + " points are allowed");
                }
                SweepDesign.FileDesign d = SweepDesign.read(designFile);
                paths.addAll(d.paths());
                points = d.points();
            } else {
                if (params.isEmpty()) throw new IllegalArgumentException("name at least one --param (or a --design-file)");
                List<SweepParameter> ps = new ArrayList<>();
                for (String p : params) ps.add(SweepParameter.parse(p));
                for (SweepParameter p : ps) paths.add(p.path());
                points = switch (design) {
                    case "grid" -> {
                        long size = 1;
                        for (SweepParameter p : ps) size = Math.min(Long.MAX_VALUE / 2, size * Math.max(1, p.values().size()));
                        Limits.work("the grid", size, scenario.replications);
                        yield SweepDesign.grid(ps);
                    }
                    case "lhs" -> {
                        Limits.between("--samples", samples, 1, Limits.MAX_SWEEP_POINTS);
                        yield SweepDesign.lhs(ps, samples, scenario.seed);
                    }
                    default -> throw new IllegalArgumentException("--design must be grid or lhs; found '" + design + "'");
                };
            }
            for (ParamPath p : paths) {
                if (p.targets(scenario).isEmpty()) throw new IllegalArgumentException("'" + p + "' names no organisation in " + scenario.name);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        selection.outcomes(); // an unknown outcome is bad input before any work
        Limits.work("the sweep", points.size(), scenario.replications);
        Scenarios.checkPoints(scenarioFile, scenario, paths, points);
        resume.check(output);
        org.ccgsim.experiment.Shard shard = shards.shard();
        if (shard != null) {
            if (resume.resuming()) throw new BadInputException("--resume and --shard: a part is not resumed; run the shard again");
            List<Scenario> plan = new ArrayList<>();
            for (List<Object> point : points) plan.add(Sweep.at(scenario, paths, point));
            return Sharding.runPart("sweep", commandLine(), shards, shard, List.of(loaded), plan, false, options, output, workers.quiet);
        }
        options.source = shards.replayFor(List.of(loaded));
        StringBuilder identity = new StringBuilder("ccgsim sweep\nscenario ").append(loaded.sha256()).append("\npaths ").append(paths);
        for (List<Object> p : points) identity.append('\n').append(p);
        Resumable.Points finished = new Resumable.Points();
        Resumable folder = Resumable.open(resume, output, "sweep-" + scenario.name, identity.toString(), finished);
        Path dir = folder.dir();
        finished.recordingTo(folder.journal());
        try {
            OutputFolders.writeScenario(dir, loaded.resolvedYaml());
            long start = System.nanoTime();
            List<Long> seeds;
            try (Progress bar = Progress.bar(workers.quiet, "sweep " + scenario.name, (long) points.size() * scenario.replications);
                 SweepWriter writer = new SweepWriter(dir, paths, selection.outcomes())) {
                seeds = Sweep.run(scenario, paths, points, options, writer, done -> Progress.stepTo(bar, done), finished);
            }
            if (!output.noReport) ReportBuilder.buildSweep(dir);
            Manifest manifest = Manifest.experiment("sweep", commandLine(), Main.version()).startedAt(start)
                    .scenario(scenario.name, loaded.sha256(), scenario.seed, seeds);
            manifest.root().put("design", designFile != null ? "file" : design);
            manifest.root().put("points", points.size());
            manifest.write(dir, options.threads);
            folder.journal().close();
            Journal.finished(dir);
            System.out.printf("sweep: %d point(s) x %d replication(s) in %.1f s -> %s%n", points.size(), scenario.replications,
                    (System.nanoTime() - start) / 1e9, dir);
            return Main.OK;
        } catch (Throwable e) {
            folder.abandon();
            throw e;
        }
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("ccgsim sweep ").append(scenarioFile);
        for (String p : params) sb.append(" --param ").append(p);
        if (designFile != null) sb.append(" --design-file ").append(designFile);
        else sb.append(" --design ").append(design);
        if (design.equals("lhs")) sb.append(" --samples ").append(samples);
        if (replications != null) sb.append(" --replications ").append(replications);
        overrides.appendTo(sb);
        selection.appendTo(sb);
        return sb.toString();
    }
}
