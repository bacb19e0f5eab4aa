package org.ccgsim.cli;

import org.ccgsim.model.InfeasibleEconomyException;

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
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException || ex instanceof InfeasibleEconomyException) {
                commandLine.getErr().println(ex.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("ccgsim: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        return cmd.execute(args);
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[]{"ccgsim " + version()}; }
    }
}
