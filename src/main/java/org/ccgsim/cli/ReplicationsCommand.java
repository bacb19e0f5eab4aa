package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.experiment.ReplicationPlanner;
import org.ccgsim.experiment.RunOptions;
import org.ccgsim.outcome.Statistics;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Estimates from a pilot how many replications an outcome's final-year mean needs for a given precision. */
@Command(name = "replications", description = "How many replications bring an outcome's 95%% interval within a relative precision (from a pilot run).")
final class ReplicationsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--outcome", required = true, description = "Outcome column, e.g. engagement_mean")
    String outcome;

    @Option(names = "--precision", required = true, description = "Wanted 95%% half-width as a share of the mean, e.g. 0.02")
    double precision;

    @Option(names = "--pilot", description = "Pilot replications (default 10)")
    int pilot = 10;

    @Option(names = "--max", description = "Largest answer considered (default 1000)")
    int max = 1000;

    @Mixin ScenarioOverrides overrides;
    @Mixin WorkerOptions workers;

    @Override
    public Integer call() throws Exception {
        Outcome o = Outcome.byColumn(outcome);
        if (o == null) throw new BadInputException("--outcome: unknown outcome '" + outcome + "'; e.g. engagement_mean, qipp_delivered");
        Limits.between("--pilot", pilot, 2, Limits.MAX_PILOT);
        Limits.between("--max", max, 2, Limits.MAX_PLANNED);
        if (!(precision > 0 && precision <= 10)) {
            throw new BadInputException("--precision must be a share of the mean above 0 and at most 10 (e.g. 0.02), found " + precision);
        }
        LoadedScenario loaded = Scenarios.load(scenarioFile, overrides.with("replications=" + pilot));
        Scenario scenario = loaded.scenario();
        RunOptions options = workers.runOptions();
        FinalYearValues v;
        try (Progress bar = Progress.bar(workers.quiet, "pilot " + scenario.name, pilot)) {
            v = Sweep.runPoint(scenario, List.of(), List.of(), options, done -> Progress.stepTo(bar, done));
        }
        Statistics s = v.statistics(v.mainUnit(), o.ordinal());
        int n;
        try {
            n = ReplicationPlanner.required(s.mean(), s.sd(), precision, max);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(outcome + ": " + e.getMessage());
        }
        String pct = new java.math.BigDecimal(precision * 100).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        String pilotText = String.format(Locale.ROOT, "pilot of %d: mean %s, sd %s", pilot, sig(s.mean()), sig(s.sd()));
        if (n > max) {
            System.out.printf(Locale.ROOT, "More than %d replications would be needed to bring the 95%% interval of %s within ±%s%% of its mean (%s).%n",
                    max, outcome, pct, pilotText);
        } else {
            System.out.printf(Locale.ROOT, "About %d replications bring the 95%% interval of %s within ±%s%% of its mean (%s).%n",
                    n, outcome, pct, pilotText);
        }
        return Main.OK;
    }

    /** Three significant figures, plain decimal. */
    private static String sig(double x) {
        if (Double.isNaN(x)) return "NA";
        if (x == 0) return "0";
        return new java.math.BigDecimal(x).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
