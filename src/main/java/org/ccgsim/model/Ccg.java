package org.ccgsim.model;

import ec.util.MersenneTwisterFast;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.PracticeParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Clinical Commissioning Group. Its monthly step runs its submodels in a fixed order (ODD
 * section "CCG"): management style and decisions ({@link CcgManagement}), the quarterly review of
 * referrals ({@link CcgMembers}), stand-off negotiation, the transformation fund
 * ({@link TransformationFund}) and its fixed lines ({@link CcgFinance}); in April it starts a
 * financial year and runs the contract round; its month end (run by the accounts phase) closes
 * the books and, in March, assesses the quality premium ({@link QualityPremium}).
 *
 * <p>The fields below are what the other agents read: practices read the signals, trusts the
 * demand growth and fund effects, the contract round the CCG's offer. The submodels write them.
 */
public final class Ccg implements Steppable {
    private static final long serialVersionUID = 1L;

    public final int index;
    public final CcgParams params;
    final int account;
    Practice[] practices;
    Contract[] contracts;
    AreaTeam areaTeam;
    int population;
    /** The practices in place: positions, localities, peers (see {@link PracticeMap}). */
    PracticeMap map;
    /** Its random streams, one per process (see {@link RandomStreams}). */
    RandomStreams.OfCcg random;

    final CcgFinance finance = new CcgFinance(this);
    final CcgManagement management = new CcgManagement(this);
    final CcgMembers members = new CcgMembers(this);
    final TransformationFund fund = new TransformationFund(this);
    final QualityPremium premium = new QualityPremium(this);
    final CcgContracts contracting = new CcgContracts(this);
    final CcgPartners partners = new CcgPartners(this);
    final PracticeSchemes schemes = new PracticeSchemes(this);

    // what practices read this month
    double engagementEffort;
    double directivePressure;
    double uncertainty;
    double incentive;
    double primaryCareInvestment;
    double workloadRelief;
    int consultedDecisions;
    int unconsultedDecisions;
    double[] localityMean;
    double schemeRamp;
    double referralCutFromInvestment;
    double nonElectiveCutFromInvestment;
    /** This month's engagement noise of each member (a standard normal draw), by index: see {@link #stepPractices}. */
    private double[] engagementNoise;
    /** The parts of a practice's monthly engagement gain and loss that every member feels alike (see {@link Practice}): summed once per CCG. */
    double engagementGainShared, engagementLossShared;

    // what practices and trusts read
    double demandGrowth = 1;
    /** Emergency demand growth beyond demandGrowth since year one (finance.emergencyGrowthPct): 1 in the first year. */
    double emergencyGrowth = 1;
    /**
     * This month's demand against the base year: demand grows month by month at the yearly rate, so that over each
     * financial year it averages (geometrically) the year's level {@link #demandGrowth}, which plans and contracts use.
     */
    double demandThisMonth = 1;
    /** The same for the extra emergency growth: month by month from April 2014, averaging {@link #emergencyGrowth} over each year. */
    double emergencyGrowthThisMonth = 1;
    /** This year's month-by-month profiles of demand and of the extra emergency growth around the year's level (set each April). */
    final double[] demandProfile = new double[12], emergencyProfile = new double[12];
    double followUpCutFromInvestment;
    double stayCutFromInvestment;
    /**
     * How far the CCG is committed to redesigning planned care with its hospitals (0-1): the share of its planned community
     * investment over the last twelve months it actually made, a track record (none when its fund goes elsewhere; in-year
     * recovery that holds the money back wears it down month by month).
     * The commitment, not the services' lagged effect, is what its trusts' joint working builds on (see {@link AcuteTrust}).
     */
    double redesignCommitment;
    /** Set by a trust that suffers a serious CQC breach; read by the quality premium at year end. */
    boolean cqcBreachThisYear;

    // what the contract round reads (and CcgContracts)
    /** The transformation fund's monthly spend this year (a resisting trust asks for a share). */
    double fundMonthly;
    /** Months left in which the Area Team deals with the CCG's trusts over its head. */
    int bypassMonthsLeft;
    /** Partners' impatience with slow decisions (raises the chance of a bypass). */
    double partnerImpatience;

    int atInterventionsThisMonth;
    int yearIndex = -1;

    // this month's totals, filled by practices (emergencies and A&E by the contracts' draws)
    long referrals;
    long nonElective;
    long aeAttendances;
    double prescribing;

    /** What the outputs read at month end. */
    public final CcgMonth month = new CcgMonth();

    Ccg(int index, CcgParams params, int account) {
        this.index = index;
        this.params = params;
        this.account = account;
    }

    void initialise(HealthEconomy economy) {
        population = 0;
        for (Practice p : practices) population += p.listSize;
        engagementNoise = new double[practices.length];
        members.initialise();
        profileDemand(); // read before the first April by whatever steps before the CCG
        finance.initialise(economy);
        schemes.initialise(economy);
        premium.initialise(economy);
        members.takeStock();
        partners.endMonth();
    }

    /** Monthly planned cost of acute care for one trust, used by the trust to size its plan. */
    double otherAcuteMonthly() { return finance.otherAcuteMonthly(); }

    /** The same, as billed this month (demand grows month by month). */
    double otherAcuteThisMonth() { return finance.otherAcuteThisMonth(); }

    @Override
    public void step(SimState state) {
        HealthEconomy economy = (HealthEconomy) state;
        int m = economy.month();
        referrals = nonElective = aeAttendances = 0;
        finance.startMonth();
        prescribing = 0;
        if (m % 12 == 0) startFinancialYear(economy, m);
        demandThisMonth = demandGrowth * demandProfile[m % 12];
        emergencyGrowthThisMonth = m < 12 ? 1 : emergencyGrowth * emergencyProfile[m % 12];
        finance.receiveAllocation(economy);
        schemeRamp = Math.min(1.0, (m + 1) / (double) economy.practiceParams.schemeRampMonths);
        schemes.month(economy, m);
        management.chooseStyle(economy, m);
        partners.adjust();
        management.takeDecisions(economy);
        if (m > 0 && m % params.monitoring.reviewEveryMonths == 0) members.reviewReferrals(economy);
        for (Contract c : contracts) if (c.state == ContractState.STANDOFF) ContractRound.negotiate(economy, c);
        fund.invest(economy, m);
        finance.payFixedLines(economy);
        if (bypassMonthsLeft > 0) bypassMonthsLeft--;
        premium.countDownMediaDoubt();
        uncertainty = Math.min(1.0, economy.world.abolitionTalk + (premium.mediaDoubt() ? params.qualityPremium.mediaStoryAbolitionTalk : 0));
        shareEngagementPressures(economy.practiceParams);
    }

    /** What this month does to every member's engagement alike; each practice adds its lead's reach, its workload and remedial action. */
    private void shareEngagementPressures(PracticeParams p) {
        engagementGainShared = p.aIncentive * Practice.saturating(incentive)
                + p.aInvestment * primaryCareInvestment
                + p.aConsulted * Practice.saturating(consultedDecisions);
        engagementLossShared = p.aDirective * directivePressure
                + p.aAbolition * uncertainty
                + p.aUnconsulted * Practice.saturating(unconsultedDecisions)
                + p.aCulture * areaTeam.directiveCulture();
    }

    /** This year's month-by-month profiles, from the growth rates in force in April. */
    private void profileDemand() {
        for (int k = 0; k < 12; k++) {
            double withinYear = (k + 0.5) / 12 - 0.5; // -0.46 in April to +0.46 in March
            demandProfile[k] = Math.pow(1 + params.finance.demandGrowthPct / 100, withinYear);
            emergencyProfile[k] = Math.pow(1 + params.finance.emergencyGrowthPct / 100, withinYear);
        }
    }

    private void startFinancialYear(HealthEconomy economy, int m) {
        yearIndex = m / 12;
        double g = params.finance.demandGrowthPct / 100;
        demandGrowth = Math.pow(1 + g, yearIndex + 1);
        profileDemand();
        emergencyGrowth = Math.pow(1 + params.finance.emergencyGrowthPct / 100, yearIndex);
        finance.startYear(economy, yearIndex);
        schemes.startYear(economy, yearIndex);
        fund.startYear();
        finance.resetYear();
        cqcBreachThisYear = false;
        premium.startYear(economy, yearIndex);
        contracting.startYear();
        economy.contractRound(this, m);
    }

    /**
     * The practices' phase for this CCG's members, in three runs: each member's engagement noise from the engagement
     * stream, then each member's month ({@link Practice#act}: engagement, compliance, delivery, the means of its
     * activity), then each member's referral counts from the activity stream ({@link Practice#refer}). Each stream gives
     * the same numbers in the same order as when every practice drew its own in its step, and no practice reads another's
     * month, so the run is the same to the last bit; the arithmetic, with no draws between, runs about 5% faster. Then the
     * CCG takes stock of its members ({@link CcgMembers#takeStock}, the quartiles of {@link CcgMonth#rankEngagement}). The
     * economy calls this right after the CCG's own {@link #step}, so one CCG's state is fetched once a month, not in three phases.
     */
    void stepPractices(HealthEconomy economy) {
        Practice[] ps = practices;
        double[] noise = engagementNoise;
        MersenneTwisterFast stream = random.engagement();
        for (int i = 0; i < ps.length; i++) noise[i] = stream.nextGaussian();
        for (int i = 0; i < ps.length; i++) ps[i].act(economy, noise[i]);
        for (Practice p : ps) p.refer();
        // nothing changes a member's engagement, delivery, compliance or memory again this month: take stock now,
        // while the members are in the processor's cache, not at month end after every other CCG and trust
        members.takeStock();
        month.rankEngagement(ps);
    }

    void recordPractice(Practice p) {
        referrals += p.referrals;
        prescribing += p.prescribingCost;
    }

    /** Books close for the month: prescribing is paid, QIPP and surplus updated, metrics recorded. */
    void endMonth(HealthEconomy economy, int m) {
        double spend = finance.closeMonth(economy, m, fund.spentThisMonth + fund.committedMonthly + premium.toSpendMonthly);
        premium.countMonth();
        partners.endMonth();
        premium.countDelivery(members.deliverySum / practices.length);
        month.record(economy, this, m, finance.allocationThisMonth, spend);
        if (m % 12 == 11) premium.assess(economy);
        month.qualityPremium = (m % 12 == 11) ? premium.awarded : 0;
        atInterventionsThisMonth = 0;
    }

    /**
     * The CCG's capacity to engage, negotiate and monitor, 1 at the reference management allowance:
     * (allowance / reference)^elasticity. It scales its engagement effort, the peer comparison of
     * over-referrers, and the contract measures it can seek and achieve.
     */
    double managementCapacity() {
        var f = params.finance;
        return Math.pow(f.managementAllowancePerHead / f.referenceAllowancePerHead, f.managementCapacityElasticity);
    }

    /**
     * The standing of the CCG's clinical leads to work with hospital clinicians on planned care (0-1): their time (GP leaders'
     * sessions, as for their visibility), what a directive CCG keeps of its clinical engagement, and its management team's
     * capacity to support them. An engagement-led CCG with GP leaders at full sessions has it all.
     */
    double clinicalLeadership() {
        var p = params.management;
        double time = Math.min(1.0, p.leaderSessionsPerWeek / p.fullVisibilitySessions);
        double style = 1 - (1 - p.directiveEngagementRetained) * management.directiveShare;
        return Math.min(1.0, time * style * managementCapacity());
    }

    /** Planned QIPP to date: the year's requirement spread over its months. */
    double qippPlanToDate() { return finance.qippPlanToDate(); }

    /** Directions from the Area Team force directive management for a while. */
    void receiveDirections(double strength, int months) { management.receiveDirections(strength, months); }

    // Inspector properties
    public String getName() { return params.name; }
    public String getId() { return params.id; }
    public int getPopulation() { return population; }
    public double getDirectiveShare() { return management.directiveShare; }
    public double getEngagementEffort() { return engagementEffort; }
    public double getPerceivedEngagement() { return members.perceivedEngagement; }
    public double getQippRequired() { return finance.qippRequired; }
    public double getQippDeliveredYearToDate() { return finance.qippDeliveredYtd; }
    public double getSurplusYearToDate() { return finance.surplusYtd(); }
    public double getAllocation() { return finance.allocationYear; }
    public boolean getUnderDirections() { return management.underDirections(); }
    public double getQualityPremiumAwarded() { return premium.awarded; }
    public String getManagementStyle() { return params.management.style.yamlName(); }
    public Practice[] practices() { return practices; }
    public Contract[] contracts() { return contracts; }
    public AreaTeam areaTeam() { return areaTeam; }
    /** Where its practices are and who their peers are (the GUI draws both). */
    public PracticeMap map() { return map; }
    /** Neighbouring CCGs: same Area Team or a shared trust. */
    public Ccg[] neighbours() { return partners.neighbours; }
    public double getCollaboration() { return params.collaboration; }
    public double getMoransI() { return members.moransI; }

    @Override public String toString() { return params.name; }
}
