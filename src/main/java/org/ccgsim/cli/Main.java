package org.ccgsim.cli;

import org.ccgsim.model.InfeasibleEconomyException;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.scenario.Excerpt;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ccgsim command line. Exit status: 0 success, 1 internal error, 2 bad input or arguments. */
@Command(name = "ccgsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of an English NHS health economy around a Clinical Commissioning Group.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class, BenchCommand.class,
                ReplicationsCommand.class, EvidenceCommand.class, CalibrateCommand.class, ValidateCommand.class,
                ReportCommand.class, MergeCommand.class, SlurmCommand.class, GuiCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0, INTERNAL_ERROR = 1, BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.getSubcommands().get("slurm").setStopAtPositional(true); // the experiment's own options follow its name
        withHelp(cmd);
        CommandLine.IParameterExceptionHandler parse = cmd.getParameterExceptionHandler();
        cmd.setParameterExceptionHandler((ex, args1) -> {
            // picocli echoes the offending argument whole; show a short excerpt of it instead
            CommandLine.ParameterException safe = new CommandLine.ParameterException(ex.getCommandLine(), Excerpt.message(ex.getMessage()));
            return parse.handleParseException(safe, args1);
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String bad = badInputMessage(ex);
            if (bad != null) {
                commandLine.getErr().println(Excerpt.message(bad));
                return BAD_INPUT;
            }
            commandLine.getErr().println("ccgsim: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        return cmd.execute(args);
    }

    /**
     * The message for a failure caused by the input or the machine rather than by ccgsim: bad
     * arguments or scenarios, an output folder that cannot be used, a file system that is full,
     * read-only or refuses a name. Null for a genuine fault (exit 1 with a trace).
     */
    static String badInputMessage(Throwable ex) {
        if (ex instanceof BadInputException || ex instanceof InfeasibleEconomyException
                || ex instanceof OutputFolders.OutputFolderException) return ex.getMessage();
        if (ex instanceof java.io.UncheckedIOException u) return badInputMessage(u.getCause());
        if (ex instanceof java.nio.file.FileSystemException f) {
            String what = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : f.getReason() != null ? f.getReason() : "file system error";
            return "ccgsim: cannot write or read " + (f.getFile() == null ? "a file" : Excerpt.of(f.getFile())) + ": " + what;
        }
        if (ex instanceof java.nio.file.InvalidPathException p) return "ccgsim: not a usable path (" + Excerpt.of(p.getReason()) + ")";
        if (ex instanceof java.io.IOException io) {
            return "ccgsim: input/output failed" + (io.getMessage() == null ? "" : ": " + Excerpt.of(io.getMessage()))
                    + " (is the disk full or the folder read-only?)";
        }
        return null;
    }

    /** --help and --version on every subcommand (picocli gives them to the top command only), so 'run --help' is not a missing-parameter error. */
    private static void withHelp(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
                sub.getCommandSpec().versionProvider(new Version());
            }
            withHelp(sub);
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[]{"ccgsim " + version()}; }
    }
}
