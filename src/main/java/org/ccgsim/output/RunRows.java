package org.ccgsim.output;

import org.ccgsim.experiment.RowRecorder;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.scenario.Months;

/**
 * One replication's rows of contracts.csv, trusts.csv, events.csv and practices.csv, formatted as
 * the months end (in the replication's own thread), so that writing them is only appending.
 */
final class RunRows implements RowRecorder {
    static final Object[] CONTRACTS_HEADER = {"replication", "month", "date", "ccg", "trust", "state", "gap_pct", "contract_value",
            "price_index", "tariff_value", "payment"};
    static final Object[] TRUSTS_HEADER = {"replication", "month", "date", "trust", "income", "plan_income", "surplus", "waiting_list",
            "breaches_18wk", "overdue_follow_ups", "bed_occupancy", "mrsa_cases", "resisting"};
    static final Object[] EVENTS_HEADER = {"replication", "month", "date", "ccg", "actor", "type", "detail"};
    static final Object[] PRACTICES_HEADER = {"replication", "month", "ccg", "practice", "locality", "x", "y", "list_size", "engagement",
            "compliance", "delivery", "referrals", "remedial"};

    private final int replication;
    final StringBuilder contractRows = new StringBuilder();
    final StringBuilder trustRows = new StringBuilder();
    final StringBuilder eventRows = new StringBuilder();
    final StringBuilder practiceRows = new StringBuilder();
    private final CsvRow contracts = new CsvRow(contractRows);
    private final CsvRow trusts = new CsvRow(trustRows);
    private final CsvRow events = new CsvRow(eventRows);
    private final CsvRow practices = new CsvRow(practiceRows);

    RunRows(int replication) {
        this.replication = replication;
    }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        String date = Months.label(month);
        for (Ccg ccg : economy.ccgs()) {
            for (Contract c : ccg.contracts()) {
                contracts.integer(replication).integer(month).text(date).text(ccg.params.id).text(c.trust.params.id)
                        .text(c.getState().label()).number(c.gapPct(), 3).number(c.getPlanIncome(), 2)
                        .number(c.getPaidIndex(), 6).number(c.getTariffChargeThisMonth(), 2).number(c.getPaymentThisMonth(), 2).end();
            }
        }
        for (AcuteTrust t : economy.trusts()) {
            trusts.integer(replication).integer(month).text(date).text(t.params.id).number(t.getIncomeThisMonth(), 2)
                    .number(t.getPlanThisMonth(), 2).number(t.getSurplusYearToDate(), 2).integer(t.getWaitingList())
                    .integer(t.getOverEighteenWeeks()).number(Math.round(t.getOverdueFollowUps()), 0).number(t.getOccupancy(), 4)
                    .integer(t.getMrsaThisMonth()).text(t.getResisting()).end();
        }
        if (economy.scenario().output.practicePanel) {
            for (Practice p : economy.practices()) {
                practices.integer(replication).integer(month).text(p.ccg.params.id).integer(p.index + 1).integer(p.locality + 1)
                        .number(p.getX(), 4).number(p.getY(), 4).integer(p.listSize).number(p.getEngagement(), 6).number(p.getCompliance(), 6).number(p.getDelivery(), 6)
                        .integer(p.getReferrals()).text(p.getUnderRemedialAction()).end();
            }
        }
    }

    @Override
    public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
        events.integer(replication).integer(month).text(Months.label(month)).text(ccg == null ? "" : ccg.params.id).text(actor)
                .text(type).quoted(detail).end();
    }
}
