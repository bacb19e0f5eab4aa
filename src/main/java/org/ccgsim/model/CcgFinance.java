package org.ccgsim.model;

import org.ccgsim.scenario.FinanceParams;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.TariffParams;

/**
 * A CCG's money (ODD section "CCG finance"; seed 003, 24 March): the allocation, the forecast of
 * recurrent spend, the QIPP requirement that closes the gap after the 3.5% set-aside, the fixed
 * lines it pays each month and the books it closes at month end. Money in £.
 */
final class CcgFinance implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;

    double allocationYear;
    private double baseMonthlyCounterfactual; // 2012/13 run rate of the PCT: allocation x (1 + inherited deficit) / 12
    private double fixedLinesBase;            // other providers and running costs at 2012/13 prices, per month
    private double otherAcuteBase;            // acute care not driven by practices, per month
    double runningCostsMonthly;
    private double referenceRunningCostsMonthly; // running costs at the reference allowance: what the 2012/13 run rate held
    double otherLinesIndex = 1;               // other providers' line against its 2012/13 run rate grown by demand
    double otherMeasuresSought;               // £/year sought from other providers this year
    double otherMeasuresAgreed;               // £/year of it achieved
    double costPressure;                      // £/year of unplanned recurrent cost pressure arising this year
    double surplusLastYear;
    double deficitToRecover;                  // last year's deficit, added to this year's plan
    double fundSpentThisYear;                 // £ of transformation fund spent so far this financial year
    double fundCommittedMonthly;              // £/month of the fund running schemes carried over from last year: recovery cannot hold it
    double contractRisk;                      // £/year held against trusts' asks above tariff: the expected settlement over the offer
    double headroomReinvested;                // £/year committed to service developments when the gap is below the minimum plan
    int monthsClosed;
    double qippRequired;
    double forecastMonthly;
    double qippDeliveredYtd;
    double planProfileToDate;
    double allocationYtd;
    double incomeYtd;
    double spendYtd;
    double recurrentSpendYtd;
    double recurrentSpendLastYear;
    double recurrentSpendSecondHalf;          // October to March: the run rate the next year's forecast starts from
    double premiumReceivedThisMonth;
    double allocationThisMonth;

    CcgFinance(Ccg ccg) {
        this.ccg = ccg;
    }

    /** Sizes the fixed lines so that month 0 runs at the PCT's 2012/13 rate; an allocation that cannot pay is bad input. */
    void initialise(HealthEconomy economy) {
        FinanceParams f = ccg.params.finance;
        TariffParams t = economy.tariff;
        double referralCost = t.referralCost();
        double practiceDriven = 0;
        double prescribingBase = 0;
        for (Practice p : ccg.practices) {
            double k = p.listSize / 1000.0;
            practiceDriven += k * (economy.practiceParams.referralsPer1000 * p.referralMultiplier * referralCost
                    + economy.practiceParams.nonElectivePer1000 * t.nonElectiveSpell
                    + economy.practiceParams.aePer1000 * t.aeAttendance);
            prescribingBase += economy.practiceParams.prescribingPerHead * p.listSize;
        }
        allocationYear = f.allocation;
        otherAcuteBase = f.otherAcuteShare * allocationYear / 12;
        baseMonthlyCounterfactual = allocationYear * (1 + f.inheritedDeficitPct / 100) / 12;
        fixedLinesBase = baseMonthlyCounterfactual - practiceDriven - prescribingBase - otherAcuteBase;
        runningCostsMonthly = f.managementAllowancePerHead * ccg.population / 12;
        referenceRunningCostsMonthly = f.referenceAllowancePerHead * ccg.population / 12;
        if (fixedLinesBase < referenceRunningCostsMonthly) {
            double needed = 12 * (practiceDriven + prescribingBase + referenceRunningCostsMonthly)
                    / (1 + f.inheritedDeficitPct / 100 - f.otherAcuteShare);
            throw new InfeasibleEconomyException(String.format(java.util.Locale.ROOT, "CCG %s: its allocation of £%,.0f a year cannot pay "
                    + "for the hospital activity, prescribing and running costs of its %,d registered patients; it needs at least about "
                    + "£%,.0f (raise finance.allocation, or lower practices or listSizeMean)", ccg.params.id, allocationYear, ccg.population,
                    Math.ceil(needed / 1e6) * 1e6));
        }
    }

    /** Acute care not driven by practices, per month at the year's mean demand: what plans and contracts use. */
    double otherAcuteMonthly() { return otherAcuteBase * ccg.demandGrowth; }

    /** The same line this month, as demand has grown by now: what is billed. */
    double otherAcuteThisMonth() { return otherAcuteBase * ccg.demandThisMonth; }

    /**
     * This month's share of a year's demand-driven spend, relative to the year's mean month: demand grows month by month,
     * so a finance director profiles the year's forecast by it (sums to 12 over a year, to within rounding of the growth).
     */
    private double growthProfile(int monthOfYear) {
        return ccg.demandProfile[monthOfYear];
    }

    void startMonth() {
        premiumReceivedThisMonth = 0;
    }

    /**
     * April: the allocation grows, spend is forecast from last year's recurrent run rate, and QIPP
     * closes the gap to the set-aside, plus any deficit left last year (it carries into this year's
     * plan). The part of the plan sought from other providers is negotiated now: a CCG achieves a
     * random share of it, scaled by its management capacity; unplanned cost pressures arise too.
     * The parts sought from practices' schemes and from trusts (see {@link CcgContracts}) are
     * delivered, or not, by the practices and the contract round.
     */
    void startYear(HealthEconomy economy, int yearIndex) {
        FinanceParams f = ccg.params.finance;
        double g = f.demandGrowthPct / 100;
        surplusLastYear = yearIndex == 0 ? 0 : surplusYtd();
        deficitToRecover = Math.max(0, -surplusLastYear);
        if (yearIndex > 0) {
            allocationYear *= 1 + f.allocationGrowthPct / 100;
            otherLinesIndex *= 1 + f.otherLinesInflationPct / 100;
        }
        runningCostsMonthly = f.managementAllowancePerHead * ccg.population / 12;
        // the schemes last year's fund started run on (staff hired, services contracted); a new CCG has none
        fundCommittedMonthly = yearIndex == 0 ? 0 : f.fundCommittedShare * fundSpentThisYear / 12;
        fundSpentThisYear = 0;
        double setAside = (f.surplusPct + f.transformationFundPct + f.contingencyPct) / 100;
        // after year one the forecast starts from the run rate of the last six months, so savings made
        // part way through last year count once (a whole-year average would count them again as new QIPP); that run
        // rate was paid at the demand of last January, three quarters of a year's growth before this year's mean month
        forecastMonthly = yearIndex == 0 ? baseMonthlyCounterfactual * (1 + g) : recurrentSpendSecondHalf / 6 * Math.pow(1 + g, 0.75);
        // the year's price inflation on the other providers is known in April: it is in the forecast
        double i = f.otherLinesInflationPct / 100;
        if (yearIndex > 0) forecastMonthly += otherProvidersMonthly() * i / (1 + i);
        // last year's contract measures lapse with last year's contracts: the run rate was paid at their
        // agreed prices, this year's contracts start again from tariff
        if (yearIndex > 0) forecastMonthly += lapsingContractMeasures(economy, yearIndex) / 12;
        contractRisk = yearIndex == 0 ? 0 : f.contractRiskPlanning * expectedSettlementAboveTariff(economy, yearIndex);
        double gap = 12 * forecastMonthly - allocationYear * (1 - setAside) + deficitToRecover + contractRisk;
        double minimum = f.minimumQippPct / 100 * allocationYear;
        double otherLineYear = 12 * otherProvidersMonthly();
        headroomReinvested = 0;
        if (gap < minimum && otherLineYear > 0) {
            // a CCG does not plan to under-spend: headroom beyond the minimum plan is committed to
            // service developments with its other providers, recurrently
            headroomReinvested = minimum - Math.max(0, gap);
            forecastMonthly += headroomReinvested / 12;
            otherLinesIndex *= 1 + headroomReinvested / otherLineYear;
            otherLineYear += headroomReinvested;
        }
        qippRequired = Math.max(gap, minimum);

        double capacity = ccg.managementCapacity();
        otherMeasuresSought = Math.min(0.5 * otherLineYear, f.otherMeasuresShare * qippRequired * capacity);
        double achieved = Practice.clamp01(capacity * (f.otherMeasuresAchieved + f.otherMeasuresAchievedSd * ccg.random.finance().nextGaussian()));
        // the other providers' contracts hold a limited pool of savings each year: a larger ask (a CCG whose acute
        // spend has grown) finds less and less of it, rather than the same share of a larger plan
        double opportunity = f.otherMeasuresOpportunityPct / 100 * otherLineYear;
        otherMeasuresAgreed = opportunity > 0 ? achieved * opportunity * -Math.expm1(-otherMeasuresSought / opportunity) : 0;
        costPressure = Math.max(0, f.costPressurePct + f.costPressureSdPct * ccg.random.finance().nextGaussian()) / 100 * allocationYear;
        if (otherLineYear > 0) otherLinesIndex *= 1 + (costPressure - otherMeasuresAgreed) / otherLineYear;
    }

    /**
     * What the CCG expects to pay its trusts this year above tariff, £/year: a trust whose plan needs more
     * than tariff asks for it, and a stand-off's arbitration splits the difference, so the CCG plans on
     * half of each trust's ask above tariff (published in its plan in March) on this year's forecast activity.
     */
    private double expectedSettlementAboveTariff(HealthEconomy economy, int yearIndex) {
        double prices = economy.tariff.priceIndex(yearIndex);
        double risk = 0;
        for (Contract c : ccg.contracts) {
            double ask = Math.min(1 + c.trust.params.maxAskAboveTariffPct / 100, c.trust.needIndex);
            risk += 0.5 * Math.max(0, ask - 1) * ContractRound.forecastTariffValue(economy, c, 12 * yearIndex) * prices;
        }
        return risk;
    }

    /**
     * What last year's contract measures saved at this year's forecast activity, £/year: the run rate the
     * forecast starts from was paid at last year's agreed price index, below tariff by those measures, and
     * they end with the contract (this year's round seeks its own).
     */
    private double lapsingContractMeasures(HealthEconomy economy, int yearIndex) {
        double prices = economy.tariff.priceIndex(yearIndex);
        double lapsing = 0;
        for (Contract c : ccg.contracts) {
            lapsing += Math.max(0, 1 - c.priceIndex) * ContractRound.forecastTariffValue(economy, c, 12 * yearIndex) * prices;
        }
        return lapsing;
    }

    /** The other providers' line this month: 2012/13 run rate less running costs, grown by demand, after measures and pressures. */
    double otherProvidersMonthly() {
        return Math.max(0, (fixedLinesBase - referenceRunningCostsMonthly) * ccg.demandGrowth * otherLinesIndex);
    }

    void resetYear() {
        recurrentSpendLastYear = 0;
        recurrentSpendSecondHalf = 0;
        qippDeliveredYtd = 0;
        planProfileToDate = 0;
        allocationYtd = incomeYtd = spendYtd = recurrentSpendYtd = 0;
        monthsClosed = 0;
    }

    void receiveAllocation(HealthEconomy economy) {
        allocationThisMonth = allocationYear / 12;
        economy.ledger.pay(economy.nhsEnglandAccount, ccg.account, allocationThisMonth);
    }

    /** A quality premium arriving in April counts as income, not as negative spend. */
    void receivePremium(HealthEconomy economy, double amount) {
        economy.ledger.pay(economy.nhsEnglandAccount, ccg.account, amount);
        premiumReceivedThisMonth = amount;
    }

    /**
     * Other providers, running costs, acute care not driven by practices, and premium-funded programmes.
     * Running costs are the CCG's own allowance: above the reference they cost money the run rate did
     * not hold, below it they save it (and capacity goes with them: see {@link Ccg#managementCapacity}).
     */
    void payFixedLines(HealthEconomy economy) {
        // the other providers' activity grows with demand month by month too; the plan reads the year's mean
        economy.ledger.pay(ccg.account, economy.otherProvidersAccount, otherProvidersMonthly() * ccg.demandThisMonth / ccg.demandGrowth);
        economy.ledger.pay(ccg.account, economy.runningCostsAccount, runningCostsMonthly);
        double premiumSpend = ccg.premium.toSpendMonthly;
        if (premiumSpend > 0) {
            int to = ccg.params.qualityPremium.use == PremiumUse.PRACTICES ? economy.practicesAccount : economy.otherProvidersAccount;
            economy.ledger.pay(ccg.account, to, premiumSpend);
        }
    }

    /**
     * Month end: prescribing is paid, and the month's spend (refunds count as negative spend) is split
     * into recurrent and non-recurrent; QIPP delivered is the forecast (profiled by the month's demand) less recurrent spend.
     * Returns the month's spend.
     */
    double closeMonth(HealthEconomy economy, int m, double nonRecurrent) {
        economy.ledger.pay(ccg.account, economy.prescribingAccount, ccg.prescribing);
        double income = economy.ledger.paidIn(ccg.account);
        double allocationMonth = allocationThisMonth;
        double spend = economy.ledger.paidOut(ccg.account) - (income - allocationMonth - premiumReceivedThisMonth);
        double recurrent = spend - nonRecurrent;
        allocationYtd += allocationMonth;
        incomeYtd += allocationMonth + premiumReceivedThisMonth;
        spendYtd += spend;
        recurrentSpendYtd += recurrent;
        recurrentSpendLastYear += recurrent;
        if (m % 12 >= 6) recurrentSpendSecondHalf += recurrent;
        qippDeliveredYtd += forecastMonthly * growthProfile(m % 12) - recurrent;
        planProfileToDate += planShareOfMonth(economy, m);
        monthsClosed++;
        return spend;
    }

    double surplusYtd() { return incomeYtd - spendYtd; }

    /** The year's surplus target: the set-aside surplus share of the allocation. */
    double surplusTargetYear() { return ccg.params.finance.surplusPct / 100 * allocationYear; }

    /**
     * Forecast year-end surplus, as a finance director would make it: the surplus to date, plus the
     * rest of the year's allocation, less the forecast spend of the remaining months, less the rest
     * of the QIPP plan delivered at the rate achieved so far, less the fund and premium spending to come, and the
     * payments on the legacy commitments that take the part of the 2% that does not exist (they are non-recurrent, so the
     * recurrent forecast does not hold them).
     */
    double forecastYearEndSurplus() {
        int left = 12 - monthsClosed;
        double plan = qippPlanToDate();
        double rate = plan > 0 ? Math.max(0, Math.min(ccg.params.finance.forecastQippRateCap, qippDeliveredYtd / plan)) : 1;
        double profileLeft = 0;
        for (int k = monthsClosed; k < 12; k++) profileLeft += growthProfile(k);
        double recurrent = profileLeft * forecastMonthly - rate * qippRequired * Math.max(0, 1 - planProfileToDate);
        double nonRecurrent = left * (ccg.fundMonthly + ccg.fund.committedMonthly + ccg.premium.toSpendMonthly);
        return surplusYtd() + allocationYear * left / 12 - recurrent - nonRecurrent;
    }

    /**
     * In-year recovery: of the fund spending planned for this month ({@code planned}, £), what the CCG
     * spends. Once {@code finance.recoveryFromMonth} months are closed, a finance director whose forecast
     * year-end surplus is below {@code recoveryTargetShare} of the target (0: the duty to break even) holds back uncommitted
     * non-recurrent spend (the fund, less the schemes carried over from last year: {@code finance.fundCommittedShare} of what it spent then) to close {@code finance.inYearRecoveryShare}
     * of the shortfall over the months left; the forecast is made on the full plan, so the hold lifts
     * as soon as the forecast recovers.
     */
    double fundToSpend(double planned) {
        double spend = planned;
        double share = ccg.params.finance.inYearRecoveryShare;
        if (monthsClosed >= Math.max(1, ccg.params.finance.recoveryFromMonth) && share > 0 && planned > 0) {
            // break-even first by default: a missed 1% target alone does not stop investment
            double shortfall = ccg.params.finance.recoveryTargetShare * surplusTargetYear() - forecastYearEndSurplus();
            if (shortfall > 0) {
                int left = Math.max(1, 12 - monthsClosed);
                // only what is not committed to schemes carried over from last year can be held back
                double committed = Math.min(planned, fundCommittedMonthly);
                spend = Math.max(committed, planned * (1 - Math.min(1, share * shortfall / (left * planned))));
            }
        }
        fundSpentThisYear += spend;
        return spend;
    }

    /** Planned QIPP to date: the year's requirement spread over its months. */
    double qippPlanToDate() {
        return qippRequired * planProfileToDate;
    }

    /**
     * Share of the year's QIPP planned by the end of this month: even, except in year one, when the part sought from the
     * practices' schemes follows their ramp-up (a new CCG cannot save from its first day); the parts sought as measures in
     * the trusts' and the other providers' contracts take effect with the contracts, from April, so they are planned evenly.
     */
    private double planShareOfMonth(HealthEconomy economy, int m) {
        if (m >= 12) return 1.0 / 12;
        int ramp = economy.practiceParams.schemeRampMonths;
        double total = 0;
        for (int k = 0; k < 12; k++) total += Math.min(1.0, (k + 1) / (double) ramp);
        double schemes = Math.min(1.0, (m + 1) / (double) ramp) / total;
        double fromContracts = otherMeasuresSought;
        for (Contract c : ccg.contracts) fromContracts += c.measuresSought;
        double schemeShare = qippRequired > 0 ? Practice.clamp01(1 - fromContracts / qippRequired) : 1;
        return schemeShare * schemes + (1 - schemeShare) / 12;
    }
}
