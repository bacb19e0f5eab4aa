package org.ccgsim.experiment;

import java.util.List;
import java.util.function.Function;

import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.CcgMonth;
import org.ccgsim.model.Contract;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.output.Num;
import org.ccgsim.output.Outcome;
import org.ccgsim.scenario.Scenario;

/** Runs one replication of a scenario and collects its rows and statistics. */
public final class Replication implements EconomyObserver {
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final Scenario scenario;
    private final int replication;
    private final long seed;
    private final Function<Scenario, List<ScheduledChange>> changes;
    private final boolean withRows;

    private String[] units;
    private double[][][] monthly;
    private final StringBuilder monthlyRows = new StringBuilder();
    private final StringBuilder contractRows = new StringBuilder();
    private final StringBuilder trustRows = new StringBuilder();
    private final StringBuilder eventRows = new StringBuilder();
    private final StringBuilder practiceRows = new StringBuilder();
    private final CcgMonth all = new CcgMonth();
    private long ledgerImbalance;

    /**
     * @param withRows false to keep only the numbers (sweeps and sensitivity runs need no CSV rows)
     */
    public Replication(Scenario scenario, int replication, Function<Scenario, List<ScheduledChange>> changes, boolean withRows) {
        this.scenario = scenario;
        this.replication = replication;
        this.seed = ReplicationSeeds.seed(scenario.seed, replication);
        this.changes = changes;
        this.withRows = withRows;
    }

    public ReplicationResult run() {
        HealthEconomy economy = new HealthEconomy(seed, () -> ScenarioCopies.copy(scenario), changes);
        economy.addObserver(this);
        economy.start();
        Ccg[] ccgs = economy.ccgs();
        units = new String[ccgs.length > 1 ? ccgs.length + 1 : 1];
        for (int i = 0; i < ccgs.length; i++) units[i] = ccgs[i].params.id;
        if (ccgs.length > 1) units[ccgs.length] = "all";
        monthly = new double[units.length][scenario.months][OUTCOMES.length];
        for (int m = 0; m < scenario.months; m++) economy.schedule.step(economy);
        economy.finish();
        return new ReplicationResult(replication, seed, units, monthly, finalYear(), monthlyRows.toString(),
                contractRows.toString(), trustRows.toString(), eventRows.toString(), practiceRows.toString(), ledgerImbalance);
    }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        ledgerImbalance = Math.max(ledgerImbalance, Math.abs(economy.ledger().total()));
        Ccg[] ccgs = economy.ccgs();
        for (int i = 0; i < ccgs.length; i++) record(i, ccgs[i].month, month);
        if (ccgs.length > 1) {
            EconomyTotals.fill(all, economy, month);
            record(ccgs.length, all, month);
        }
        if (!withRows) return;
        String date = org.ccgsim.scenario.Months.label(month);
        for (Ccg ccg : ccgs) {
            for (Contract c : ccg.contracts()) {
                contractRows.append(replication).append(',').append(month).append(',').append(date).append(',')
                        .append(ccg.params.id).append(',').append(c.trust.params.id).append(',').append(c.getState().label()).append(',');
                Num.append(contractRows, c.gapPct(), 3);
                contractRows.append(',');
                Num.append(contractRows, c.getPlanIncome(), 2);
                contractRows.append('\n');
            }
        }
        for (AcuteTrust t : economy.trusts()) {
            trustRows.append(replication).append(',').append(month).append(',').append(date).append(',').append(t.params.id).append(',');
            Num.append(trustRows, t.getIncomeThisMonth(), 2); trustRows.append(',');
            Num.append(trustRows, t.getPlanThisMonth(), 2); trustRows.append(',');
            Num.append(trustRows, t.getSurplusYearToDate(), 2); trustRows.append(',');
            trustRows.append(t.getWaitingList()).append(',').append(t.getOverEighteenWeeks()).append(',');
            Num.append(trustRows, Math.round(t.getOverdueFollowUps()), 0); trustRows.append(',');
            Num.append(trustRows, t.getOccupancy(), 4); trustRows.append(',');
            trustRows.append(t.getMrsaThisMonth()).append(',').append(t.getResisting()).append('\n');
        }
        if (economy.scenario().output.practicePanel) {
            for (Practice p : economy.practices()) {
                practiceRows.append(replication).append(',').append(month).append(',').append(p.ccg.params.id).append(',')
                        .append(p.index + 1).append(',').append(p.locality + 1).append(',');
                Num.append(practiceRows, p.getX(), 4); practiceRows.append(',');
                Num.append(practiceRows, p.getY(), 4); practiceRows.append(',');
                practiceRows.append(p.listSize).append(',');
                Num.append(practiceRows, p.getEngagement(), 6); practiceRows.append(',');
                Num.append(practiceRows, p.getCompliance(), 6); practiceRows.append(',');
                Num.append(practiceRows, p.getDelivery(), 6); practiceRows.append(',');
                practiceRows.append(p.getReferrals()).append(',').append(p.getUnderRemedialAction()).append('\n');
            }
        }
    }

    private void record(int unit, CcgMonth m, int month) {
        double[] row = monthly[unit][month];
        for (int o = 0; o < OUTCOMES.length; o++) row[o] = OUTCOMES[o].of(m);
        if (!withRows) return;
        monthlyRows.append(replication).append(',').append(seed).append(',').append(month).append(',')
                .append(org.ccgsim.scenario.Months.label(month)).append(',').append(units[unit]);
        for (int o = 0; o < OUTCOMES.length; o++) {
            monthlyRows.append(',');
            Num.append(monthlyRows, row[o], OUTCOMES[o].decimals);
        }
        monthlyRows.append('\n');
    }

    @Override
    public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
        if (!withRows) return;
        eventRows.append(replication).append(',').append(month).append(',').append(org.ccgsim.scenario.Months.label(month)).append(',')
                .append(ccg == null ? "" : ccg.params.id).append(',').append(actor).append(',').append(type).append(',');
        Csv.appendQuoted(eventRows, detail);
        eventRows.append('\n');
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
