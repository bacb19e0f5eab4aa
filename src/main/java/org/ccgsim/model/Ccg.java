package org.ccgsim.model;

import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.ConsultationMode;
import org.ccgsim.scenario.ContractType;
import org.ccgsim.scenario.Escalation;
import org.ccgsim.scenario.FundParams;
import org.ccgsim.scenario.FundUse;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.AccountableOfficer;
import org.ccgsim.scenario.TariffParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Clinical Commissioning Group. Its monthly step sets the management style, takes decisions
 * (consulting practices or not), monitors referrals, invests the transformation fund and pays
 * its fixed lines; in April it starts a financial year and runs the contract round; its
 * month end (run by the accounts phase) closes the books and, in March, assesses the quality premium.
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
    private double[] localitySum;
    private int[] localityCount;
    // the month-end stock-take of the members (see takeStock)
    double engagementSum, deliverySum, complianceSum;
    double demandGrowth = 1;
    double schemeRamp;
    double referralCutFromInvestment;
    double nonElectiveCutFromInvestment;
    double followUpCutFromInvestment;
    double stayCutFromInvestment;

    // management style
    double directiveShare;
    boolean adaptiveReverted;
    int adaptiveMonthsLeft;
    int directionMonthsLeft;
    double directionStrength;
    int bypassMonthsLeft;
    int mediaDoubtMonthsLeft;
    double partnerImpatience;
    double perceivedEngagement;

    // finance: money in £
    double allocationYear;
    private double baseMonthlyCounterfactual; // 2012/13 run rate of the PCT: allocation x (1 + inherited deficit) / 12
    private double fixedLinesBase;            // other providers and running costs at 2012/13 prices, per month
    private double otherAcuteBase;            // acute care not driven by practices, per month
    private double runningCostsMonthly;
    double efficiency;                        // this year's management QIPP as a share of spend
    double otherLinesIndex = 1;               // cumulative effect of every year's efficiency on the fixed lines
    double qippRequired;
    double forecastMonthly;
    double qippDeliveredYtd;
    double planProfileToDate;
    double allocationYtd;
    double incomeYtd;
    double spendYtd;
    double recurrentSpendYtd;
    double recurrentSpendLastYear;
    double fundMonthly;
    double fundSpentThisMonth;
    double premiumToSpendMonthly;
    double premiumAwarded;        // at the last year end
    double premiumPendingPayment; // paid next April
    private final double[] investmentPerHeadByMonth = new double[600];
    boolean cqcBreachThisYear;
    int mrsaThisYear;
    double deliverySumThisYear;
    int monthsThisYear;
    long nonElectiveThisYear;
    long nonElectiveLastYear;
    double expectedNonElectiveBase;   // expected emergency admissions a year without schemes, at 2012/13 rates
    int atInterventionsThisMonth;
    int yearIndex = -1;

    // this month's totals, filled by practices
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
        localityMean = new double[params.localities];
        localitySum = new double[params.localities];
        localityCount = new int[params.localities];
        population = 0;
        for (Practice p : practices) population += p.listSize;
        TariffParams t = economy.tariff;
        double referralCost = t.firstOutpatient + t.electiveConversion * t.electiveSpell + t.followUpsPerFirst * t.followUp;
        double practiceDriven = 0;
        double prescribingBase = 0;
        for (Practice p : practices) {
            double k = p.listSize / 1000.0;
            practiceDriven += k * (economy.practiceParams.referralsPer1000 * p.referralMultiplier * referralCost
                    + economy.practiceParams.nonElectivePer1000 * t.nonElectiveSpell
                    + economy.practiceParams.aePer1000 * t.aeAttendance);
            prescribingBase += economy.practiceParams.prescribingPerHead * p.listSize;
            expectedNonElectiveBase += 12 * k * economy.practiceParams.nonElectivePer1000;
        }
        allocationYear = params.finance.allocation;
        otherAcuteBase = params.finance.otherAcuteShare * allocationYear / 12;
        baseMonthlyCounterfactual = allocationYear * (1 + params.finance.inheritedDeficitPct / 100) / 12;
        fixedLinesBase = baseMonthlyCounterfactual - practiceDriven - prescribingBase - otherAcuteBase;
        runningCostsMonthly = params.finance.managementAllowancePerHead * population / 12;
        if (fixedLinesBase < runningCostsMonthly) {
            double needed = 12 * (practiceDriven + prescribingBase + runningCostsMonthly)
                    / (1 + params.finance.inheritedDeficitPct / 100 - params.finance.otherAcuteShare);
            throw new InfeasibleEconomyException(String.format(java.util.Locale.ROOT, "CCG %s: its allocation of £%,.0f a year cannot pay "
                    + "for the hospital activity, prescribing and running costs of its %,d registered patients; it needs at least about "
                    + "£%,.0f (raise finance.allocation, or lower practices or listSizeMean)", params.id, allocationYear, population,
                    Math.ceil(needed / 1e6) * 1e6));
        }
        for (Practice p : practices) localityCount[p.locality]++;
        takeStock();
    }

    /** Monthly planned cost of acute care for one trust, used by the trust to size its plan. */
    double otherAcuteMonthly() { return otherAcuteBase * demandGrowth; }

    @Override
    public void step(SimState state) {
        HealthEconomy economy = (HealthEconomy) state;
        int m = economy.month();
        referrals = nonElective = aeAttendances = 0;
        premiumReceivedThisMonth = 0;
        prescribing = 0;
        if (m % 12 == 0) startFinancialYear(economy, m);
        allocationThisMonth = allocationYear / 12;
        economy.ledger.pay(economy.nhsEnglandAccount, account, allocationThisMonth);
        schemeRamp = Math.min(1.0, (m + 1) / (double) economy.practiceParams.schemeRampMonths);
        chooseStyle(economy, m);
        takeDecisions(economy);
        if (m > 0 && m % params.monitoring.reviewEveryMonths == 0) reviewReferrals(economy);
        for (Contract c : contracts) if (c.state == ContractState.STANDOFF) ContractRound.negotiate(economy, c);
        investFund(economy, m);
        payFixedLines(economy);
        if (bypassMonthsLeft > 0) bypassMonthsLeft--;
        if (mediaDoubtMonthsLeft > 0) mediaDoubtMonthsLeft--;
        uncertainty = Math.min(1.0, economy.world.abolitionTalk + (mediaDoubtMonthsLeft > 0 ? 0.5 : 0));
    }

    private void startFinancialYear(HealthEconomy economy, int m) {
        yearIndex = m / 12;
        double g = params.finance.demandGrowthPct / 100;
        demandGrowth = Math.pow(1 + g, yearIndex + 1);
        if (yearIndex > 0) allocationYear *= 1 + params.finance.allocationGrowthPct / 100;
        double setAside = (params.finance.surplusPct + params.finance.transformationFundPct + params.finance.contingencyPct) / 100;
        forecastMonthly = yearIndex == 0 ? baseMonthlyCounterfactual * (1 + g) : recurrentSpendLastYear / 12 * (1 + g);
        qippRequired = Math.max(0, 12 * forecastMonthly - allocationYear * (1 - setAside));
        // the managers' share of QIPP comes from contract prices and other lines, as a share of forecast spend
        efficiency = Math.min(0.15, params.finance.managementQippShare * qippRequired / (12 * forecastMonthly));
        otherLinesIndex *= 1 - efficiency;
        fundMonthly = params.fund.use == FundUse.NONE ? 0
                : params.finance.transformationFundPct / 100 * params.fund.available * allocationYear / 12;

        recurrentSpendLastYear = 0;
        qippDeliveredYtd = 0;
        planProfileToDate = 0;
        allocationYtd = incomeYtd = spendYtd = recurrentSpendYtd = 0;
        cqcBreachThisYear = false;
        mrsaThisYear = 0;
        deliverySumThisYear = 0;
        monthsThisYear = 0;
        nonElectiveLastYear = yearIndex == 0 ? Math.round(expectedNonElectiveBase * demandGrowth) : nonElectiveThisYear;
        nonElectiveThisYear = 0;

        // last year's premium arrives now
        premiumToSpendMonthly = 0;
        incentive = 0;
        if (premiumPendingPayment > 0) {
            economy.ledger.pay(economy.nhsEnglandAccount, account, premiumPendingPayment);
            premiumReceivedThisMonth = premiumPendingPayment;
            premiumToSpendMonthly = premiumPendingPayment / 12;
            if (params.qualityPremium.use == PremiumUse.PRACTICES) {
                double perHead = premiumPendingPayment / population;
                incentive = Math.min(1.5, perHead / params.qualityPremium.incentiveFullEffectPerHead);
                if (economy.random.nextBoolean(params.qualityPremium.mediaStoryChance)) {
                    mediaDoubtMonthsLeft = params.qualityPremium.mediaStoryMonths;
                    economy.log(this, "press", "media_story",
                            "Quality premium handed to GP practices makes the news");
                }
            }
            premiumPendingPayment = 0;
        }
        economy.contractRound(this, m);
    }

    private void chooseStyle(HealthEconomy economy, int m) {
        ManagementStyle style = params.management.style;
        double share;
        switch (style) {
            case DIRECTIVE: share = 1; break;
            case MIX: share = params.management.mix; break;
            case ADAPTIVE: share = adaptiveShare(economy, m); break;
            default: share = 0;
        }
        if (style != ManagementStyle.ADAPTIVE && adaptiveReverted) adaptiveReverted = false;
        if (directionMonthsLeft > 0) {
            share = Math.max(share, directionStrength);
            directionMonthsLeft--;
        }
        directiveShare = share;
        double visibility = Math.min(1.0, params.management.leaderSessionsPerWeek / 3.0)
                * (params.management.accountableOfficer == AccountableOfficer.GP ? 1.0 : 0.85);
        // even a directive CCG keeps some visible engagement (half of its effort)
        engagementEffort = (1 - 0.5 * share) * params.management.engagementEffort * visibility;
        directivePressure = share;
    }

    /** Adaptive: engage, but revert to directive for a review period whenever QIPP lags the threshold. */
    private double adaptiveShare(HealthEconomy economy, int m) {
        if (adaptiveMonthsLeft > 0) adaptiveMonthsLeft--;
        boolean lagging = monthsThisYear >= 2 && qippDeliveredYtd < params.management.adaptiveThreshold * qippPlanToDate();
        if (!adaptiveReverted && lagging) {
            adaptiveReverted = true;
            adaptiveMonthsLeft = params.management.adaptiveReviewMonths;
            economy.log(this, "ccg", "style_switch", "QIPP lagging plan: the CCG turns directive");
        } else if (adaptiveReverted && adaptiveMonthsLeft == 0) {
            if (lagging) {
                adaptiveMonthsLeft = params.management.adaptiveReviewMonths;
            } else {
                adaptiveReverted = false;
                economy.log(this, "ccg", "style_switch", "QIPP back on plan: the CCG returns to engagement");
            }
        }
        return adaptiveReverted ? 1 : 0;
    }

    /** Decisions this month: those touching primary care are put to practices or taken over their heads. */
    private void takeDecisions(HealthEconomy economy) {
        consultedDecisions = 0;
        unconsultedDecisions = 0;
        int decisions = Poisson.sample(economy.random, params.consultation.decisionsPerMonth);
        double lag = params.consultation.mode == ConsultationMode.LOCALITY
                ? params.consultation.localityLagMonths : params.consultation.virtualLagMonths;
        double delayMonths = 0;
        for (int i = 0; i < decisions; i++) {
            if (!economy.random.nextBoolean(params.consultation.primaryCareShare)) continue;
            // a directive CCG consults less
            if (economy.random.nextBoolean(params.consultation.share * (1 - directiveShare))) {
                consultedDecisions++;
                delayMonths += lag;
            } else {
                unconsultedDecisions++;
            }
        }
        // partners' impatience with slow decisions decays by a fifth each month
        partnerImpatience = 0.8 * partnerImpatience + delayMonths;
    }

    /**
     * The CCG takes stock of its members once a month, after they have acted: sums of engagement,
     * delivery and compliance, the mean engagement of each locality (which pulls practices towards
     * their peers next month), and what the leaders believe. One pass over the practices serves all.
     */
    void takeStock() {
        java.util.Arrays.fill(localitySum, 0);
        double e = 0, squares = 0, d = 0, c = 0;
        for (Practice p : practices) {
            double x = p.engagement;
            e += x;
            squares += x * x;
            d += p.delivery;
            c += p.compliance;
            localitySum[p.locality] += x;
        }
        engagementSum = e;
        deliverySum = d;
        complianceSum = c;
        for (int l = 0; l < localityMean.length; l++) {
            localityMean[l] = localityCount[l] == 0 ? 0 : localitySum[l] / localityCount[l];
        }
        perceivedEngagement = perceive(e, squares);
    }

    /**
     * Leaders hear mostly from the practices involved in the CCG, which are the engaged ones: their
     * view is the engagement-weighted mean, plus some optimism of their own (seed 001).
     */
    private double perceive(double sum, double sumSquares) {
        double heard = sum > 0 ? sumSquares / sum : 0;
        return Math.min(1.0, heard + params.management.leaderOptimism * (1 - heard));
    }

    /** Quarterly look at referral rates: over-referrers get peer comparison or go to the Area Team. */
    private void reviewReferrals(HealthEconomy economy) {
        double totalReferrals = 0;
        for (Practice p : practices) totalReferrals += p.referralsSinceReview;
        double meanRate = totalReferrals / population;
        if (meanRate <= 0) return;
        for (Practice p : practices) {
            double ratio = p.referralsSinceReview / (double) p.listSize / meanRate;
            p.overReferrer = ratio > params.monitoring.overReferralRatio;
            if (p.overReferrer && p.remedialMonthsLeft == 0) {
                if (params.monitoring.escalation == Escalation.AREA_TEAM) {
                    areaTeam.escalate(economy, p);
                } else {
                    p.referralMultiplier /= 1 + params.monitoring.peerEffect * (ratio - 1);
                }
            }
            p.referralsSinceReview = 0;
        }
    }

    private void investFund(HealthEconomy economy, int m) {
        FundParams f = params.fund;
        fundSpentThisMonth = fundMonthly;
        if (fundMonthly > 0) {
            int to;
            switch (f.use) {
                case PRIMARY_CARE: to = economy.practicesAccount; break;
                case COMMUNITY: to = economy.communityAccount; break;
                case SOCIAL_CARE: to = economy.socialCareAccount; break;
                default: to = -1;
            }
            if (to >= 0) {
                economy.ledger.pay(account, to, fundMonthly);
            } else { // the acute trusts get it, by share
                for (Contract c : contracts) {
                    economy.ledger.pay(account, c.trust.account, fundMonthly * c.share);
                    c.trust.fundReceivedThisMonth += fundMonthly * c.share;
                }
            }
        }
        investmentPerHeadByMonth[Math.min(m, investmentPerHeadByMonth.length - 1)] = 12 * fundMonthly / population;
        double lagged = m >= f.lagMonths ? investmentPerHeadByMonth[m - f.lagMonths] : 0;
        double recent = m >= 1 ? investmentPerHeadByMonth[m - 1] : 0;
        double laggedEffect = 1 - Math.pow(0.5, lagged / f.halfEffectPerHead);
        double recentEffect = 1 - Math.pow(0.5, recent / f.halfEffectPerHead);
        referralCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityReferralCut * laggedEffect : 0;
        followUpCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityFollowUpCut * laggedEffect : 0;
        nonElectiveCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityNonElectiveCut * laggedEffect
                : f.use == FundUse.SOCIAL_CARE ? f.socialCareNonElectiveCut * laggedEffect : 0;
        stayCutFromInvestment = f.use == FundUse.SOCIAL_CARE ? f.socialCareStayCut * laggedEffect : 0;
        // primary-care money relieves workload from the following month
        primaryCareInvestment = f.use == FundUse.PRIMARY_CARE ? recentEffect : 0;
        workloadRelief = f.primaryCareWorkloadRelief * primaryCareInvestment;
    }

    /** Other providers, running costs, acute care not driven by practices, and premium-funded programmes. */
    private void payFixedLines(HealthEconomy economy) {
        double otherProviders = (fixedLinesBase - runningCostsMonthly) * demandGrowth * otherLinesIndex;
        economy.ledger.pay(account, economy.otherProvidersAccount, otherProviders);
        economy.ledger.pay(account, economy.runningCostsAccount, runningCostsMonthly);
        if (premiumToSpendMonthly > 0) {
            int to = params.qualityPremium.use == PremiumUse.PRACTICES ? economy.practicesAccount : economy.otherProvidersAccount;
            economy.ledger.pay(account, to, premiumToSpendMonthly);
        }
    }

    void recordPractice(Practice p) {
        referrals += p.referrals;
        nonElective += p.nonElective;
        aeAttendances += p.aeAttendances;
        prescribing += p.prescribingCost;
    }

    /** Books close for the month: prescribing is paid, QIPP and surplus updated, metrics recorded. */
    void endMonth(HealthEconomy economy, int m) {
        economy.ledger.pay(account, economy.prescribingAccount, prescribing);
        double income = economy.ledger.paidIn(account);
        double allocationMonth = allocationThisMonth;
        // refunds (a stand-off settled below what was paid) count as negative spend
        double spend = economy.ledger.paidOut(account) - (income - allocationMonth - premiumReceivedThisMonth);
        double nonRecurrent = fundSpentThisMonth + premiumToSpendMonthly;
        double recurrent = spend - nonRecurrent;
        allocationYtd += allocationMonth;
        incomeYtd += allocationMonth + premiumReceivedThisMonth;
        spendYtd += spend;
        recurrentSpendYtd += recurrent;
        recurrentSpendLastYear += recurrent;
        qippDeliveredYtd += forecastMonthly - recurrent;
        planProfileToDate += planShareOfMonth(economy, m);
        nonElectiveThisYear += nonElective;
        monthsThisYear++;
        takeStock();
        deliverySumThisYear += deliverySum / practices.length;
        for (Contract c : contracts) mrsaThisYear += c.mrsaCases;
        month.record(economy, this, m, allocationMonth, spend);
        if (m % 12 == 11) assessQualityPremium(economy);
        month.qualityPremium = (m % 12 == 11) ? premiumAwarded : 0;
        atInterventionsThisMonth = 0;
    }

    private double premiumReceivedThisMonth;
    private double allocationThisMonth;

    /** Planned QIPP to date: the year's requirement spread evenly over its months. */
    double qippPlanToDate() {
        return qippRequired * planProfileToDate;
    }

    /**
     * Share of the year's QIPP planned by the end of this month: even, except in year one, when
     * the plan follows the schemes' ramp-up (a new CCG cannot save from its first day).
     */
    private double planShareOfMonth(HealthEconomy economy, int m) {
        if (m >= 12) return 1.0 / 12;
        int ramp = economy.practiceParams.schemeRampMonths;
        double total = 0;
        for (int k = 0; k < 12; k++) total += Math.min(1.0, (k + 1) / (double) ramp);
        return Math.min(1.0, (m + 1) / (double) ramp) / total;
    }

    /**
     * Year end: the quality premium is earned only with financial balance and no serious CQC breach
     * at a provider; each MRSA case cuts 12.5% of the potential; indicators decide the rest (seed 003).
     */
    private void assessQualityPremium(HealthEconomy economy) {
        var qp = params.qualityPremium;
        double potential = qp.potentialPerHead * population;
        boolean balance = incomeYtd - spendYtd >= 0;
        if (!balance || cqcBreachThisYear) {
            premiumAwarded = 0;
            economy.log(this, "nhs-england", "quality_premium_award",
                    "No quality premium: " + (!balance ? "financial balance missed" : "serious CQC breach at a provider")
                            + "; potential £" + Math.round(potential));
        } else {
            boolean emergencyMet = nonElectiveThisYear < nonElectiveLastYear;
            long waiting = 0, over = 0;
            for (Contract c : contracts) { waiting += c.waitingList.waiting(); over += c.waitingList.overEighteenWeeks(); }
            boolean waitingMet = waiting == 0 || over <= 0.1 * waiting;
            double meanDelivery = deliverySumThisYear / Math.max(1, monthsThisYear);
            double score = (emergencyMet ? qp.emergencyWeight : 0) + qp.localWeight * meanDelivery
                    + (waitingMet ? qp.waitingWeight : 0);
            double mrsaFactor = QualityPremium.mrsaFactor(mrsaThisYear, qp.mrsaCutPct);
            premiumAwarded = QualityPremium.award(potential, Math.min(1, score), mrsaFactor);
            StringBuilder detail = new StringBuilder("Quality premium £").append(Math.round(premiumAwarded))
                    .append("; potential £").append(Math.round(potential));
            if (!emergencyMet) detail.append("; emergency admissions not down -").append(fmt1(100 * qp.emergencyWeight)).append('%');
            detail.append("; local indicators partly met -").append(fmt1(100 * qp.localWeight * (1 - meanDelivery))).append('%');
            if (!waitingMet) detail.append("; 18 weeks missed -").append(fmt1(100 * qp.waitingWeight)).append('%');
            if (mrsaThisYear > 0) detail.append("; MRSA ").append(mrsaThisYear).append(" cases -")
                    .append(fmt1(Math.min(100, mrsaThisYear * qp.mrsaCutPct))).append('%');
            economy.log(this, "nhs-england", "quality_premium_award", detail.toString());
        }
        premiumPendingPayment = premiumAwarded;
    }

    private static String fmt1(double x) {
        return Long.toString(Math.round(x * 10) / 10) + (Math.round(x * 10) % 10 == 0 ? "" : "." + Math.abs(Math.round(x * 10) % 10));
    }

    /** Directions from the Area Team force directive management for a while. */
    void receiveDirections(double strength, int months) {
        directionStrength = strength;
        directionMonthsLeft = months;
    }

    // Inspector properties
    public String getName() { return params.name; }
    public String getId() { return params.id; }
    public int getPopulation() { return population; }
    public double getDirectiveShare() { return directiveShare; }
    public double getEngagementEffort() { return engagementEffort; }
    public double getPerceivedEngagement() { return perceivedEngagement; }
    public double getQippRequired() { return qippRequired; }
    public double getQippDeliveredYearToDate() { return qippDeliveredYtd; }
    public double getSurplusYearToDate() { return incomeYtd - spendYtd; }
    public double getAllocation() { return allocationYear; }
    public boolean getUnderDirections() { return directionMonthsLeft > 0; }
    public double getQualityPremiumAwarded() { return premiumAwarded; }
    public String getManagementStyle() { return params.management.style.yamlName(); }
    public Practice[] practices() { return practices; }
    public Contract[] contracts() { return contracts; }
    public AreaTeam areaTeam() { return areaTeam; }

    @Override public String toString() { return params.name; }
}
