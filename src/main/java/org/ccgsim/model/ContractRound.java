package org.ccgsim.model;

import org.ccgsim.scenario.ContractParams;

/**
 * The annual contract round and stand-offs (seed 000; seed 003, 5 May). Each April the CCG offers
 * a price index with this year's efficiency taken off; a trust whose income fell short of plan asks
 * for last year's price plus a share of the 2% fund. A gap above tolerance is a stand-off: the trust
 * is paid on the CCG's offer, both sides concede part of the gap each month, and the Area Team
 * arbitrates at the configured month. Settlement trues up what was paid in the meantime.
 */
public final class ContractRound {
    private ContractRound() {}

    static void open(HealthEconomy economy, Contract c, int m) {
        Ccg ccg = c.ccg;
        ContractParams p = ccg.params.contracts;
        double forecast = forecastTariffValue(economy, c, m);
        if (m == 0) {
            c.ccgOfferIndex = ccg.contracting.offerIndex(c, forecast);
            c.trustAskIndex = c.ccgOfferIndex * (1 + p.inheritedGapPct / 100);
            if (p.refuseInherited) {
                startStandoff(economy, c, forecast, "The CCG refuses the contract inherited from the PCT");
            } else {
                c.state = ContractState.INHERITED;
                c.priceIndex = c.trustAskIndex;
                c.planIncome = forecast * c.priceIndex;
                ccg.contracting.agreedAtIndex(c, c.priceIndex);
            }
            return;
        }
        if (c.state == ContractState.STANDOFF) { // last year's dispute is still open: the plan rolls on
            c.planIncome = forecast * c.trustAskIndex;
            return;
        }
        c.ccgOfferIndex = ccg.contracting.offerIndex(c, forecast);
        if (c.trust.resistedThisYear) {
            double fundShare = c.trust.params.fundShareAsk * ccg.fundMonthly * 12 * c.share / Math.max(1, forecast);
            c.trustAskIndex = c.priceIndex * (1 + fundShare);
        } else {
            c.trustAskIndex = c.ccgOfferIndex;
        }
        if (gapPct(c) <= p.agreementTolerancePct) {
            c.state = ContractState.SIGNED;
            c.priceIndex = 0.5 * (c.ccgOfferIndex + c.trustAskIndex);
            c.planIncome = forecast * c.priceIndex;
            ccg.contracting.agreedAtIndex(c, c.priceIndex);
        } else {
            startStandoff(economy, c, forecast, "No agreement on the annual contract: the trust wants its income protected");
        }
    }

    private static void startStandoff(HealthEconomy economy, Contract c, double forecast, String why) {
        c.state = ContractState.STANDOFF;
        c.standoffMonths = 0;
        c.standoffTariffValue = 0;
        c.standoffPaid = 0;
        c.planIncome = forecast * c.trustAskIndex; // the trust plans on its ask
        economy.log(c.ccg, c.trust.params.id, "standoff_opened",
                why + " (" + c.trust.params.name + ", gap " + oneDecimal(gapPct(c)) + "%)");
    }

    /** One month of a stand-off: each side gives ground; a CCG bypassed by its Area Team gives more. */
    static void negotiate(HealthEconomy economy, Contract c) {
        ContractParams p = c.ccg.params.contracts;
        double gap = c.trustAskIndex - c.ccgOfferIndex;
        double conceded = gap * p.concessionRate * (0.5 + economy.random.nextDouble());
        double ccgPart = c.ccg.bypassMonthsLeft > 0 ? p.ccgConcessionShareBypassed : p.ccgConcessionShare;
        c.ccgOfferIndex += conceded * ccgPart;
        c.trustAskIndex -= conceded * (1 - ccgPart);
        if (gapPct(c) <= p.agreementTolerancePct) {
            settle(economy, c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), ContractState.SIGNED,
                    "Stand-off with " + c.trust.params.name + " ends in agreement after " + c.standoffMonths + " month(s)");
        }
    }

    /** The Area Team splits the difference. */
    static void arbitrate(HealthEconomy economy, Contract c) {
        settle(economy, c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), ContractState.ARBITRATED,
                "Area Team arbitrates the stand-off with " + c.trust.params.name + " after " + c.standoffMonths + " month(s)");
    }

    private static void settle(HealthEconomy economy, Contract c, double index, ContractState state, String detail) {
        double due;
        if (c.ccg.params.contracts.type == org.ccgsim.scenario.ContractType.BLOCK) {
            due = c.planIncome / c.trustAskIndex * index / 12 * c.standoffMonths;
        } else {
            due = c.standoffTariffValue * index;
        }
        double trueUp = due - c.standoffPaid;
        economy.ledger.pay(c.ccg.account, c.trust.account, trueUp);
        c.payment += trueUp;
        c.trust.trueUpThisMonth += trueUp;
        c.planIncome = c.planIncome / c.trustAskIndex * index;
        c.priceIndex = index;
        c.state = state;
        c.ccg.contracting.agreedAtIndex(c, index);
        economy.log(c.ccg, state == ContractState.ARBITRATED ? "area-team" : c.trust.params.id,
                state == ContractState.ARBITRATED ? "arbitration" : "agreement", detail);
    }

    static double gapPct(Contract c) {
        return 100.0 * (c.trustAskIndex - c.ccgOfferIndex) / c.ccgOfferIndex;
    }

    /** Expected tariff value of a year's activity on this contract: last year's, grown by demand. */
    static double forecastTariffValue(HealthEconomy economy, Contract c, int m) {
        if (m == 0 || c.tariffValueLastYear <= 0) return c.trust.initialTariffValue(c) * 12 * c.ccg.demandGrowth;
        return c.tariffValueLastYear * (1 + c.ccg.params.finance.demandGrowthPct / 100);
    }

    static String oneDecimal(double x) {
        long tenths = Math.round(x * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
