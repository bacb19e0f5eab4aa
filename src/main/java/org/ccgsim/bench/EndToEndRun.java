package org.ccgsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Times a whole {@code ccgsim run} in a fresh JVM, JVM start included, as a user would start it. */
final class EndToEndRun {
    private EndToEndRun() {}

    /** taskset pins a process to CPUs (util-linux); without it a one-core run cannot be made. */
    static final Path TASKSET = Path.of("/usr/bin/taskset");

    /**
     * @param oneCore pin the whole JVM (its compiler and collector threads too) to one CPU with taskset,
     *                so that "one thread" is one core's worth of work, not one thread plus helpers on the other core
     */
    static Benchmark.EndToEnd run(Path scenarioFile, int replications, int threads, boolean oneCore, String maxHeap, boolean report,
                                  Path workDir, Consumer<String> progress) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = workDir.resolve("run-" + scenarioFile.getFileName().toString().replace(".yaml", "") + "-" + replications + "-t" + threads);
        List<String> cmd = new ArrayList<>();
        if (oneCore) cmd.addAll(List.of(TASKSET.toString(), "-c", "0"));
        cmd.add(java);
        if (maxHeap != null) cmd.add("-Xmx" + maxHeap);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.ccgsim.cli.Main", "run", scenarioFile.toString(),
                "--replications", String.valueOf(replications), "--threads", String.valueOf(threads), "--out", out.toString(),
                "--force", "--quiet"));
        if (!report) cmd.add("--no-report");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        delete(out);
        String name = scenarioFile.getFileName().toString().replace(".yaml", "");
        String cores = oneCore ? "1 (taskset)" : String.valueOf(Runtime.getRuntime().availableProcessors());
        progress.accept(String.format("ccgsim run %s: %d replications on %d thread(s), %s core(s)%s: %.1f s, exit %d", name, replications,
                threads, cores, maxHeap == null ? "" : " with -Xmx" + maxHeap, seconds, exit));
        return new Benchmark.EndToEnd(name, replications, threads, cores, maxHeap == null ? "default" : maxHeap, report, seconds, exit);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
