package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.ccgsim.experiment.Experiment;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.scenario.Scenario;

/**
 * The live charts' headline lines over many seeds: replications 0..n-1 of the scenario on the
 * experiment runner (as {@code ./ccgsim run} would run them), summarised month by month as the
 * median and a range (10th to 90th percentile from ten seeds, otherwise lowest to highest).
 * Arrays are [line][month], lines in the charts' order: engagement, GP referrals per 1,000,
 * surplus (£m), waiting list.
 */
record SeedBand(String label, int seeds, double[][] low, double[][] median, double[][] high, double[][][] perSeed) {

    static SeedBand run(Scenario s, Function<Scenario, List<ScheduledChange>> changes, IntConsumer progress) throws Exception {
        RunOptions options = new RunOptions();
        options.threads = Math.max(1, Math.min(s.replications, Runtime.getRuntime().availableProcessors() - 1));
        List<double[][]> runs = new ArrayList<>();
        Experiment.run(s, options, changes, r -> runs.add(headlines(r)), progress);
        int n = runs.size(), months = s.months;
        double[][] low = new double[4][months], median = new double[4][months], high = new double[4][months];
        double[][][] perSeed = runs.toArray(new double[0][][]);
        boolean percentiles = n >= 10;
        double[] v = new double[n];
        for (int line = 0; line < 4; line++) {
            for (int m = 0; m < months; m++) {
                for (int k = 0; k < n; k++) v[k] = runs.get(k)[line][m];
                Arrays.sort(v);
                low[line][m] = percentiles ? EconomyFigures.quantile(v, 0.1) : v[0];
                median[line][m] = EconomyFigures.quantile(v, 0.5);
                high[line][m] = percentiles ? EconomyFigures.quantile(v, 0.9) : v[n - 1];
            }
        }
        String label = n + " seeds: median and " + (percentiles ? "10-90% range" : "range");
        return new SeedBand(label, n, low, median, high, perSeed);
    }

    /** A replication's four headline lines, for the whole economy (the last unit). */
    private static double[][] headlines(ReplicationResult r) {
        double[][] months = r.monthly[r.units.length - 1];
        double[][] out = new double[4][months.length];
        for (int m = 0; m < months.length; m++) {
            double[] row = months[m];
            double population = row[Outcome.POPULATION.ordinal()];
            out[0][m] = row[Outcome.ENGAGEMENT_MEAN.ordinal()];
            out[1][m] = population == 0 ? 0 : 1000.0 * row[Outcome.ELECTIVE_REFERRALS.ordinal()] / population;
            out[2][m] = row[Outcome.CCG_SURPLUS.ordinal()] / 1e6;
            out[3][m] = row[Outcome.WAITING_LIST.ordinal()];
        }
        return out;
    }
}
