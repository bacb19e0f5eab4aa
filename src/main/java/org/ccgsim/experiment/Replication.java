package org.ccgsim.experiment;

import java.util.List;
import java.util.function.Function;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.CcgMonth;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.scenario.Scenario;

/** Runs one replication of a scenario and collects its outcome numbers (and, given a recorder, its rows). */
public final class Replication implements EconomyObserver {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final Scenario scenario;
    private final int replication;
    private final long seed;
    private final Function<Scenario, List<ScheduledChange>> changes;
    private final RowRecorder rows;

    private String[] units;
    private double[][][] monthly;
    private final CcgMonth all = new CcgMonth();
    private long ledgerImbalance;

    /**
     * @param rows makes the row recorder, or null to keep only the numbers (sweeps and sensitivity runs)
     */
    public Replication(Scenario scenario, int replication, Function<Scenario, List<ScheduledChange>> changes, RowRecorder.Factory rows) {
        this.scenario = scenario;
        this.replication = replication;
        this.seed = ReplicationSeeds.seed(scenario.seed, replication);
        this.changes = changes;
        this.rows = rows == null ? null : rows.start(replication, seed);
    }

    /**
     * The economy of replication {@code replication}: its own seed, its own copy of the scenario,
     * the scenario's timed events compiled. Every headless use (runs, bench, validation) builds it here.
     */
    public static HealthEconomy economy(Scenario scenario, int replication) {
        return new HealthEconomy(ReplicationSeeds.seed(scenario.seed, replication), () -> ScenarioCopies.copy(scenario),
                EventCompiler::compile);
    }

    /** Runs replication {@code replication} of the scenario for {@code months} months with an observer watching it. */
    public static void runObserved(Scenario scenario, int months, int replication, EconomyObserver observer) {
        Scenario shortened = ScenarioCopies.copy(scenario);
        shortened.months = months;
        HealthEconomy economy = economy(shortened, replication);
        economy.addObserver(observer);
        economy.runToHorizon();
    }

    public ReplicationResult run() {
        HealthEconomy economy = new HealthEconomy(seed, () -> ScenarioCopies.copy(scenario), changes);
        economy.addObserver(this);
        if (rows != null) economy.addObserver(rows);
        economy.runToHorizon();
        return new ReplicationResult(replication, seed, units, monthly, finalYear(), rows, ledgerImbalance);
    }

    private void startUnits(HealthEconomy economy) {
        Ccg[] ccgs = economy.ccgs();
        units = new String[ccgs.length > 1 ? ccgs.length + 1 : 1];
        for (int i = 0; i < ccgs.length; i++) units[i] = ccgs[i].params.id;
        if (ccgs.length > 1) units[ccgs.length] = "all";
        monthly = new double[units.length][scenario.months][OUTCOMES.length];
    }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        if (units == null) startUnits(economy);
        ledgerImbalance = Math.max(ledgerImbalance, Math.abs(economy.ledger().total()));
        Ccg[] ccgs = economy.ccgs();
        for (int i = 0; i < ccgs.length; i++) record(i, ccgs[i].month, month);
        if (ccgs.length > 1) {
            EconomyTotals.fill(all, economy, month);
            record(ccgs.length, all, month);
        }
    }

    private void record(int unit, CcgMonth m, int month) {
        double[] row = monthly[unit][month];
        for (int o = 0; o < OUTCOMES.length; o++) row[o] = OutcomeValues.of(OUTCOMES[o], m);
    }

    /** The last twelve months (or all, if the run is shorter) summed up per outcome. */
    private double[][] finalYear() {
        int months = scenario.months;
        int from = Math.max(0, months - 12);
        double[][] result = new double[units.length][OUTCOMES.length];
        for (int u = 0; u < units.length; u++) {
            for (int o = 0; o < OUTCOMES.length; o++) {
                double v;
                switch (OUTCOMES[o].aggregate) {
                    case LAST: v = monthly[u][months - 1][o]; break;
                    case SUM: v = 0; for (int m = from; m < months; m++) v += monthly[u][m][o]; break;
                    default: v = 0; for (int m = from; m < months; m++) v += monthly[u][m][o]; v /= (months - from);
                }
                result[u][o] = v;
            }
        }
        return result;
    }
}
