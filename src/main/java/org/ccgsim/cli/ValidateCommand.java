package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccgsim.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check scenario files and report every problem with file, line and column.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.yaml")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                LoadedScenario s = Scenarios.load(f, List.of());
                System.out.println(f + ": ok (" + s.scenario().name + ", " + s.scenario().totalPractices() + " practices, "
                        + s.scenario().months + " months, " + s.scenario().replications + " replications)");
            } catch (BadInputException e) {
                System.err.println(e.getMessage());
                bad++;
            }
        }
        return bad == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
