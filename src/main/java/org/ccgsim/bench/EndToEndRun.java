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

    static Benchmark.EndToEnd run(Path scenarioFile, int replications, int threads, String maxHeap, boolean report, Path workDir,
                                  Consumer<String> progress) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = workDir.resolve("run-" + scenarioFile.getFileName().toString().replace(".yaml", "") + "-" + replications + "-t" + threads);
        List<String> cmd = new ArrayList<>(List.of(java));
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
        progress.accept(String.format("ccgsim run %s: %d replications on %d thread(s)%s: %.1f s, exit %d", name, replications, threads,
                maxHeap == null ? "" : " with -Xmx" + maxHeap, seconds, exit));
        return new Benchmark.EndToEnd(name, replications, threads, maxHeap == null ? "default" : maxHeap, report, seconds, exit);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
