package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.experiment.Morris;
import org.ccgsim.experiment.Sobol;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.outcome.Outcome;

/** sensitivity.csv: Morris effects or Sobol indices per outcome and parameter, ranked within each outcome. */
public final class SensitivityWriter {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private SensitivityWriter() {}

    public static void writeMorris(Path file, List<SweepParameter> params, Morris.Design d, double[][][] y) throws IOException {
        StringBuilder sb = new StringBuilder();
        CsvRow row = new CsvRow(sb).record("method", "outcome", "parameter", "mu_star", "mu", "sigma", "rank");
        for (int o = 0; o < OUTCOMES.length; o++) {
            int dec = OUTCOMES[o].decimals + 4;
            List<Morris.Effect> effects = Morris.analyse(d, y[o]);
            List<Morris.Effect> sorted = new ArrayList<>(effects);
            sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            for (Morris.Effect e : sorted) {
                row.text("morris").text(OUTCOMES[o].column).text(params.get(e.factor()).path())
                        .numberOrEmpty(e.muStar(), Math.min(8, dec)).numberOrEmpty(e.mu(), Math.min(8, dec))
                        .numberOrEmpty(e.sigma(), Math.min(8, dec)).integer(e.rank()).end();
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Sobol indices per outcome and parameter, ranked by the total index within each outcome; an
     * outcome that did not vary over the design has empty index cells.
     */
    public static void writeSobol(Path file, List<SweepParameter> params, Sobol.Design d, double[][][] y, int resamples,
                                  long seed) throws IOException {
        StringBuilder sb = new StringBuilder();
        CsvRow row = new CsvRow(sb).record("method", "outcome", "parameter", "s1", "s1_low", "s1_high", "st", "st_low", "st_high", "rank");
        for (int o = 0; o < OUTCOMES.length; o++) {
            List<Sobol.Index> sorted = new ArrayList<>(Sobol.analyse(d, y[o], resamples, seed));
            sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            for (Sobol.Index i : sorted) {
                row.text("sobol").text(OUTCOMES[o].column).text(params.get(i.factor()).path());
                for (double x : new double[] {i.firstOrder(), i.firstOrderLow(), i.firstOrderHigh(), i.total(), i.totalLow(), i.totalHigh()}) {
                    row.numberOrEmpty(x, 4);
                }
                row.integer(i.rank()).end();
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
