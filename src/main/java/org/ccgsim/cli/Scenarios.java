package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.List;

import org.ccgsim.experiment.ScenarioFiles;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/** Loads a scenario for a command (experiment.ScenarioFiles), turning every problem into a bad-input error. */
final class Scenarios {
    private Scenarios() {}

    /** Builds replication 0's economy once, so that a world the model cannot start is refused before any output is written. */
    static void checkStarts(Path file, Scenario scenario) {
        try {
            ScenarioFiles.checkStarts(file, scenario);
        } catch (ScenarioFiles.BadScenarioException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Lays out and starts the world of every design point once, before any output: a point whose
     * generated world cannot be laid out, or whose economy the model cannot start, is bad input.
     */
    static void checkPoints(Path file, Scenario scenario, List<ParamPath> paths, List<List<Object>> points) {
        for (int i = 0; i < points.size(); i++) {
            StringBuilder where = new StringBuilder("design point ").append(i + 1).append(" (");
            for (int j = 0; j < paths.size(); j++) where.append(j == 0 ? "" : ", ").append(paths.get(j)).append('=').append(points.get(i).get(j));
            where.append(')');
            Scenario at;
            try {
                at = Sweep.at(scenario, paths, points.get(i));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ", " + where + ": " + e.getMessage());
            }
            try {
                checkStarts(file, at);
            } catch (BadInputException e) {
                throw new BadInputException(where + ": " + e.getMessage());
            }
        }
    }

    static LoadedScenario load(Path file, List<String> sets) {
        try {
            return ScenarioFiles.load(file, sets);
        } catch (ScenarioFiles.BadScenarioException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
