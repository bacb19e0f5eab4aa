package org.ccgsim.model;

import org.apache.commons.math3.util.KthSelector;

/**
 * One CCG's figures for the month just ended: what monthly.csv holds. Refilled in place every
 * month, so recording allocates nothing.
 */
public final class CcgMonth implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public int month;
    public int population;
    public double engagementMean;
    public double engagementP25;
    public double engagementP75;
    /** Moran's I of engagement over the peer network: above 0 when neighbouring practices are alike. */
    public double engagementMoransI;
    /** Standard deviation across the CCG's localities of their mean engagement: above 0 when localities differ. */
    public double localityEngagementSd;
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

    /** Engagement of each practice: in order for a CCG, reordered by the quartile selection for the whole economy. */
    private double[] sorted = new double[0];
    /** A CCG's practices in order of engagement, kept from month to month (see {@link #sortEngagement}). */
    private int[] byEngagement = new int[0];
    /** Above this many practices the quartiles come from selection rather than an insertion sort. */
    private static final int INSERTION_SORT_LIMIT = 256;

    /**
     * The engagement quartiles of the CCG's practices, taken in the practices' phase right after they have acted
     * (their engagement does not change again this month), while they are still in the processor's cache.
     */
    void rankEngagement(Practice[] ps) {
        if (ps.length <= INSERTION_SORT_LIMIT) {
            sortEngagement(ps);
            engagementP25 = sortedQuantile(sorted, 0.25);
            engagementP75 = sortedQuantile(sorted, 0.75);
        } else {
            if (sorted.length != ps.length) sorted = new double[ps.length];
            for (int i = 0; i < ps.length; i++) sorted[i] = ps[i].engagement;
            engagementP25 = quantile(sorted, 0.25);
            engagementP75 = quantile(sorted, 0.75);
        }
    }

    /** The month's figures at month end; the engagement quartiles are already in place ({@link #rankEngagement}). */
    void record(HealthEconomy economy, Ccg ccg, int m, double allocationMonth, double spendMonth) {
        month = m;
        population = ccg.population;
        Practice[] ps = ccg.practices;
        engagementMean = ccg.members.engagementSum / ps.length;
        perceivedEngagement = ccg.members.perceivedEngagement;
        engagementMoransI = ccg.members.moransI;
        localityEngagementSd = ccg.members.localitySd;
        // a GP says the CCG acts on their feedback from the decisions their practice remembers being heard on
        feedbackShare = ccg.members.feedbackSum / ps.length;
        deliveryMean = ccg.members.deliverySum / ps.length;
        complianceMean = ccg.members.complianceSum / ps.length;
        directiveShare = ccg.management.directiveShare;
        electiveReferrals = ccg.referrals;
        nonElectiveAdmissions = ccg.nonElective;
        aeAttendances = ccg.aeAttendances;
        prescribingCost = ccg.prescribing;
        allocation = allocationMonth;
        spend = spendMonth;
        surplusYtd = ccg.finance.surplusYtd();
        surplusTarget = ccg.params.finance.surplusPct / 100 * ccg.finance.allocationYtd;
        qippRequired = ccg.finance.qippRequired;
        qippDelivered = ccg.finance.qippDeliveredYtd;
        fundSpent = ccg.fund.spentThisMonth;
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

    /**
     * Fills {@code all} with the whole economy's figures: engagement over every practice, counts
     * and money summed, occupancy weighted by population.
     */
    public static void aggregate(CcgMonth all, HealthEconomy economy, int m) {
        Practice[] ps = economy.practices;
        if (all.sorted.length != ps.length) all.sorted = new double[ps.length];
        double e = 0, d = 0, c = 0, perceived = 0, directive = 0, occupancy = 0, moran = 0, localitySd = 0, feedback = 0;
        for (int i = 0; i < ps.length; i++) {
            all.sorted[i] = ps[i].engagement;
            e += ps[i].engagement;
            d += ps[i].delivery;
            c += ps[i].compliance;
        }
        all.month = m;
        all.engagementMean = e / ps.length;
        all.engagementP25 = quantile(all.sorted, 0.25);
        all.engagementP75 = quantile(all.sorted, 0.75);
        all.deliveryMean = d / ps.length;
        all.complianceMean = c / ps.length;
        all.population = 0;
        all.electiveReferrals = all.nonElectiveAdmissions = all.aeAttendances = 0;
        all.prescribingCost = all.allocation = all.spend = all.surplusYtd = all.surplusTarget = 0;
        all.qippRequired = all.qippDelivered = all.fundSpent = all.trustIncome = all.trustSurplus = all.overdueFollowUps = 0;
        all.contractsInStandoff = 0;
        all.standoffMonths = all.waitingList = all.breaches18wk = 0;
        all.mrsaCases = all.atInterventions = 0;
        all.qualityPremium = 0;
        for (Ccg ccg : economy.ccgs) {
            CcgMonth x = ccg.month;
            all.population += x.population;
            perceived += x.perceivedEngagement * ccg.practices.length;
            feedback += x.feedbackShare * ccg.practices.length;
            moran += x.engagementMoransI * ccg.practices.length;
            localitySd += x.localityEngagementSd * ccg.practices.length;
            directive += x.directiveShare * ccg.practices.length;
            occupancy += x.bedOccupancy * x.population;
            all.electiveReferrals += x.electiveReferrals;
            all.nonElectiveAdmissions += x.nonElectiveAdmissions;
            all.aeAttendances += x.aeAttendances;
            all.prescribingCost += x.prescribingCost;
            all.allocation += x.allocation;
            all.spend += x.spend;
            all.surplusYtd += x.surplusYtd;
            all.surplusTarget += x.surplusTarget;
            all.qippRequired += x.qippRequired;
            all.qippDelivered += x.qippDelivered;
            all.fundSpent += x.fundSpent;
            all.contractsInStandoff += x.contractsInStandoff;
            all.standoffMonths += x.standoffMonths;
            all.trustIncome += x.trustIncome;
            all.trustSurplus += x.trustSurplus;
            all.waitingList += x.waitingList;
            all.breaches18wk += x.breaches18wk;
            all.overdueFollowUps += x.overdueFollowUps;
            all.mrsaCases += x.mrsaCases;
            all.qualityPremium += x.qualityPremium;
            all.atInterventions += x.atInterventions;
        }
        all.perceivedEngagement = perceived / ps.length;
        all.feedbackShare = feedback / ps.length;
        // peer networks lie within CCGs: the economy's figure is the CCGs' weighted by practices
        all.engagementMoransI = moran / ps.length;
        all.localityEngagementSd = localitySd / ps.length;
        all.directiveShare = directive / ps.length;
        all.bedOccupancy = all.population == 0 ? 0 : occupancy / all.population;
    }

    /**
     * Puts the practices in order of engagement by an insertion sort that starts from last month's
     * order. Engagement moves a little each month, so the order is nearly right and the sort nearly
     * linear: a monthly sort or selection from scratch was a sixth of the model's time.
     */
    private void sortEngagement(Practice[] ps) {
        int n = ps.length;
        if (byEngagement.length != n) {
            byEngagement = new int[n];
            for (int i = 0; i < n; i++) byEngagement[i] = i;
            sorted = new double[n];
        }
        int[] order = byEngagement;
        double[] v = sorted;
        for (int i = 0; i < n; i++) v[i] = ps[order[i]].engagement;
        for (int i = 1; i < n; i++) {
            double x = v[i];
            int practice = order[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                order[j + 1] = order[j];
                j--;
            }
            v[j + 1] = x;
            order[j + 1] = practice;
        }
    }

    /** Linear-interpolation quantile (R's type 7) of sorted values. */
    static double sortedQuantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static final KthSelector SELECTOR = new KthSelector();

    /**
     * Linear-interpolation quantile (R's type 7) of the values in {@code work}, which it reorders.
     * Selection finds the two order statistics in linear time, where sorting 8,000 practices every
     * month would cost a quarter of the model's time; the values are the same as from a sort.
     */
    static double quantile(double[] work, double q) {
        if (work.length == 0) return Double.NaN;
        double pos = q * (work.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, work.length - 1);
        double low = SELECTOR.select(work, null, lo);
        double high = hi == lo ? low : SELECTOR.select(work, null, hi);
        return low + (pos - lo) * (high - low);
    }
}
