package org.ccgsim.model;

import org.ccgsim.scenario.FinanceParams;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.TariffParams;

/**
 * A CCG's money (ODD section "CCG finance"; seed 003, 24 March): the allocation, the forecast of
 * recurrent spend, the QIPP requirement that closes the gap after the 3.5% set-aside, the fixed
 * lines it pays each month and the books it closes at month end. Money in £.
 */
final class CcgFinance {
    private final Ccg ccg;

    double allocationYear;
    private double baseMonthlyCounterfactual; // 2012/13 run rate of the PCT: allocation x (1 + inherited deficit) / 12
    private double fixedLinesBase;            // other providers and running costs at 2012/13 prices, per month
    private double otherAcuteBase;            // acute care not driven by practices, per month
    private double runningCostsMonthly;
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
    double premiumReceivedThisMonth;
    double allocationThisMonth;

    CcgFinance(Ccg ccg) {
        this.ccg = ccg;
    }

    /** Sizes the fixed lines so that month 0 runs at the PCT's 2012/13 rate; an allocation that cannot pay is bad input. */
    void initialise(HealthEconomy economy) {
        FinanceParams f = ccg.params.finance;
        TariffParams t = economy.tariff;
        double referralCost = t.firstOutpatient + t.electiveConversion * t.electiveSpell + t.followUpsPerFirst * t.followUp;
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
        if (fixedLinesBase < runningCostsMonthly) {
            double needed = 12 * (practiceDriven + prescribingBase + runningCostsMonthly)
                    / (1 + f.inheritedDeficitPct / 100 - f.otherAcuteShare);
            throw new InfeasibleEconomyException(String.format(java.util.Locale.ROOT, "CCG %s: its allocation of £%,.0f a year cannot pay "
                    + "for the hospital activity, prescribing and running costs of its %,d registered patients; it needs at least about "
                    + "£%,.0f (raise finance.allocation, or lower practices or listSizeMean)", ccg.params.id, allocationYear, ccg.population,
                    Math.ceil(needed / 1e6) * 1e6));
        }
    }

    double otherAcuteMonthly() { return otherAcuteBase * ccg.demandGrowth; }

    void startMonth() {
        premiumReceivedThisMonth = 0;
    }

    /** April: the allocation grows, spend is forecast from last year's recurrent run rate, and QIPP closes the gap. */
    void startYear(int yearIndex) {
        FinanceParams f = ccg.params.finance;
        double g = f.demandGrowthPct / 100;
        if (yearIndex > 0) allocationYear *= 1 + f.allocationGrowthPct / 100;
        double setAside = (f.surplusPct + f.transformationFundPct + f.contingencyPct) / 100;
        forecastMonthly = yearIndex == 0 ? baseMonthlyCounterfactual * (1 + g) : recurrentSpendLastYear / 12 * (1 + g);
        qippRequired = Math.max(0, 12 * forecastMonthly - allocationYear * (1 - setAside));
        // the managers' share of QIPP comes from contract prices and other lines, as a share of forecast spend
        ccg.efficiency = Math.min(0.15, f.managementQippShare * qippRequired / (12 * forecastMonthly));
        otherLinesIndex *= 1 - ccg.efficiency;
    }

    void resetYear() {
        recurrentSpendLastYear = 0;
        qippDeliveredYtd = 0;
        planProfileToDate = 0;
        allocationYtd = incomeYtd = spendYtd = recurrentSpendYtd = 0;
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

    /** Other providers, running costs, acute care not driven by practices, and premium-funded programmes. */
    void payFixedLines(HealthEconomy economy) {
        double otherProviders = (fixedLinesBase - runningCostsMonthly) * ccg.demandGrowth * otherLinesIndex;
        economy.ledger.pay(ccg.account, economy.otherProvidersAccount, otherProviders);
        economy.ledger.pay(ccg.account, economy.runningCostsAccount, runningCostsMonthly);
        double premiumSpend = ccg.premium.toSpendMonthly;
        if (premiumSpend > 0) {
            int to = ccg.params.qualityPremium.use == PremiumUse.PRACTICES ? economy.practicesAccount : economy.otherProvidersAccount;
            economy.ledger.pay(ccg.account, to, premiumSpend);
        }
    }

    /**
     * Month end: prescribing is paid, and the month's spend (refunds count as negative spend) is split
     * into recurrent and non-recurrent; QIPP delivered is the forecast less recurrent spend.
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
        qippDeliveredYtd += forecastMonthly - recurrent;
        planProfileToDate += planShareOfMonth(economy, m);
        return spend;
    }

    double surplusYtd() { return incomeYtd - spendYtd; }

    /** Planned QIPP to date: the year's requirement spread over its months. */
    double qippPlanToDate() {
        return qippRequired * planProfileToDate;
    }

    /**
     * Share of the year's QIPP planned by the end of this month: even, except in year one, when
     * the plan follows the schemes' ramp-up (a new CCG cannot save from its first day).
     */
    private static double planShareOfMonth(HealthEconomy economy, int m) {
        if (m >= 12) return 1.0 / 12;
        int ramp = economy.practiceParams.schemeRampMonths;
        double total = 0;
        for (int k = 0; k < 12; k++) total += Math.min(1.0, (k + 1) / (double) ramp);
        return Math.min(1.0, (m + 1) / (double) ramp) / total;
    }
}
