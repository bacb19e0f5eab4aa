package org.ccgsim.model;

import org.ccgsim.scenario.FundParams;
import org.ccgsim.scenario.FundUse;

/**
 * A CCG's 2% transformation fund (ODD section "Transformation fund"; seed 003, 5 May): how much of
 * it exists, where it goes each month, and the effects of the money after a lag: community
 * services cut referrals, follow-ups and emergency admissions; social care cuts emergency
 * admissions and stays; primary care relieves workload and lifts engagement. Money put into
 * community services is also, at once, the CCG's commitment to redesign planned care with its
 * hospitals (what their joint working builds on).
 */
final class TransformationFund implements java.io.Serializable {
    private static final long serialVersionUID = 2L; // 2: the commitment reads a year of spending (a run saved before cannot be opened)

    private final Ccg ccg;

    double spentThisMonth;
    /** The part of the 2% set-aside that does not exist as a fund: already committed to other providers' legacy costs, £/month. */
    double committedMonthly;
    private final double[] investmentPerHeadByMonth = new double[600];
    /** The last twelve months' fund spending and what was planned for them, £ (ring buffers, by month mod 12). */
    private final double[] spentLastYear = new double[12], plannedLastYear = new double[12];

    TransformationFund(Ccg ccg) {
        this.ccg = ccg;
    }

    /** April: this year's monthly spend, from the allocation and the share of the 2% that really exists. */
    void startYear() {
        var p = ccg.params;
        double setAside = p.finance.transformationFundPct / 100 * ccg.finance.allocationYear / 12;
        ccg.fundMonthly = p.fund.use == FundUse.NONE ? 0 : p.fund.available * setAside;
        // a fund that "may not exist" (seed 003) is money the CCG cannot free: it goes on commitments it
        // inherited, not into the surplus
        committedMonthly = p.fund.use == FundUse.NONE ? 0 : (1 - p.fund.available) * setAside;
    }

    void invest(HealthEconomy economy, int m) {
        FundParams f = ccg.params.fund;
        double monthly = ccg.finance.fundToSpend(ccg.fundMonthly); // in-year recovery may hold some back
        spentThisMonth = monthly;
        if (committedMonthly > 0) economy.ledger.pay(ccg.account, economy.otherProvidersAccount, committedMonthly);
        if (monthly > 0) {
            int to;
            switch (f.use) {
                case PRIMARY_CARE: to = economy.practicesAccount; break;
                case COMMUNITY: to = economy.communityAccount; break;
                case SOCIAL_CARE: to = economy.socialCareAccount; break;
                default: to = -1;
            }
            if (to >= 0) {
                economy.ledger.pay(ccg.account, to, monthly);
            } else { // the acute trusts get it, by share
                for (Contract c : ccg.contracts) {
                    economy.ledger.pay(ccg.account, c.trust.account, monthly * c.share);
                    c.trust.fundReceivedThisMonth += monthly * c.share;
                }
            }
        }
        investmentPerHeadByMonth[Math.min(m, investmentPerHeadByMonth.length - 1)] = 12 * monthly / ccg.population;
        double lagged = m >= f.lagMonths ? investmentPerHeadByMonth[m - f.lagMonths] : 0;
        double recent = m >= 1 ? investmentPerHeadByMonth[m - 1] : 0;
        double laggedEffect = 1 - Math.pow(0.5, lagged / f.halfEffectPerHead);
        double recentEffect = 1 - Math.pow(0.5, recent / f.halfEffectPerHead);
        ccg.referralCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityReferralCut * laggedEffect : 0;
        ccg.followUpCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityFollowUpCut * laggedEffect : 0;
        ccg.nonElectiveCutFromInvestment = f.use == FundUse.COMMUNITY ? f.communityNonElectiveCut * laggedEffect
                : f.use == FundUse.SOCIAL_CARE ? f.socialCareNonElectiveCut * laggedEffect : 0;
        // the commitment to redesign is made when the money is committed, not when the services it buys take effect;
        // the hospital's clinicians judge it by a year's record, so a few months' hold wears it down rather than ending it
        spentLastYear[m % 12] = monthly;
        plannedLastYear[m % 12] = ccg.fundMonthly;
        double spent = 0, planned = 0;
        for (int k = 0; k < 12; k++) {
            spent += spentLastYear[k];
            planned += plannedLastYear[k];
        }
        ccg.redesignCommitment = f.use == FundUse.COMMUNITY && planned > 0 ? Math.min(1.0, spent / planned) : 0;
        ccg.stayCutFromInvestment = f.use == FundUse.SOCIAL_CARE ? f.socialCareStayCut * laggedEffect : 0;
        // primary-care money relieves workload from the following month
        ccg.primaryCareInvestment = f.use == FundUse.PRIMARY_CARE ? recentEffect : 0;
        ccg.workloadRelief = f.primaryCareWorkloadRelief * ccg.primaryCareInvestment;
    }
}
