package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.InfeasibleEconomyException;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioException;
import org.ccgsim.scenario.ScenarioLoader;

/** Loads a scenario for a command, turning every problem into a bad-input error. */
final class Scenarios {
    private Scenarios() {}

    /** Builds replication 0's economy once, so that a world the model cannot start is refused before any output is written. */
    static void checkStarts(Path file, Scenario scenario) {
        HealthEconomy economy = new HealthEconomy(ReplicationSeeds.seed(scenario.seed, 0), () -> ScenarioCopies.copy(scenario),
                EventCompiler::compile);
        try {
            economy.start();
        } catch (InfeasibleEconomyException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } finally {
            economy.finish();
        }
    }

    static LoadedScenario load(Path file, List<String> sets) {
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": no such scenario file");
        try {
            LoadedScenario loaded = ScenarioLoader.load(file, sets);
            checkStarts(file, loaded.scenario());
            return loaded;
        } catch (ScenarioException e) {
            throw new BadInputException(String.join("\n", e.problems()));
        }
    }
}
