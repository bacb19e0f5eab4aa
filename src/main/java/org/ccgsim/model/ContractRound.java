package org.ccgsim.model;

import org.ccgsim.scenario.ContractParams;
import org.ccgsim.scenario.ContractType;

/**
 * The annual contract round and stand-offs (seed 000; seed 003, 5 and 14 May; ODD 7.7). Every April
 * the CCG offers national tariff less the contract measures of its QIPP plan; the trust asks for
 * what its own plan needs: tariff, or more when its costs have outrun its prices, weighed over all
 * its commissioners (so a CCG moving work out of hospital raises the trust's ask of the others), plus
 * a share of the 2% fund when its income fell short of plan. Both sides bargain in the months before
 * April; a gap still above tolerance is a stand-off if the trust judges it worth one (its expected
 * award against the cost of a dispute, with a random resolve): the trust is paid on the CCG's offer,
 * both sides concede part of the gap each month, and the Area Team arbitrates at the configured
 * month. Settlement trues up what was paid in the meantime. Both remember an arbitration: the next
 * rounds' concessions come faster and another stand-off costs the trust more, a memory that fades.
 */
public final class ContractRound {
    private ContractRound() {}

    static void open(HealthEconomy economy, Contract c, int m) {
        Ccg ccg = c.ccg;
        ContractParams p = ccg.params.contracts;
        int year = m / 12;
        double prices = economy.tariff.priceIndex(year);
        double forecast = forecastTariffValue(economy, c, m) * prices;
        c.measuresSought = Math.max(0, Math.min(0.25 * forecast, ccg.contracting.contractMeasuresSought(c, forecast)));
        c.measuresAgreed = 0;
        if (m == 0) {
            c.ccgOfferIndex = 1 - c.measuresSought / forecast;
            c.trustAskIndex = c.ccgOfferIndex * (1 + p.inheritedGapPct / 100);
            if (p.refuseInherited) {
                startStandoff(economy, c, forecast, "The CCG refuses the contract inherited from the PCT");
            } else {
                c.state = ContractState.INHERITED;
                agree(c, c.trustAskIndex, forecast);
            }
            return;
        }
        if (c.state == ContractState.STANDOFF) { // last year's dispute is still open: the plan rolls on
            c.planIncome = forecast * c.trustAskIndex;
            return;
        }
        c.ccgOfferIndex = forecast > 0 ? 1 - c.measuresSought / forecast : 1;
        // a trust in surplus can absorb measures down to what its plan needs; one in deficit asks above tariff
        double ask = Math.min(1 + c.trust.params.maxAskAboveTariffPct / 100, c.trust.needIndex);
        if (c.trust.resistedThisYear) {
            ask += c.trust.params.fundShareAsk * ccg.fundMonthly * 12 * c.share / Math.max(1, forecast);
        }
        c.trustAskIndex = Math.max(ask, c.ccgOfferIndex);
        // the run-up to April (January to March): both sides give ground, faster when an arbitration is remembered
        c.arbitrationMemory *= 1 - p.arbitrationMemoryFade;
        double readiness = 1 + p.arbitrationMemoryWeight * c.arbitrationMemory;
        for (int k = 0; k < p.preRoundMonths && gapPct(c) > p.agreementTolerancePct; k++) concede(economy, c, readiness);
        if (gapPct(c) <= p.agreementTolerancePct) {
            c.state = ContractState.SIGNED;
            agree(c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), forecast);
        } else if (!trustStandsOff(economy, c, year, readiness)) { // not worth a stand-off to the trust: it takes the offer
            c.state = ContractState.SIGNED;
            agree(c, c.ccgOfferIndex, forecast);
        } else if (ccgSettlesAtMidpoint(economy, c, readiness)) { // the CCG would rather pay the likely award now
            c.state = ContractState.SIGNED;
            agree(c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), forecast);
            if (economy.logging()) economy.log(ccg, c.trust.params.id, "agreement", "Contract with " + c.trust.params.name
                    + " signed late, meeting the trust half way to avoid arbitration");
        } else {
            startStandoff(economy, c, forecast, "No agreement on the annual contract: the trust wants its income protected");
        }
    }

    /**
     * The CCG weighs its true-up risk once the trust threatens a stand-off: an Area Team that splits the
     * difference would award the midpoint anyway, so the CCG meets the trust there unless it expects the
     * Area Team to side with it by more than a stand-off costs it (management time, {@code contracts.ccgStandoffCostPct}
     * of the contract's value, more while an arbitration is remembered). Its expectation of the award varies
     * (a normal spread around the midpoint, as a share of the gap).
     */
    static boolean ccgSettlesAtMidpoint(HealthEconomy economy, Contract c, double readiness) {
        ContractParams p = c.ccg.params.contracts;
        double expectedSaving = p.ccgAwardOptimismSd * c.random.nextGaussian() * gapPct(c);
        return expectedSaving < p.ccgStandoffCostPct * readiness;
    }

    /**
     * The trust weighs a stand-off: the Area Team splits the difference, so it expects to win half the
     * gap on this contract's share of its income; against that, management time and the Area Team's
     * displeasure ({@code trust.standoffCostPct} of its income, more while an arbitration is remembered).
     * Its resolve on the day varies (a lognormal factor on the expected gain).
     */
    static boolean trustStandsOff(HealthEconomy economy, Contract c, int year, double readiness) {
        double gain = 0.5 * gapPct(c) * dependence(economy, c, year);
        double resolve = Math.exp(c.trust.params.standoffResolveSd * c.random.nextGaussian());
        return gain * resolve > c.trust.params.standoffCostPct * readiness;
    }

    /** Share of the trust's expected income this year that comes through this contract. */
    static double dependence(HealthEconomy economy, Contract c, int year) {
        double total = c.trust.expectedIncome(economy, year);
        return total <= 0 ? 1 : forecastTariffValue(economy, c, year * 12) * economy.tariff.priceIndex(year) / total;
    }

    /** Signs at {@code index}: the CCG hears what the trust accepted of the measures it sought. */
    private static void agree(Contract c, double index, double forecast) {
        c.priceIndex = index;
        c.planIncome = forecast * index;
        c.measuresAgreed = Math.max(0, Math.min(c.measuresSought, (1 - index) * forecast));
        c.ccg.contracting.contractMeasuresAgreed(c, c.measuresAgreed);
    }

    private static void startStandoff(HealthEconomy economy, Contract c, double forecast, String why) {
        c.state = ContractState.STANDOFF;
        c.standoffMonths = 0;
        c.standoffTariffValue = 0;
        c.standoffPaid = 0;
        c.planIncome = forecast * c.trustAskIndex; // the trust plans on its ask
        if (economy.logging()) economy.log(c.ccg, c.trust.params.id, "standoff_opened",
                why + " (" + c.trust.params.name + ", gap " + oneDecimal(gapPct(c)) + "%)");
    }

    /**
     * One month of a stand-off: each side gives ground, by a random amount, more as the arbitration
     * nears (the usual rate times the arbitration delay over the months left) and more while an earlier
     * arbitration is remembered; a CCG bypassed by its Area Team gives the larger part.
     */
    static void negotiate(HealthEconomy economy, Contract c) {
        ContractParams p = c.ccg.params.contracts;
        // the nearer the Area Team's arbitration, the more each side gives (a deadline concentrates minds)
        int arbitration = c.ccg.areaTeam == null ? 4 : c.ccg.areaTeam.params.arbitrationAfterMonths;
        double deadline = arbitration / (double) Math.max(1, arbitration - c.standoffMonths);
        concede(economy, c, (1 + p.arbitrationMemoryWeight * c.arbitrationMemory) * deadline);
        if (gapPct(c) <= p.agreementTolerancePct) {
            settle(economy, c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), ContractState.SIGNED,
                    "Stand-off with " + c.trust.params.name + " ends in agreement after " + c.standoffMonths + " month(s)");
        }
    }

    /** One month's concessions, {@code readiness} times the usual rate (at most the whole gap). */
    private static void concede(HealthEconomy economy, Contract c, double readiness) {
        ContractParams p = c.ccg.params.contracts;
        double gap = c.trustAskIndex - c.ccgOfferIndex;
        double conceded = gap * Math.min(1, p.concessionRate * readiness * (0.5 + c.random.nextDouble()));
        double ccgPart = c.ccg.bypassMonthsLeft > 0 ? p.ccgConcessionShareBypassed : p.ccgConcessionShare;
        c.ccgOfferIndex += conceded * ccgPart;
        c.trustAskIndex -= conceded * (1 - ccgPart);
    }

    /** The Area Team splits the difference. */
    static void arbitrate(HealthEconomy economy, Contract c) {
        c.arbitrationMemory = 1; // both sides remember it next April
        settle(economy, c, 0.5 * (c.ccgOfferIndex + c.trustAskIndex), ContractState.ARBITRATED,
                "Area Team arbitrates the stand-off with " + c.trust.params.name + " after " + c.standoffMonths + " month(s)");
    }

    private static void settle(HealthEconomy economy, Contract c, double index, ContractState state, String detail) {
        double due;
        if (c.ccg.params.contracts.type == ContractType.BLOCK) {
            due = c.planIncome / c.trustAskIndex * index / 12 * c.standoffMonths;
        } else {
            due = c.standoffTariffValue * index;
        }
        double trueUp = due - c.standoffPaid;
        economy.ledger.pay(c.ccg.account, c.trust.account, trueUp);
        c.payment += trueUp;
        c.trust.trueUpThisMonth += trueUp;
        double forecast = c.planIncome / c.trustAskIndex;
        agree(c, index, forecast);
        c.state = state;
        if (economy.logging()) economy.log(c.ccg, state == ContractState.ARBITRATED ? "area-team" : c.trust.params.id,
                state == ContractState.ARBITRATED ? "arbitration" : "agreement", detail);
    }

    static double gapPct(Contract c) {
        return 100.0 * (c.trustAskIndex - c.ccgOfferIndex) / c.ccgOfferIndex;
    }

    /** Expected tariff value (at 2013/14 prices) of a year's activity on this contract: last year's, grown by demand. */
    static double forecastTariffValue(HealthEconomy economy, Contract c, int m) {
        if (m == 0 || c.tariffValueLastYear <= 0) return c.trust.initialTariffValue(c) * 12 * c.ccg.demandGrowth;
        return c.tariffValueLastYear * (1 + c.ccg.params.finance.demandGrowthPct / 100);
    }

    static String oneDecimal(double x) {
        long tenths = Math.round(x * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
