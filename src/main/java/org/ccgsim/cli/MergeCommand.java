package org.ccgsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccgsim.output.OutputFolders;
import org.ccgsim.output.Parts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Joins the part folders of a split experiment into the folder the unsplit command would have
 * written: the command is run again with its results read from the parts instead of simulated,
 * so every CSV and JSON file is the same, byte for byte; then charts, report and, last, manifest.
 */
@Command(name = "merge", description = "Join the part folders of an experiment split with --shard into the folder the unsplit command writes.")
final class MergeCommand implements Callable<Integer> {
    /** The folder 'ccgsim slurm' keeps its scripts, logs and parts in; a merge may write beside it. */
    static final String SLURM_FOLDER = "slurm";

    @Parameters(arity = "1..*", paramLabel = "PART", description = "Part folders (one per shard, any order)")
    List<Path> parts;

    @Option(names = "--out", required = true, description = "Output folder: new, empty, or holding only the '" + SLURM_FOLDER + "' folder of 'ccgsim slurm'")
    Path out;

    @Option(names = "--quiet", description = "Print nothing on success")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try {
            OutputFolders.refuseDangerous(out);
        } catch (OutputFolders.OutputFolderException e) {
            throw new BadInputException("merge: " + e.getMessage());
        }
        try (Parts recorded = Parts.open(parts)) {
            checkOut();
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path scratch = Files.createTempDirectory(parent, "." + out.getFileName() + ".merging-");
            try {
                Path inner = scratch.resolve("out");
                List<String> argv = new ArrayList<>(recorded.arguments());
                argv.addAll(List.of("--out", inner.toString(), "--quiet", "--threads", "1"));
                CommandLine cl = new CommandLine(new Main());
                CommandLine.ParseResult parsed;
                try {
                    parsed = cl.parseArgs(argv.toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    throw new BadInputException("merge: the parts' command cannot be read by this ccgsim: " + e.getMessage());
                }
                CommandLine sub = parsed.subcommand().commandSpec().commandLine();
                if (!(sub.getCommand() instanceof Splittable command)) {
                    throw new BadInputException("merge: '" + recorded.first().experiment() + "' cannot be merged");
                }
                command.shards().replay = recorded;
                PrintStream stdout = System.out;
                System.setOut(new PrintStream(new ByteArrayOutputStream())); // its summary line would name the scratch folder
                try {
                    command.call();
                } finally {
                    System.setOut(stdout);
                }
                recorded.finish();
                moveInto(inner);
            } finally {
                deleteTree(scratch); // our own temporary folder (the marker is inside it, so OutputFolders.discard would not take it)
            }
            if (!quiet) {
                System.out.printf("merge: %d part(s) of '%s' in %.1f s -> %s%n", recorded.parts().size(),
                        recorded.first().manifest().path("command").asText(), (System.nanoTime() - start) / 1e9, out);
            }
            return Main.OK;
        } catch (Parts.MismatchException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The output folder must be new, empty or hold only 'ccgsim slurm''s folder: a merge replaces nothing. */
    private void checkOut() throws java.io.IOException {
        if (!Files.exists(out)) return;
        if (!Files.isDirectory(out)) throw new BadInputException("merge: --out " + out + " is a file");
        try (var s = Files.list(out)) {
            List<Path> other = s.filter(p -> !p.getFileName().toString().equals(SLURM_FOLDER)).toList();
            if (!other.isEmpty()) {
                throw new BadInputException("merge: --out " + out + " already holds " + other.get(0).getFileName()
                        + "; choose a new folder (a merge writes into a new or empty folder, or beside 'ccgsim slurm''s " + SLURM_FOLDER + " folder)");
            }
        }
    }

    /** Moves the merged files into --out, manifest.json last, so a folder with a manifest is complete. */
    private void moveInto(Path inner) throws java.io.IOException {
        boolean existed = Files.exists(out);
        Files.createDirectories(out);
        List<Path> entries;
        try (var s = Files.list(inner)) {
            entries = new ArrayList<>(s.sorted().toList());
        }
        Path manifest = inner.resolve("manifest.json");
        entries.remove(manifest);
        List<Path> moved = new ArrayList<>();
        try {
            for (Path p : entries) moved.add(Files.move(p, out.resolve(p.getFileName().toString())));
            Files.move(manifest, out.resolve("manifest.json"));
        } catch (java.io.IOException | RuntimeException e) {
            // a merge that cannot finish leaves --out as it found it
            for (Path p : moved) deleteTree(p);
            if (!existed) Files.deleteIfExists(out);
            throw e;
        }
    }

    private static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (java.io.IOException | RuntimeException ignored) {
            // best effort after the first failure, which is what gets reported
        }
    }

    /** An experiment command that can run as shards and be merged. */
    interface Splittable extends Callable<Integer> {
        ShardOptions shards();
    }
}
