package org.ccgsim.model;

import org.ccgsim.scenario.PracticeParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A GP member practice. Each month it updates its engagement with the CCG, the compliance that
 * directive pressure buys, its workload and its delivery of the CCG's schemes, then generates
 * its activity: referrals, prescribing, and its expected emergency admissions and A&E attendances
 * (their counts are drawn once per contract).
 */
public final class Practice implements Steppable {
    private static final long serialVersionUID = 1L;

    public final int index;
    public final Ccg ccg;
    public final int locality;
    public final int listSize;
    final double baseWorkload;
    /** How much this practice refers relative to the norm (log-normal across practices). */
    double referralMultiplier;

    double engagement;
    double compliance;
    /** How used to directive pressure the practice has grown: what new pressure buys is scaled by 1 - this. */
    double resistance;
    double workload;
    double delivery;
    int remedialMonthsLeft;
    boolean overReferrer;
    /**
     * Decisions touching primary care on which this practice remembers giving its view or objecting (fading),
     * and those on which it was heard.
     */
    double decisionsRemembered;
    double heardRemembered;
    /** Issues it raised through its locality lead that it remembers (its share of the locality's, fading), and those acted on. */
    double issuesRemembered;
    double actedRemembered;

    // this month's activity
    /** Expected referrals this month, over all its trusts (set by {@link #act}; {@link #refer} draws the counts). */
    double expectedReferrals;
    int referrals;
    /**
     * Expected emergency admissions and A&E attendances this month (means, not counts): their
     * counts are drawn once per contract from the summed means ({@link Contract#drawEmergencies}),
     * because only totals use them, and Poisson counts add.
     */
    double expectedNonElective;
    double expectedAeAttendances;
    double prescribingCost;
    /** Referrals since the CCG last reviewed referral rates. */
    long referralsSinceReview;
    long referralsSinceReviewByAreaTeam;

    Practice(int index, Ccg ccg, int locality, int listSize, double referralMultiplier, double engagement, double baseWorkload) {
        this.index = index;
        this.ccg = ccg;
        this.locality = locality;
        this.listSize = listSize;
        this.referralMultiplier = referralMultiplier;
        this.engagement = engagement;
        this.baseWorkload = baseWorkload;
        this.workload = baseWorkload;
    }

    /** One practice's month on its own; the economy steps a CCG's members together ({@link Ccg#stepPractices}), with the same draws. */
    @Override
    public void step(SimState state) {
        act((HealthEconomy) state, ccg.random.engagement().nextGaussian());
        refer();
    }

    /**
     * The month's engagement ({@code noise} is its standard normal draw), compliance, workload and delivery, and the
     * means of its activity: expected emergencies and A&E added to its contracts' means, expected referrals kept for {@link #refer}.
     */
    void act(HealthEconomy economy, double noise) {
        PracticeParams p = economy.practiceParams;
        updateEngagement(economy, p, noise);
        updateCompliance(p, ccg.directivePressure);
        workload = baseWorkload + p.schemeWorkload * delivery * ccg.schemes.depth - ccg.workloadRelief; // more schemes, more unpaid work
        delivery = delivery(engagement, compliance, p.deliveryHalfEngagement, p.deliveryFromCompliance);
        if (remedialMonthsLeft > 0) remedialMonthsLeft--;
        generateActivity(economy, p);
    }

    private void updateEngagement(HealthEconomy economy, PracticeParams p, double noise) {
        double e = engagement;
        double peerMean = ccg.members.peerMean(index, e);
        double overwork = workload - 1.0;
        // gains work on the room left (1 - e), losses on what there is to lose (e); effects driven by
        // amounts (money, decisions) saturate, so no small sum can outweigh management style. What every
        // member feels alike (incentive, investment, decisions, pressure, abolition talk, culture) the CCG sums once
        double gain = p.aEngagement * ccg.engagementEffort * ccg.members.leadReach(locality)
                + ccg.engagementGainShared
                + p.aWorkload * Math.max(0, -overwork);
        double loss = ccg.engagementLossShared
                + p.aWorkload * Math.max(0, overwork)
                + (remedialMonthsLeft > 0 ? p.aRemedial : 0);
        engagement = nextEngagement(e, gain, loss, p.aPeer * (peerMean - e), p.engagementNoise, noise);
    }

    /**
     * Short-lived compliance (directive-like-pct): pressure buys compliance, scaled by the room
     * left and by how little the practice has grown used to pressure; resistance builds under
     * pressure and fades without it, so sustained pressure buys less and less.
     */
    void updateCompliance(PracticeParams p, double pressure) {
        compliance += p.complianceGain * pressure * (1 - resistance) * (1 - compliance) - p.complianceDecay * compliance;
        compliance = clamp01(compliance);
        resistance += p.habituation * pressure * (1 - resistance) - p.habituationFade * (1 - pressure) * resistance;
        resistance = clamp01(resistance);
    }

    /**
     * One month of engagement: gains work on the room left (1 - e), losses on what there is to lose (e), and the
     * noise (standard deviation {@code noiseSd} at e = 0.5) vanishes at the bounds, so engagement approaches 0 and 1
     * without piling against them.
     */
    static double nextEngagement(double e, double gain, double loss, double peerPull, double noiseSd, double gaussian) {
        double de = gain * (1 - e) - loss * e + peerPull + noiseSd * 2 * Math.sqrt(e * (1 - e)) * gaussian;
        return clamp01(e + de);
    }

    /** A saturating effect: 0 at 0, half at 1, approaching 1 (each size's a* is its ceiling). */
    static double saturating(double amount) {
        return amount <= 0 ? 0 : amount / (1 + amount);
    }

    private void generateActivity(HealthEconomy economy, PracticeParams p) {
        double perThousand = listSize / 1000.0 * ccg.demandThisMonth;
        double schemes = Math.min(1.0, delivery * ccg.schemeRamp) * ccg.schemes.depth; // new schemes each year deepen the cuts
        double remedial = remedialMonthsLeft > 0 ? (1 - economy.areaTeamParamsOf(ccg).remedialReferralCut) : 1.0;
        double referralMean = p.referralsPer1000 * perThousand * referralMultiplier * remedial
                * (1 - Math.min(MAX_CUT, p.referralCut * schemes)) * (1 - ccg.referralCutFromInvestment * communityUse())
                * (1 + p.defensiveReferral * (1 - engagement)); // disengaged practices refer rather than say no
        double nonElectiveMean = p.nonElectivePer1000 * perThousand * ccg.emergencyGrowthThisMonth * economy.emergencySeason
                * (1 - Math.min(MAX_CUT, p.nonElectiveCut * schemes)) * (1 - ccg.nonElectiveCutFromInvestment);
        double aeMean = p.aePer1000 * perThousand * (1 - Math.min(MAX_CUT, p.aeCut * schemes));

        for (Contract c : ccg.contracts) { // emergencies add to the contract's mean (drawn once per contract)
            c.nonElectiveMean += nonElectiveMean * c.share;
            c.aeMean += aeMean * c.share;
        }
        expectedReferrals = referralMean;
        expectedNonElective = nonElectiveMean;
        expectedAeAttendances = aeMean;
        prescribingCost = p.prescribingPerHead * listSize * ccg.demandThisMonth * (1 - Math.min(MAX_CUT, p.prescribingCut * schemes));
    }

    /**
     * The month's referrals: Poisson splitting, one independent count per trust the CCG uses, from the expected
     * referrals {@link #act} set (a practice's own referrals drive its review and peer comparison).
     */
    void refer() {
        referrals = 0;
        for (Contract c : ccg.contracts) {
            int r = Poisson.sample(ccg.random.activity(), expectedReferrals * c.share);
            c.referralsIn += r;
            referrals += r;
        }
        referralsSinceReview += referrals;
        referralsSinceReviewByAreaTeam += referrals;
        ccg.recordPractice(this);
    }

    /**
     * How far this practice sends its patients to the CCG's community services rather than to
     * hospital (stoke-community-services, stoke-gps-direct-use): the share of the services' effect
     * that rests with the practice follows its delivery of the CCG's schemes.
     */
    private double communityUse() {
        double throughPractices = ccg.params.fund.communityUseFromDelivery;
        return 1 - throughPractices * (1 - delivery);
    }

    /**
     * Delivery of the CCG's schemes: from engagement, saturating (half at {@code halfEngagement}, nothing
     * without engagement), and from the compliance directive pressure buys; each covers part of what
     * the other leaves undone (seed 003, 7 April: practices that are not engaged do not deliver).
     */
    static double delivery(double engagement, double compliance, double halfEngagement, double fromCompliance) {
        double engaged = 1 - Math.exp(-LN2 * engagement / halfEngagement);
        return clamp01(1 - (1 - engaged) * (1 - fromCompliance * compliance));
    }

    private static final double LN2 = Math.log(2);
    /** No scheme cuts more than this of an activity (the params' ranges stop at 0.9). */
    private static final double MAX_CUT = 0.9;

    /** A month passes: older decisions fade from the practice's memory. */
    void fadeDecisionMemory(double retained) {
        decisionsRemembered *= retained;
        heardRemembered *= retained;
        issuesRemembered *= retained;
        actedRemembered *= retained;
    }

    /** Its share of the issues its locality raised this month, and of those the CCG acted on (the lead reports back). */
    void rememberIssues(double raised, double acted) {
        issuesRemembered += raised;
        actedRemembered += acted;
    }

    /** It gave its view on a decision put to practices: heard if the decision reflects it. */
    void gaveView(boolean heard) {
        decisionsRemembered++;
        if (heard) heardRemembered++;
    }

    /**
     * {@code decisions} were taken without its view (over its head, taken anyway, or it was not reached): each is
     * feedback the CCG ignored if the practice objects, which it does unless it shares the CCG's aims, with chance
     * its engagement. The memory holds the expected objections (no draw).
     */
    void decidedOverItsHead(int decisions) {
        decisionsRemembered += decisions * (1 - engagement);
    }

    /**
     * The chance this practice answers yes to "does the CCG act on your feedback": the share of the
     * feedback it remembers giving (views, objections, issues raised) that was heard or acted on, starting from
     * an even prior worth {@code priorDecisions}.
     */
    double saysCcgActsOnFeedback(double priorDecisions) {
        double n = decisionsRemembered + issuesRemembered + priorDecisions;
        return n <= 0 ? 0.5 : (heardRemembered + actedRemembered + 0.5 * priorDecisions) / n;
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    // Inspector properties (MASON reads getX methods)
    public double getEngagement() { return engagement; }
    public double getCompliance() { return compliance; }
    public double getResistance() { return resistance; }
    public double getDelivery() { return delivery; }
    public double getWorkload() { return workload; }
    public double getReferralMultiplier() { return referralMultiplier; }
    public int getListSize() { return listSize; }
    public int getLocality() { return locality; }
    /** Position on the CCG's map ({@link Ccg#map()}). */
    public double getX() { return ccg.map.x(index); }
    public double getY() { return ccg.map.y(index); }
    public boolean getUnderRemedialAction() { return remedialMonthsLeft > 0; }
    public boolean getOverReferrer() { return overReferrer; }
    public double getSaysCcgActsOnFeedback() { return saysCcgActsOnFeedback(ccg.params.consultation.feedbackPriorDecisions); }
    public int getReferrals() { return referrals; }
    /** Expected this month (a mean: counts are drawn per contract, not per practice). */
    public double getExpectedEmergencyAdmissions() { return expectedNonElective; }
    public double getExpectedAeAttendances() { return expectedAeAttendances; }
    public double getPrescribingCost() { return prescribingCost; }
    public String getCcgName() { return ccg.params.name; }

    @Override public String toString() { return ccg.params.id + " practice " + (index + 1); }
}
