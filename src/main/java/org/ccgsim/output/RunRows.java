package org.ccgsim.output;

import org.ccgsim.experiment.RowRecorder;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.outcome.Num;
import org.ccgsim.scenario.Months;

/**
 * One replication's rows of contracts.csv, trusts.csv, events.csv and practices.csv, formatted as
 * the months end (in the replication's own thread), so that writing them is only appending.
 */
final class RunRows implements RowRecorder {
    static final String CONTRACTS_HEADER = "replication,month,date,ccg,trust,state,gap_pct,contract_value";
    static final String TRUSTS_HEADER = "replication,month,date,trust,income,plan_income,surplus,waiting_list,breaches_18wk,"
            + "overdue_follow_ups,bed_occupancy,mrsa_cases,resisting";
    static final String EVENTS_HEADER = "replication,month,date,ccg,actor,type,detail";
    static final String PRACTICES_HEADER = "replication,month,ccg,practice,locality,list_size,engagement,compliance,delivery,referrals,remedial";

    private final int replication;
    final StringBuilder contractRows = new StringBuilder();
    final StringBuilder trustRows = new StringBuilder();
    final StringBuilder eventRows = new StringBuilder();
    final StringBuilder practiceRows = new StringBuilder();

    RunRows(int replication) {
        this.replication = replication;
    }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        String date = Months.label(month);
        for (Ccg ccg : economy.ccgs()) {
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
                        .append(p.index + 1).append(',').append(p.locality + 1).append(',').append(p.listSize).append(',');
                Num.append(practiceRows, p.getEngagement(), 6); practiceRows.append(',');
                Num.append(practiceRows, p.getCompliance(), 6); practiceRows.append(',');
                Num.append(practiceRows, p.getDelivery(), 6); practiceRows.append(',');
                practiceRows.append(p.getReferrals()).append(',').append(p.getUnderRemedialAction()).append('\n');
            }
        }
    }

    @Override
    public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
        eventRows.append(replication).append(',').append(month).append(',').append(Months.label(month)).append(',')
                .append(ccg == null ? "" : ccg.params.id).append(',').append(actor).append(',').append(type).append(',');
        eventRows.append('"');
        for (int i = 0; i < detail.length(); i++) {
            char ch = detail.charAt(i);
            if (ch == '"') eventRows.append('"');
            eventRows.append(ch);
        }
        eventRows.append('"').append('\n');
    }
}
