package org.ccgsim.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;

/**
 * Counts one replication's draws in a JVM of its own, with Poisson recording switched on there
 * only. The timing JVM never sees the counting generator, so its call sites stay monomorphic and
 * the model it times is the model users run.
 */
public final class DrawCounter {
    private DrawCounter() {}

    /** Arguments: resolved scenario file, seed, output file. */
    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of(args[0])).scenario();
        long seed = Long.parseLong(args[1]);
        CountingRandom random = new CountingRandom(seed);
        HealthEconomy economy = ModelRuns.start(scenario, seed, random);
        DrawCounts all0 = random.counts(), outside0 = random.outsidePoisson();
        int poissons0 = random.poissons();
        economy.runMonths(scenario.months);
        economy.finish();
        write(new Draws(random.counts().minus(all0), random.outsidePoisson().minus(outside0), random.poissonMeans(poissons0)),
                Path.of(args[2]));
    }

    /** Runs the count in a child JVM and reads its result. */
    static Draws count(Scenario scenario, long seed, Path workDir) throws IOException, InterruptedException {
        Path yaml = workDir.resolve("draws-" + scenario.name + ".yaml"), out = workDir.resolve("draws-" + scenario.name + ".bin");
        Files.writeString(yaml, ScenarioLoader.toYaml(scenario));
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Dccgsim.recordDraws=true",
                "-cp", System.getProperty("java.class.path"), DrawCounter.class.getName(), yaml.toString(), String.valueOf(seed), out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) throw new IOException("counting the draws of " + scenario.name + " failed (exit " + p.exitValue() + ")");
        Draws d = read(out);
        Files.delete(yaml);
        Files.delete(out);
        return d;
    }

    private static void write(Draws d, Path file) throws IOException {
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (DrawCounts c : List.of(d.primitive(), d.outsidePoisson())) {
                o.writeLong(c.doubles()); o.writeLong(c.gaussians()); o.writeLong(c.booleans()); o.writeLong(c.ints());
            }
            o.writeInt(d.poissonMeans().length);
            for (double m : d.poissonMeans()) o.writeDouble(m);
        }
    }

    private static Draws read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            DrawCounts primitive = new DrawCounts(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            DrawCounts outside = new DrawCounts(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            double[] means = new double[in.readInt()];
            for (int i = 0; i < means.length; i++) means[i] = in.readDouble();
            return new Draws(primitive, outside, means);
        }
    }
}
