package org.ccgsim.model;

import ec.util.MersenneTwisterFast;

/**
 * A CCG's contract with one acute trust, and the activity that flows along it. Prices are a
 * "price index" against national tariff: each contract round either side proposes one, and the
 * gap between them is what a stand-off is about.
 */
public final class Contract implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final Ccg ccg;
    public final AcuteTrust trust;
    /** Share of the CCG's hospital activity that goes to this trust. */
    public final double share;
    public final WaitingList waitingList = new WaitingList();
    /** The contract round's random stream: the round is between the CCG and the trust, so neither's other contracts move it (see {@link RandomStreams}). */
    MersenneTwisterFast random;

    ContractState state = ContractState.INHERITED;
    /** Agreed price index (payment = tariff value x index). */
    double priceIndex = 1.0;
    double ccgOfferIndex = 1.0;
    double trustAskIndex = 1.0;
    int standoffMonths;
    long standoffMonthsTotal;
    /** Memory of the last arbitration, 1 just after it, fading each April: both sides readier to settle. */
    double arbitrationMemory;
    /** Tariff value of activity and payments made while in stand-off, for the true-up at settlement. */
    double standoffTariffValue;
    double standoffPaid;
    /** Expected monthly flows at 2012/13 rates without schemes: what the trust was sized for. */
    double baseTariffMonthly;
    double baseReferralsMonthly;
    double baseBedDaysMonthly;
    /** Planned income of the trust from this CCG for the financial year (£/year). */
    double planIncome;
    /** Contract measures (QIPP) the CCG seeks from this trust this year, and what the round has agreed so far (£/year). */
    double measuresSought;
    double measuresAgreed;

    // this month's activity, filled by practices and the trust
    long referralsIn;
    long completions;
    /** Elective admissions beyond the waiting list, put into freed beds by a resisting trust. */
    long extraElectives;
    long nonElective;
    long aeAttendances;
    /** This month's expected emergency admissions and A&E attendances, summed over the CCG's practices. */
    double nonElectiveMean;
    double aeMean;
    long followUpsDone;
    double overdueFollowUps;
    /** The part of the overdue follow-ups already reviewed with the CCG and booked (still needing a hospital appointment). */
    double followUpsBooked;
    /** Overdue follow-ups discharged this month by the joint review. */
    double followUpsDischarged;
    /** The part of the overdue list not yet validated (checked record by record against the hospital's and the GP's records). */
    double followUpsUnvalidated;
    /** Records taken off the overdue list this month by validation: they needed no appointment (see {@link AcuteTrust}). */
    double followUpsValidatedOff;
    /** How far the trust's clinicians and the CCG's clinical leads work together on planned care (0-1; see {@link AcuteTrust}). */
    double jointWorking;
    double bedDays;
    int mrsaCases;
    double tariffValue;
    /** This month's activity at this year's national tariff (after the emergency marginal rate): what payment by results would pay at index 1. */
    double tariffCharge;
    double payment;

    /**
     * The marginal-rate baseline (tariff.emergencyMarginalRate): the emergency admissions a month the contract plans for this year; in
     * year one the plan the trust signed (after the CCG's schemes), then each April last year's admissions grown by the demand growth
     * both sides plan with.
     */
    double emergencyBaselineMonthly;
    /** Payment held back this month under the marginal rate (£ at 2013/14 tariff): admissions above the baseline paid at the rate. */
    double marginalDeduction;

    // financial-year totals
    double paidYtd;
    /** Emergency admissions this year, the baseline's to date (by the expected season), and those above it already paid at the marginal rate. */
    double nonElectiveYtd, emergencyBaselineYtd, emergencyAboveBaselineYtd;
    double marginalDeductionYtd, marginalDeductionLastYear;
    double tariffValueLastYear;
    double tariffValueYtd;

    Contract(Ccg ccg, AcuteTrust trust, double share) {
        this.ccg = ccg;
        this.trust = trust;
        this.share = share;
    }

    void startMonth() {
        referralsIn = 0;
        completions = 0;
        extraElectives = 0;
        nonElective = 0;
        aeAttendances = 0;
        nonElectiveMean = 0;
        aeMean = 0;
        followUpsDone = 0;
        followUpsDischarged = 0;
        followUpsValidatedOff = 0;
        bedDays = 0;
        mrsaCases = 0;
        tariffValue = 0;
        tariffCharge = 0;
        payment = 0;
        marginalDeduction = 0;
    }

    /**
     * The marginal rate rule for emergency admissions (national tariff of the period): this month's admissions are added to the
     * year's, the baseline's expected admissions to date ({@code seasonFactor} the month's expected season) to the baseline's, and
     * the admissions above the baseline to date not yet paid at the marginal rate are this month's; below the baseline again, the
     * year-to-date reconciliation gives back what was held. Sets and returns the deduction (£ at 2013/14 tariff); 0 when the
     * contract is not paid by tariff ({@code byTariff} false: a block contract), whose year is still reconciled for next April's baseline.
     */
    double applyMarginalRate(double seasonFactor, double spell, double rate, boolean byTariff) {
        nonElectiveYtd += nonElective;
        emergencyBaselineYtd += emergencyBaselineMonthly * seasonFactor;
        double above = Math.max(0, nonElectiveYtd - emergencyBaselineYtd);
        marginalDeduction = byTariff ? (1 - rate) * (above - emergencyAboveBaselineYtd) * spell : 0;
        emergencyAboveBaselineYtd = above;
        marginalDeductionYtd += marginalDeduction;
        return marginalDeduction;
    }

    /** Year end: next year's baseline is this year's admissions grown by the planned demand growth, and the reconciliation starts again. */
    void startMarginalYear() {
        if (nonElectiveYtd > 0) emergencyBaselineMonthly = nonElectiveYtd / 12 * (1 + ccg.params.finance.demandGrowthPct / 100);
        nonElectiveYtd = emergencyBaselineYtd = emergencyAboveBaselineYtd = 0;
        marginalDeductionLastYear = marginalDeductionYtd;
        marginalDeductionYtd = 0;
    }

    /**
     * This month's emergency admissions and A&E attendances: one Poisson count each from the
     * practices' summed means. The sum of independent Poisson counts is Poisson with the summed
     * mean, so the contract's and the CCG's totals have the distribution that a count per practice
     * would give, for two variates per contract instead of two per practice and contract.
     */
    void drawEmergencies(MersenneTwisterFast random) {
        nonElective = Poisson.sample(random, nonElectiveMean);
        aeAttendances = Poisson.sample(random, aeMean);
        ccg.nonElective += nonElective;
        ccg.aeAttendances += aeAttendances;
    }

    /** Gap between ask and offer as a share of the offer, in percent. */
    public double gapPct() {
        if (state != ContractState.STANDOFF) return 0;
        return 100.0 * (trustAskIndex - ccgOfferIndex) / ccgOfferIndex;
    }

    public ContractState getState() { return state; }
    public double getPriceIndex() { return priceIndex; }
    /** The price index this month's activity is paid at: the agreed one, or during a stand-off the CCG's offer. */
    public double getPaidIndex() { return state == ContractState.STANDOFF ? ccgOfferIndex : priceIndex; }
    /** This month's activity at this year's national tariff, £: payment less this is what the CCG paid above (or below) tariff. */
    public double getTariffChargeThisMonth() { return tariffCharge; }
    public int getStandoffMonths() { return standoffMonths; }
    public long getStandoffMonthsTotal() { return standoffMonthsTotal; }
    public double getPlanIncome() { return planIncome; }
    public long getWaiting() { return waitingList.waiting(); }
    public long getOverEighteenWeeks() { return waitingList.overEighteenWeeks(); }
    public double getOverdueFollowUps() { return overdueFollowUps; }
    public double getFollowUpsBooked() { return followUpsBooked; }
    public double getShare() { return share; }
    public double getPaymentThisMonth() { return payment; }
    public long getReferralsThisMonth() { return referralsIn; }
}
