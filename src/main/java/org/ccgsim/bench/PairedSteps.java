package org.ccgsim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;

/**
 * Two builds of the model timed side by side in one JVM, for changes too small for single benchmark runs on a shared
 * machine (docs/performance.md, "Method"): each build in a class loader of its own, one replication of each in turn
 * (the order alternating), thread CPU time of the monthly steps, after a warm-up of both; the median of the per-round
 * ratios B/A with its quartiles. A load that hits one round hits both builds alike, and the ratio cancels it.
 *
 * <pre>java -cp target/ccgsim.jar org.ccgsim.bench.PairedSteps A B [rounds] [warm-up seconds] [scenario]</pre>
 * where A and B are folders of compiled classes (a copy of {@code target/classes}) of two builds; the libraries are
 * this JVM's, shared. The timing code is this class's own, defined in each build's loader, so either build may predate it.
 */
public final class PairedSteps {
    private PairedSteps() {}

    /** Seconds of monthly steps of each build per round (thread CPU time), and the per-round ratios B/A, each sorted. */
    public record Result(double[] a, double[] b, double[] ratios) {
        public double medianRatio() { return Benchmark.median(ratios); }
        public double quartile(double q) { return ratios[(int) Math.min(ratios.length - 1, Math.floor(q * ratios.length))]; }

        @Override public String toString() {
            return String.format(Locale.ROOT, "A %.4f s  B %.4f s  B/A median %.3f [%.3f, %.3f]  (%d rounds; fastest A %.4f B %.4f)",
                    Benchmark.median(a), Benchmark.median(b), medianRatio(), quartile(0.25), quartile(0.75), ratios.length, a[0], b[0]);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PairedSteps A B [rounds=30] [warm-up seconds=8] [scenario=scenarios/england.yaml]");
            System.exit(2);
        }
        int rounds;
        double warmup;
        try {
            rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
            warmup = args.length > 3 ? Double.parseDouble(args[3]) : 8;
        } catch (NumberFormatException e) {
            System.err.println("PairedSteps: rounds: expected a whole number and warm-up: expected seconds; found " + e.getMessage());
            System.exit(2);
            return;
        }
        Path scenario = Path.of(args.length > 4 ? args[4] : "scenarios/england.yaml");
        String problem = rounds < 1 ? "rounds: expected at least 1, found " + rounds
                : warmup < 0 ? "warm-up: expected seconds at least 0, found " + warmup
                : !java.nio.file.Files.isRegularFile(scenario) ? "scenario: no such file " + scenario
                : notABuild(Path.of(args[0]), "A") != null ? notABuild(Path.of(args[0]), "A") : notABuild(Path.of(args[1]), "B");
        if (problem != null) {
            System.err.println("PairedSteps: " + problem);
            System.exit(2);
        }
        System.out.println(compare(Path.of(args[0]), Path.of(args[1]), scenario, rounds, warmup));
    }

    /** Why {@code dir} is not a folder of a build's compiled classes, or null when it is. */
    static String notABuild(Path dir, String which) {
        Path economy = dir.resolve("org/ccgsim/model/HealthEconomy.class");
        return java.nio.file.Files.isRegularFile(economy) ? null
                : which + ": expected a folder of compiled classes (a copy of target/classes); found no " + economy;
    }

    /** Times {@code rounds} replications of each build in turn, after {@code warmupSeconds} of both. */
    public static Result compare(Path a, Path b, Path scenario, int rounds, double warmupSeconds) throws Exception {
        Method stepsA = timer(a, scenario), stepsB = timer(b, scenario);
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            stepsA.invoke(null);
            stepsB.invoke(null);
        } while (System.nanoTime() < end);
        double[] ta = new double[rounds], tb = new double[rounds], ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                ta[r] = (double) stepsA.invoke(null);
                tb[r] = (double) stepsB.invoke(null);
            } else {
                tb[r] = (double) stepsB.invoke(null);
                ta[r] = (double) stepsA.invoke(null);
            }
            ratios[r] = tb[r] / ta[r];
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        Arrays.sort(ratios);
        return new Result(ta, tb, ratios);
    }

    /** The build's {@link Replication#steps} in a loader of its own, the scenario loaded by that build. */
    private static Method timer(Path build, Path scenario) throws Exception {
        ClassLoader loader = loaderOf(build);
        Class<?> replication = Class.forName(Replication.class.getName(), true, loader);
        replication.getMethod("prepare", String.class).invoke(null, scenario.toString());
        return replication.getMethod("steps");
    }

    /** A class loader for the build's own classes, with this JVM's libraries. */
    static ClassLoader loaderOf(Path build) throws IOException {
        return new BuildLoader(build.toUri().toURL());
    }

    /**
     * Loads a build's own classes and resources from its folder or jar, with this build's {@link Replication} defined
     * in it (so the build need not contain it); the libraries (MASON, Jackson, ...) are this JVM's, shared by both builds.
     */
    private static final class BuildLoader extends URLClassLoader {
        BuildLoader(URL build) {
            super(new URL[] {build}, new LibrariesOnly(PairedSteps.class.getClassLoader()));
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.equals(Replication.class.getName())) return super.findClass(name);
            try (InputStream in = PairedSteps.class.getResourceAsStream("PairedSteps$Replication.class")) {
                if (in == null) throw new ClassNotFoundException(name);
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    /** This JVM's class path without ccgsim's own classes and resources: what both builds share. */
    private static final class LibrariesOnly extends ClassLoader {
        private static final String OWN_CLASSES = "org.ccgsim.", OWN_RESOURCES = "org/ccgsim/";

        LibrariesOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(OWN_CLASSES)) throw new ClassNotFoundException(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(OWN_RESOURCES) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(OWN_RESOURCES) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }

    /** One replication's monthly steps in the build that loaded this class. */
    public static final class Replication {
        private Replication() {}

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static Scenario scenario;

        public static void prepare(String path) throws Exception {
            scenario = ScenarioLoader.load(Path.of(path)).scenario();
        }

        /** Thread CPU seconds of the monthly steps of the scenario's first replication (building it not included). */
        public static double steps() {
            Scenario s = scenario;
            HealthEconomy economy = new HealthEconomy(ReplicationSeeds.seed(s.seed, 0), () -> ScenarioCopies.copy(s), EventCompiler::compile);
            economy.start();
            long t0 = THREADS.getCurrentThreadCpuTime();
            economy.runMonths(s.months);
            long t1 = THREADS.getCurrentThreadCpuTime();
            economy.finish();
            return (t1 - t0) / 1e9;
        }
    }
}
