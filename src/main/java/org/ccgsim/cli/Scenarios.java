package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.ScenarioException;
import org.ccgsim.scenario.ScenarioLoader;

/** Loads a scenario for a command, turning every problem into a bad-input error. */
final class Scenarios {
    private Scenarios() {}

    static LoadedScenario load(Path file, List<String> sets) {
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": no such scenario file");
        try {
            return ScenarioLoader.load(file, sets);
        } catch (ScenarioException e) {
            throw new BadInputException(String.join("\n", e.problems()));
        }
    }
}
