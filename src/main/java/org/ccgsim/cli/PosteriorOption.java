package org.ccgsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ccgsim.experiment.PosteriorDraws;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.output.PosteriorFile;
import org.ccgsim.output.RunWriter;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** {@code --posterior FILE}: each replication draws its parameters from a calibration's posterior.csv (a picocli mixin). */
final class PosteriorOption {
    @Option(names = "--posterior", paramLabel = "posterior.csv",
            description = "Draw each replication's parameters from a calibration posterior (ccgsim calibrate's posterior.csv), by weight")
    Path file;

    private PosteriorDraws draws;

    /** Reads and checks the posterior against a scenario (every set must apply); bad input otherwise. Null without --posterior. */
    PosteriorDraws load(Scenario scenario) {
        if (file == null) return null;
        if (!Files.isRegularFile(file)) throw new BadInputException("--posterior: no such file: " + file);
        if (draws == null) {
            try {
                draws = PosteriorFile.read(file);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        for (int i = 0; i < draws.rows().size(); i++) {
            try {
                org.ccgsim.experiment.Sweep.at(scenario, draws.paths(), draws.rows().get(i));
            } catch (RuntimeException e) {
                throw new BadInputException(file + ": row " + (i + 2) + " cannot be applied to scenario " + scenario.name + ": " + e.getMessage());
            }
        }
        return draws;
    }

    /** Sets the run options to draw from the posterior, and makes the writer record the draws (file and manifest). */
    void attach(PosteriorDraws p, RunOptions options, RunWriter writer, Scenario scenario, int first, int last) throws IOException {
        options.posterior = p;
        if (p == null) return;
        PosteriorFile.writeDraws(writer.dir(), p, scenario.seed, first, last);
        writer.manifestFacts(root -> PosteriorFile.describe(root, p, scenario.seed, first, last));
    }

    void appendTo(StringBuilder sb) {
        if (file != null) sb.append(" --posterior ").append(file);
    }
}
