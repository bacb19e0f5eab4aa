package org.ccgsim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.InfeasibleEconomyException;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioException;
import org.ccgsim.scenario.ScenarioLoader;

/**
 * Reading a scenario file for any front end (command line, GUI): every problem as one readable
 * message, and a world the model cannot start refused before anything runs.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /** A scenario file that cannot be run: the message names the file and every problem. */
    public static final class BadScenarioException extends IllegalArgumentException {
        public BadScenarioException(String message, Throwable cause) { super(message, cause); }
    }

    /** Loads {@code file} with {@code sets} applied and starts replication 0's economy once. */
    public static LoadedScenario load(Path file, List<String> sets) {
        if (!Files.isRegularFile(file)) throw new BadScenarioException(file + ": no such scenario file", null);
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(file, sets);
        } catch (ScenarioException e) {
            throw new BadScenarioException(String.join("\n", e.problems()), e);
        }
        checkStarts(file, loaded.scenario());
        return loaded;
    }

    /** Builds replication 0's economy once: a world the model cannot start is bad input, named by {@code file}. */
    public static void checkStarts(Path file, Scenario scenario) {
        HealthEconomy economy = Replication.economy(scenario, 0);
        try {
            economy.start();
        } catch (InfeasibleEconomyException e) {
            throw new BadScenarioException(file + ": " + e.getMessage(), e);
        } finally {
            economy.finish();
        }
    }
}
