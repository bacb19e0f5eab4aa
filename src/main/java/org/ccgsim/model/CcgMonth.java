package org.ccgsim.model;

/**
 * One CCG's figures for the month just ended: what monthly.csv holds. Refilled in place every
 * month, so recording allocates nothing.
 */
public final class CcgMonth {
    public int month;
    public int population;
    public double engagementMean;
    public double engagementP25;
    public double engagementP75;
    public double perceivedEngagement;
    public double feedbackShare;
    public double deliveryMean;
    public double complianceMean;
    public double directiveShare;
    public long electiveReferrals;
    public long nonElectiveAdmissions;
    public long aeAttendances;
    public double prescribingCost;
    public double allocation;
    public double spend;
    public double surplusYtd;
    public double surplusTarget;
    public double qippRequired;
    public double qippDelivered;
    public double fundSpent;
    public int contractsInStandoff;
    public long standoffMonths;
    public double trustIncome;
    public double trustSurplus;
    public long waitingList;
    public long breaches18wk;
    public double overdueFollowUps;
    public double bedOccupancy;
    public int mrsaCases;
    public double qualityPremium;
    public int atInterventions;

    private double[] sorted = new double[0];

    void record(HealthEconomy economy, Ccg ccg, int m, double allocationMonth, double spendMonth) {
        month = m;
        population = ccg.population;
        Practice[] ps = ccg.practices;
        if (sorted.length != ps.length) sorted = new double[ps.length];
        double e = 0, d = 0, c = 0;
        int feedback = 0;
        for (int i = 0; i < ps.length; i++) {
            Practice p = ps[i];
            sorted[i] = p.engagement;
            e += p.engagement;
            d += p.delivery;
            c += p.compliance;
            if (p.engagement > 0.5) feedback++;
        }
        java.util.Arrays.sort(sorted);
        engagementMean = e / ps.length;
        engagementP25 = quantile(sorted, 0.25);
        engagementP75 = quantile(sorted, 0.75);
        perceivedEngagement = ccg.perceivedEngagement;
        feedbackShare = feedback / (double) ps.length;
        deliveryMean = d / ps.length;
        complianceMean = c / ps.length;
        directiveShare = ccg.directiveShare;
        electiveReferrals = ccg.referrals;
        nonElectiveAdmissions = ccg.nonElective;
        aeAttendances = ccg.aeAttendances;
        prescribingCost = ccg.prescribing;
        allocation = allocationMonth;
        spend = spendMonth;
        surplusYtd = ccg.incomeYtd - ccg.spendYtd;
        surplusTarget = ccg.params.finance.surplusPct / 100 * ccg.allocationYtd;
        qippRequired = ccg.qippRequired;
        qippDelivered = ccg.qippDeliveredYtd;
        fundSpent = ccg.fundSpentThisMonth;
        contractsInStandoff = 0;
        standoffMonths = 0;
        trustIncome = 0;
        trustSurplus = 0;
        waitingList = 0;
        breaches18wk = 0;
        overdueFollowUps = 0;
        mrsaCases = 0;
        double mainShare = -1;
        for (Contract k : ccg.contracts) {
            if (k.state == ContractState.STANDOFF) contractsInStandoff++;
            standoffMonths += k.standoffMonthsTotal;
            trustIncome += k.payment;
            trustSurplus += k.share * k.trust.surplusYtd;
            waitingList += k.waitingList.waiting();
            breaches18wk += k.waitingList.overEighteenWeeks();
            overdueFollowUps += k.overdueFollowUps;
            mrsaCases += k.mrsaCases;
            if (k.share > mainShare) {
                mainShare = k.share;
                bedOccupancy = k.trust.occupancy;
            }
        }
        atInterventions = ccg.atInterventionsThisMonth;
    }

    /** Linear-interpolation quantile of a sorted array (R's type 7). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
