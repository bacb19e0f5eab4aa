package org.ccgsim.model;

import org.ccgsim.scenario.ContractType;
import org.ccgsim.scenario.TariffParams;
import org.ccgsim.scenario.TrustParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An acute hospital trust. Each month it completes pathways from its waiting lists (the urgent
 * share of new referrals first, then the longest waiters), sees follow-ups, admits emergencies,
 * fills beds, bills each CCG under its contract, records MRSA cases and quality events, and
 * resists when its income falls below plan: it lobbies the Area Team, fills freed beds with
 * extra elective work, and asks for a share of the 2% fund at the next round.
 */
public final class AcuteTrust implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    public final int index;
    public final TrustParams params;
    final int account;
    Contract[] contracts = new Contract[0];

    double beds;
    private double baseReferrals;
    private double referralsThisYear;
    private double followUpDemandThisYear;
    double electiveCapacity;
    double followUpCapacity;
    double otherIncomeMonthly;
    double otherBedDaysMonthly;
    double occupancy;
    double incomeYtd;
    double planYtd;
    double costsYtd;
    double surplusYtd;
    boolean resisting;
    boolean resistedThisYear;
    double fundReceivedThisMonth;
    double trueUpThisMonth;
    int mrsaThisMonth;
    double incomeThisMonth;
    double planThisMonth;
    private double growth = 1;

    AcuteTrust(int index, TrustParams params, int account) {
        this.index = index;
        this.params = params;
        this.account = account;
        this.occupancy = params.initialOccupancy;
    }

    void addContract(Contract c) {
        Contract[] grown = java.util.Arrays.copyOf(contracts, contracts.length + 1);
        grown[contracts.length] = c;
        contracts = grown;
    }

    /** Sizes beds and capacity to the activity expected at month 0, and seeds the waiting lists. */
    void initialise(HealthEconomy economy) {
        TariffParams t = economy.tariff;
        var pp = economy.practiceParams;
        double referralCost = t.firstOutpatient + t.electiveConversion * t.electiveSpell + t.followUpsPerFirst * t.followUp;
        double ownBedDays = 0, ownReferrals = 0, ownValue = 0;
        for (Contract c : contracts) {
            double referrals = 0, nonElective = 0, ae = 0, population = 0;
            for (Practice p : c.ccg.practices) {
                double k = p.listSize / 1000.0 * c.share;
                referrals += k * pp.referralsPer1000 * p.referralMultiplier;
                nonElective += k * pp.nonElectivePer1000;
                ae += k * pp.aePer1000;
                population += p.listSize * c.share;
            }
            c.baseReferralsMonthly = referrals;
            c.baseTariffMonthly = referrals * referralCost + nonElective * t.nonElectiveSpell + ae * t.aeAttendance
                    + c.ccg.otherAcuteMonthly() * c.share;
            c.baseBedDaysMonthly = nonElective * params.nonElectiveStayDays
                    + referrals * t.electiveConversion * params.electiveStayDays;
            ownBedDays += c.baseBedDaysMonthly;
            ownReferrals += referrals;
            ownValue += c.baseTariffMonthly;
            long waiting = Math.round(params.initialWaitingPer1000 * population / 1000);
            long backlog = Math.round(params.initialBacklogPer1000 * population / 1000);
            c.waitingList.seed(waiting, backlog);
            c.overdueFollowUps = params.initialOverdueFollowUpsPer1000 * population / 1000;
        }
        double others = params.otherCommissionersShare / (1 - params.otherCommissionersShare);
        otherBedDaysMonthly = ownBedDays * others;
        otherIncomeMonthly = ownValue * others;
        beds = (ownBedDays + otherBedDaysMonthly) / (params.initialOccupancy * DAYS_PER_MONTH);
        baseReferrals = ownReferrals;
    }

    /** Monthly tariff value this contract was expected to carry at 2012/13 rates. */
    double initialTariffValue(Contract c) { return c.baseTariffMonthly; }

    @Override
    public void step(SimState state) {
        HealthEconomy economy = (HealthEconomy) state;
        int m = economy.month();
        growth = weightedGrowth();
        if (m % 12 == 0) startYear(economy, m);
        treatElectives(economy);
        seeFollowUps(economy);
        double bedDays = admitAndFillBeds(economy);
        recordInfections(economy, bedDays);
        bill(economy, m);
        fundReceivedThisMonth = 0;
        trueUpThisMonth = 0;
    }

    /** Each April the trust plans capacity for the activity it expects: last year's, grown by demand. */
    private void startYear(HealthEconomy economy, int m) {
        double expectedReferrals = m == 0 ? baseReferrals * growth : referralsThisYear / 12 * growthRate();
        double expectedFollowUps = m == 0 ? baseReferrals * economy.tariff.followUpsPerFirst * growth
                : followUpDemandThisYear / 12 * growthRate();
        electiveCapacity = expectedReferrals * params.electiveCapacityRatio;
        followUpCapacity = expectedFollowUps * params.followUpCapacityRatio;
        referralsThisYear = 0;
        followUpDemandThisYear = 0;
        for (Contract c : contracts) {
            c.tariffValueLastYear = c.tariffValueYtd;
            c.tariffValueYtd = 0;
            c.paidYtd = 0;
        }
        incomeYtd = planYtd = costsYtd = surplusYtd = 0;
        resistedThisYear = false;
    }

    private double growthRate() {
        double g = 0, w = 0;
        for (Contract c : contracts) { g += (1 + c.ccg.params.finance.demandGrowthPct / 100) * c.baseReferralsMonthly; w += c.baseReferralsMonthly; }
        return w > 0 ? g / w : 1;
    }

    private double weightedGrowth() {
        double g = 0, w = 0;
        for (Contract c : contracts) { g += c.ccg.demandGrowth * c.baseReferralsMonthly; w += c.baseReferralsMonthly; }
        return w > 0 ? g / w : 1;
    }

    private void treatElectives(HealthEconomy economy) {
        long totalWaiting = 0;
        for (Contract c : contracts) {
            c.waitingList.age();
            c.waitingList.refer(c.referralsIn);
            referralsThisYear += c.referralsIn;
            totalWaiting += c.waitingList.waiting();
        }
        double capacity = electiveCapacity;
        if (resisting) { // freed beds go to extra elective work, at the CCG's cost (seed 001, a reader's comment)
            double freeBedDays = Math.max(0, (params.initialOccupancy - occupancy) * beds * DAYS_PER_MONTH);
            capacity += params.fillFreedBeds * freeBedDays
                    / Math.max(0.1, economy.tariff.electiveConversion * params.electiveStayDays);
        }
        long capacityLeft = Math.round(capacity);
        for (int i = 0; i < contracts.length; i++) {
            Contract c = contracts[i];
            long share = totalWaiting == 0 ? 0
                    : (i == contracts.length - 1 ? capacityLeft : Math.round(capacity * c.waitingList.waiting() / (double) totalWaiting));
            share = Math.min(share, capacityLeft);
            c.completions = c.waitingList.treat(share, params.urgentShare, params.longestWaitFirstShare,
                    params.minimumWaitMonths);
            capacityLeft -= share;
        }
    }

    private void seeFollowUps(HealthEconomy economy) {
        double due = 0;
        for (Contract c : contracts) {
            due += c.overdueFollowUps + c.completions * economy.tariff.followUpsPerFirst * (1 - c.ccg.followUpCutFromInvestment);
        }
        double capacity = followUpCapacity;
        for (Contract c : contracts) {
            double demand = c.completions * economy.tariff.followUpsPerFirst * (1 - c.ccg.followUpCutFromInvestment);
            double owed = c.overdueFollowUps + demand;
            followUpDemandThisYear += demand;
            double seen = due <= 0 ? 0 : Math.min(owed, capacity * owed / due);
            c.followUpsDone = Math.round(seen);
            c.overdueFollowUps = Math.max(0, owed - c.followUpsDone);
        }
    }

    private double admitAndFillBeds(HealthEconomy economy) {
        double total = otherBedDaysMonthly * growth;
        for (Contract c : contracts) {
            c.bedDays = c.nonElective * params.nonElectiveStayDays * (1 - c.ccg.stayCutFromInvestment)
                    + c.completions * economy.tariff.electiveConversion * params.electiveStayDays;
            total += c.bedDays;
        }
        occupancy = total / (beds * DAYS_PER_MONTH);
        return total;
    }

    /** MRSA is rarer when occupancy is lower; a serious CQC breach is likelier when the trust is overloaded. */
    private void recordInfections(HealthEconomy economy, double bedDays) {
        double risk = params.mrsaPer100kBedDays / 100_000 * Math.exp(params.mrsaOccupancySensitivity * (occupancy - 0.88));
        mrsaThisMonth = 0;
        for (Contract c : contracts) {
            c.mrsaCases = Poisson.sample(economy.random, risk * c.bedDays);
            mrsaThisMonth += c.mrsaCases;
        }
        double breachChance = occupancy > params.overloadOccupancy ? params.cqcBreachChanceOverloaded : params.cqcBreachChance;
        if (economy.random.nextBoolean(breachChance)) {
            for (Contract c : contracts) {
                c.ccg.cqcBreachThisYear = true;
                economy.log(c.ccg, params.id, "cqc_breach", "Serious CQC breach found at " + params.name
                        + " (occupancy " + Math.round(occupancy * 100) + "%)");
            }
        }
    }

    private void bill(HealthEconomy economy, int m) {
        TariffParams t = economy.tariff;
        incomeThisMonth = fundReceivedThisMonth + trueUpThisMonth;
        planThisMonth = 0;
        double activityValue = 0;
        for (Contract c : contracts) {
            double value = c.completions * (t.firstOutpatient + t.electiveConversion * t.electiveSpell)
                    + c.followUpsDone * t.followUp + c.nonElective * t.nonElectiveSpell + c.aeAttendances * t.aeAttendance
                    + c.ccg.otherAcuteMonthly() * c.share;
            c.tariffValue = value;
            c.tariffValueYtd += value;
            activityValue += value;
            double index = c.state == ContractState.STANDOFF ? c.ccgOfferIndex : c.priceIndex;
            double planMonthly = c.planIncome / 12 * (c.state == ContractState.STANDOFF ? index / c.trustAskIndex : 1);
            ContractType type = c.ccg.params.contracts.type;
            double pay;
            if (type == ContractType.BLOCK) {
                pay = planMonthly;
            } else {
                pay = value * index;
                if (type == ContractType.GAINSHARE && planMonthly > pay) pay += c.ccg.params.contracts.gainShareToTrust * (planMonthly - pay);
            }
            if (c.state == ContractState.STANDOFF) {
                c.standoffTariffValue += value;
                c.standoffPaid += pay;
                c.standoffMonthsTotal++;
            }
            economy.ledger.pay(c.ccg.account, account, pay);
            c.payment += pay;
            c.paidYtd += pay;
            incomeThisMonth += pay;
            planThisMonth += c.planIncome / 12;
        }
        double other = otherIncomeMonthly * growth;
        economy.ledger.pay(economy.otherCommissionersAccount, account, other);
        incomeThisMonth += other;
        planThisMonth += other;
        // costs: a fixed part planned for, a variable part that follows activity
        double keep = 1 - params.plannedSurplusPct / 100;
        double costs = keep * (params.fixedCostShare * planThisMonth
                + (1 - params.fixedCostShare) * (activityValue + other));
        economy.ledger.pay(account, economy.suppliersAccount, costs);
        incomeYtd += incomeThisMonth;
        planYtd += planThisMonth;
        costsYtd += costs;
        surplusYtd = incomeYtd - costsYtd;
        boolean wasResisting = resisting;
        resisting = incomeYtd < planYtd * (1 - params.resistanceShortfallPct / 100);
        if (resisting) resistedThisYear = true;
        if (resisting && !wasResisting) {
            for (Contract c : contracts) {
                economy.log(c.ccg, params.id, "trust_resists", params.name
                        + " income is below plan: it lobbies the Area Team and fills freed beds with elective work");
            }
        }
    }

    // Inspector properties
    public String getName() { return params.name; }
    public double getOccupancy() { return occupancy; }
    public double getBeds() { return beds; }
    public double getIncomeYearToDate() { return incomeYtd; }
    public double getPlanYearToDate() { return planYtd; }
    public double getSurplusYearToDate() { return surplusYtd; }
    public boolean getResisting() { return resisting; }
    public long getWaitingList() {
        long n = 0;
        for (Contract c : contracts) n += c.waitingList.waiting();
        return n;
    }
    public long getOverEighteenWeeks() {
        long n = 0;
        for (Contract c : contracts) n += c.waitingList.overEighteenWeeks();
        return n;
    }
    public double getOverdueFollowUps() {
        double n = 0;
        for (Contract c : contracts) n += c.overdueFollowUps;
        return n;
    }
    public int getMrsaThisMonth() { return mrsaThisMonth; }
    public double getIncomeThisMonth() { return incomeThisMonth; }
    public double getPlanThisMonth() { return planThisMonth; }
    public Contract[] contracts() { return contracts; }

    @Override public String toString() { return params.name; }
}
