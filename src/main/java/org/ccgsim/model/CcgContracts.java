package org.ccgsim.model;

/**
 * The CCG's side of the contract round (ODD section "Contracts"): each April it sizes the
 * contract measures it seeks from each trust as part of its QIPP plan, and it hears back what
 * each trust accepted. The trust's side (how hard it resists, stand-offs, arbitration) is in
 * {@link ContractRound}; these two methods are the whole interface between the two.
 */
final class CcgContracts {
    private final Ccg ccg;
    /** Contract measures agreed this financial year with each trust, £/year, in the order of the CCG's contracts. */
    private double[] agreed = new double[0];

    CcgContracts(Ccg ccg) {
        this.ccg = ccg;
    }

    /**
     * Contract measures (price and activity measures in the contract: QIPP the CCG wants from this
     * trust) that the CCG seeks from contract {@code c} this financial year, in £/year at this
     * year's expected activity. Valid from the CCG's April step, before the contract round opens;
     * constant through the year. {@code forecastTariffValue} is the round's forecast of the year's
     * activity on this contract at tariff (£/year).
     */
    double contractMeasuresSought(Contract c, double forecastTariffValue) {
        return ccg.efficiency * forecastTariffValue * c.priceIndex;
    }

    /**
     * The trust side reports the contract measures the trust accepted on contract {@code c} for
     * this financial year (£/year, from 0 to what was sought): called once when the contract is
     * signed, and again if a stand-off later settles by agreement or arbitration (the later call
     * replaces the earlier). The CCG counts it towards its QIPP plan; the money itself shows in
     * what it pays the trust.
     */
    void contractMeasuresAgreed(Contract c, double poundsPerYear) {
        agreed[indexOf(c)] = poundsPerYear;
    }

    /** Contract measures agreed this financial year across all trusts, £/year. */
    double agreedThisYear() {
        double sum = 0;
        for (double a : agreed) sum += a;
        return sum;
    }

    /** April, before the round: nothing is agreed yet. */
    void startYear() {
        if (agreed.length != ccg.contracts.length) agreed = new double[ccg.contracts.length];
        java.util.Arrays.fill(agreed, 0);
    }

    private int indexOf(Contract c) {
        Contract[] cs = ccg.contracts;
        for (int i = 0; i < cs.length; i++) if (cs[i] == c) return i;
        throw new IllegalArgumentException(c.trust + " holds no contract with " + ccg);
    }
}
