package org.ccgsim.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prepares a folder for running an experiment on a Slurm cluster: an array job whose tasks run the
 * experiment's shards, and a merge job that runs once they all succeed, after which the folder is
 * the experiment's ordinary output folder. Writes plain shell scripts a person can read and edit;
 * submits nothing itself.
 */
@Command(name = "slurm", description = "Prepare DIR to run an experiment (run, compare, sweep, sensitivity) as a Slurm array job of shards "
        + "and a merge job; then submit with DIR/slurm/submit.sh. A calibration (calibrate) runs as one such pair per batch of proposals, "
        + "each merge job submitting the next pair until the calibration is finished.")
final class SlurmCommand implements Callable<Integer> {
    private static final Set<String> SPLITTABLE = Set.of("run", "compare", "sweep", "sensitivity", "calibrate");

    @Option(names = "--tasks", required = true, description = "Array tasks, one shard each")
    int tasks;

    @Option(names = "--out", required = true, description = "Folder for the scripts, the parts and, once merged, the results (new or empty)")
    Path out;

    @Option(names = "--partition", description = "Slurm partition (sbatch --partition)")
    String partition;

    @Option(names = "--account", description = "Slurm account to charge (sbatch --account)")
    String account;

    @Option(names = "--time", description = "Time limit of each task, e.g. 02:00:00 (sbatch --time)")
    String time;

    @Option(names = "--mem", description = "Memory of each task, e.g. 4G (sbatch --mem)")
    String mem;

    @Option(names = "--module", description = "An environment module to load first, e.g. Java/17 (repeatable)")
    List<String> modules = new ArrayList<>();

    @Option(names = "--java", description = "The java to run (default: java on the job's PATH)")
    String java = "java";

    @Option(names = "--threads", description = "Threads (and CPUs requested) per task (default 1)")
    int threads = 1;

    @Parameters(arity = "1..*", paramLabel = "COMMAND ARGS", description = "The experiment command as it would be typed after 'ccgsim', without --out")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        if (tasks < 1 || tasks > 100_000) throw new BadInputException("--tasks must be from 1 to 100000, found " + tasks);
        if (threads < 1) throw new BadInputException("--threads must be at least 1, found " + threads);
        String kind = command.get(0);
        if (!SPLITTABLE.contains(kind)) throw new BadInputException("slurm: '" + kind + "' cannot be split; give run, compare, sweep, sensitivity or calibrate");
        for (String a : command) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (List.of("--out", "--shard", "--threads", "--force", "--resume", "--merge").contains(name)) {
                throw new BadInputException("slurm: leave " + name + " out of the experiment's arguments; 'ccgsim slurm' sets it");
            }
        }
        List<String> probe = new ArrayList<>(command);
        probe.addAll(shardOptions());
        probe.addAll(List.of("--out", "part", "--shard", "1/" + tasks));
        try {
            new CommandLine(new Main()).parseArgs(probe.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new BadInputException("slurm: " + String.join(" ", command) + ": " + e.getMessage());
        }
        try {
            org.ccgsim.output.OutputFolders.refuseDangerous(out);
        } catch (org.ccgsim.output.OutputFolders.OutputFolderException e) {
            throw new BadInputException("slurm: " + e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) throw new BadInputException("slurm: --out " + out + " is a file");
        boolean existed = Files.exists(out);
        if (existed) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new BadInputException("slurm: --out " + out + " is not empty; choose a new folder");
            }
        }
        Path dir = out.toAbsolutePath().normalize();
        Path slurm = dir.resolve(MergeCommand.SLURM_FOLDER);
        Path workdir = Path.of("").toAbsolutePath();
        try {
            Files.createDirectories(slurm.resolve("logs"));
            Files.createDirectories(slurm.resolve("parts"));
            write(slurm.resolve("shard.sh"), calibration() ? calibrationShardScript(slurm, dir, workdir) : shardScript(kind, slurm, workdir));
            write(slurm.resolve("merge.sh"), calibration() ? calibrationMergeScript(slurm, dir, workdir) : mergeScript(kind, slurm, dir, workdir));
            write(slurm.resolve("submit.sh"), submitScript(slurm, dir));
        } catch (IOException | RuntimeException e) {
            // half a set of scripts is no use: leave the folder as it was (it was new or empty)
            try (var walk = Files.walk(existed ? slurm : dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // best effort; the first failure is reported
            }
            throw e;
        }
        System.out.printf("slurm: %s is ready for 'ccgsim %s' in %d shards.%n", dir, String.join(" ", command), tasks);
        System.out.printf("Submit with:   bash %s%n", slurm.resolve("submit.sh"));
        System.out.printf("Then watch:    squeue --me   (logs in %s)%n", slurm.resolve("logs"));
        if (calibration()) System.out.printf("Each merge job submits the next batch's jobs; when the calibration is finished, %s holds its results (manifest.json last).%n", dir);
        else System.out.printf("When the merge job has run, %s is the experiment's output folder (manifest.json last).%n", dir);
        return Main.OK;
    }

    private String header(String name, String log, Path workdir, int cpus) {
        StringBuilder sb = new StringBuilder("#!/usr/bin/env bash\n");
        sb.append("#SBATCH --job-name=").append(name).append('\n');
        sb.append("#SBATCH --ntasks=1\n");
        sb.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        sb.append("#SBATCH --chdir=").append(workdir).append('\n');
        sb.append("#SBATCH --output=").append(log).append('\n');
        if (partition != null) sb.append("#SBATCH --partition=").append(partition).append('\n');
        if (account != null) sb.append("#SBATCH --account=").append(account).append('\n');
        if (time != null) sb.append("#SBATCH --time=").append(time).append('\n');
        if (mem != null) sb.append("#SBATCH --mem=").append(mem).append('\n');
        return sb.toString();
    }

    private boolean calibration() { return command.get(0).equals("calibrate"); }

    /** What a shard adds to the experiment's arguments, besides --out (Slurm gives the shard itself). */
    private List<String> shardOptions() {
        // a calibration's shards and merges work in one folder, which they continue rather than replace
        List<String> o = new ArrayList<>(calibration() ? List.of("--threads", Integer.toString(threads))
                : List.of("--threads", Integer.toString(threads), "--force"));
        if (!command.contains("--quiet")) o.add("--quiet");
        return o;
    }

    /** The lines every job starts with: modules, and how to call ccgsim. */
    private String prelude() {
        StringBuilder sb = new StringBuilder("set -euo pipefail\n");
        for (String m : modules) sb.append("module load ").append(quote(m)).append('\n');
        sb.append("java=").append(quote(java)).append('\n');
        sb.append("# ccgsim's jar (or classes and libraries); JAVA_OPTS, e.g. -Xmx4g, is passed to the JVM\n");
        sb.append("classpath=").append(quote(classpath())).append('\n');
        sb.append("ccgsim() { \"$java\" ${JAVA_OPTS:-} -cp \"$classpath\" org.ccgsim.cli.Main \"$@\"; }\n");
        return sb.toString();
    }

    /** An array job of {@code tasks} tasks, each running the command with its shard options (the caller adds --out). */
    private StringBuilder arrayJob(String job, Path log, Path workdir, String comment) {
        StringBuilder sb = new StringBuilder(header(job, log.toString(), workdir, threads));
        sb.append("#SBATCH --array=0-").append(tasks - 1).append('\n');
        sb.append(comment);
        sb.append(prelude());
        sb.append("ccgsim");
        for (String a : command) sb.append(' ').append(quote(a));
        sb.append(" \\\n   ");
        for (String o : shardOptions()) sb.append(' ').append(o);
        return sb;
    }

    private String shardScript(String kind, Path slurm, Path workdir) {
        StringBuilder sb = arrayJob("ccgsim-" + kind, slurm.resolve("logs").resolve("shard-%a.out"), workdir,
                "# One shard of the experiment per array task: ccgsim reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT\n"
                + "# (or give --shard i/N, 1 <= i <= N, to run a shard by hand). Each writes its part folder under parts/.\n");
        sb.append(" --out ")
                .append(quote(slurm.resolve("parts").toString())).append("/\"$SLURM_ARRAY_TASK_ID\"\n");
        return sb.toString();
    }

    private String mergeScript(String kind, Path slurm, Path dir, Path workdir) {
        StringBuilder sb = new StringBuilder(header("ccgsim-merge", slurm.resolve("logs").resolve("merge.out").toString(), workdir, 1));
        sb.append("# Runs after every shard succeeded (submit.sh gives --dependency=afterok): joins the parts into the\n");
        sb.append("# folder the unsplit 'ccgsim ").append(kind).append("' writes, with charts, report and manifest.json last.\n");
        sb.append(prelude());
        sb.append("ccgsim merge");
        for (int i = 0; i < tasks; i++) sb.append(" \\\n    ").append(quote(slurm.resolve("parts").resolve(Integer.toString(i)).toString()));
        sb.append(" \\\n    --out ").append(quote(dir.toString())).append('\n');
        return sb.toString();
    }

    private String calibrationShardScript(Path slurm, Path dir, Path workdir) {
        StringBuilder sb = arrayJob("ccgsim-calibrate", slurm.resolve("logs").resolve("shard-%A-%a.out"), workdir,
                "# One shard of the calibration's next batch of proposals per array task: it simulates its slice and writes it\n"
                + "# under journal/shards/ (a task that finds its slice written does nothing, so a resubmitted array is harmless).\n");
        sb.append(" --out ").append(quote(dir.toString())).append(" --shard \"$((SLURM_ARRAY_TASK_ID + 1))/").append(tasks).append("\"\n");
        return sb.toString();
    }

    private String calibrationMergeScript(Path slurm, Path dir, Path workdir) {
        StringBuilder sb = new StringBuilder(header("ccgsim-calibrate-merge", slurm.resolve("logs").resolve("merge-%j.out").toString(), workdir, 1));
        sb.append("# Runs after every shard of a batch succeeded: advances the calibration by that batch (accepting and weighting\n");
        sb.append("# exactly as the unsplit 'ccgsim calibrate'). If it is finished, the results are in the folder (manifest.json\n");
        sb.append("# last); if not, it submits the next batch's shards and merge (sbatch must work inside a job, as on most sites).\n");
        sb.append(prelude());
        sb.append("ccgsim");
        for (String a : command) sb.append(' ').append(quote(a));
        sb.append(" \\\n    --threads 1 --out ").append(quote(dir.toString())).append(" --merge\n");
        sb.append("if [ ! -f ").append(quote(dir.resolve("manifest.json").toString())).append(" ]; then bash ")
                .append(quote(slurm.resolve("submit.sh").toString())).append("; fi\n");
        return sb.toString();
    }

    private String submitScript(Path slurm, Path dir) {
        return "#!/usr/bin/env bash\n"
                + "# Submits the shards of 'ccgsim " + String.join(" ", command).replace("\n", " ") + "' as an array job of " + tasks + " tasks,\n"
                + "# then the merge job, which waits until every task has succeeded.\n"
                + "set -euo pipefail\n"
                + "cd \"$(dirname \"$0\")\"\n"
                + "shards=$(sbatch --parsable shard.sh)\n"
                + "shards=${shards%%;*}  # 'id;cluster' on multi-cluster sites\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$shards\" merge.sh)\n"
                + "merge=${merge%%;*}\n"
                + "echo \"shards: array job $shards; merge: job $merge (waits for the shards)\"\n"
                + "echo \"watch with: squeue -j $shards,$merge    logs: " + slurm.resolve("logs") + "\"\n"
                + (calibration()
                    ? "echo \"results: " + dir + " once the calibration is finished (each merge job submits the next batch's shards and merge; manifest.json is written last)\"\n"
                    : "echo \"results: " + dir + " once job $merge has ended (manifest.json is written last)\"\n");
    }

    /** The running ccgsim's class path, absolute, so jobs started elsewhere find it. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) entries.add(Path.of(e).toAbsolutePath().normalize().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A shell word: bare when safe, else in single quotes. */
    static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=,@%+-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run the scripts with bash
        }
    }
}
