package org.ccgsim.model;

/**
 * The CCG's side of the contract round (ODD section "Contracts"): each April it sizes the
 * contract measures it seeks from each trust as part of its QIPP plan, and it hears back what
 * each trust accepted. The trust's side (how hard it resists, stand-offs, arbitration) is in
 * {@link ContractRound}; {@link #contractMeasuresSought} and {@link #contractMeasuresAgreed} are
 * the whole interface between the two.
 */
final class CcgContracts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;
    /** Per contract, in the order of the CCG's contracts: this year's forecast tariff value, price index before the round, measures sought and agreed (£/year). */
    private double[] forecast = new double[0], indexBefore = new double[0], sought = new double[0], agreed = new double[0];

    CcgContracts(Ccg ccg) {
        this.ccg = ccg;
    }

    /** April, before the round: nothing is sought or agreed yet. */
    void startYear() {
        int n = ccg.contracts.length;
        if (agreed.length != n) {
            forecast = new double[n];
            indexBefore = new double[n];
            sought = new double[n];
            agreed = new double[n];
        }
        java.util.Arrays.fill(sought, 0);
        java.util.Arrays.fill(agreed, 0);
    }

    /**
     * Contract measures (price and activity measures in the contract: QIPP the CCG wants from this
     * trust) that the CCG seeks from contract {@code c} this financial year, in £/year at this
     * year's expected activity: its share of the plan's contract part ({@code contractMeasuresShare}
     * of the QIPP requirement, by the trust's share of the CCG's activity), scaled by the CCG's
     * management capacity, and at most {@code maxContractMeasuresPct} of the contract's value.
     * Call once per contract in April, after the CCG's April step; {@code forecastTariffValue} is the
     * round's forecast of the year's activity on this contract at tariff (£/year).
     */
    double contractMeasuresSought(Contract c, double forecastTariffValue) {
        var f = ccg.params.finance;
        int i = indexOf(c);
        double value = forecastTariffValue * c.priceIndex;
        // the reserve held against the trusts' asks is not sought from the trusts themselves
        double plan = Math.max(0, ccg.finance.qippRequired - ccg.finance.contractRisk);
        double want = f.contractMeasuresShare * plan * c.share * ccg.managementCapacity();
        forecast[i] = forecastTariffValue;
        indexBefore[i] = c.priceIndex;
        sought[i] = Math.max(0, Math.min(f.maxContractMeasuresPct / 100 * value, want));
        return sought[i];
    }

    /**
     * The trust side reports the contract measures the trust accepted on contract {@code c} for
     * this financial year (£/year, from 0 to what was sought): called when the contract is signed,
     * and again if a stand-off later settles by agreement or arbitration (the later call replaces
     * the earlier). The money itself shows in what the CCG pays the trust; this is the CCG's record
     * of its plan (outputs, assurance).
     */
    void contractMeasuresAgreed(Contract c, double poundsPerYear) {
        agreed[indexOf(c)] = poundsPerYear;
    }

    /** The price index the CCG offers: the current index less what it seeks, as a share of the forecast value. */
    double offerIndex(Contract c, double forecastTariffValue) {
        double s = contractMeasuresSought(c, forecastTariffValue);
        return forecastTariffValue > 0 ? c.priceIndex - s / forecastTariffValue : c.priceIndex;
    }

    /** Records an agreement at price index {@code index}: the measures are the fall in price on the year's forecast value. */
    void agreedAtIndex(Contract c, double index) {
        int i = indexOf(c);
        contractMeasuresAgreed(c, Math.max(0, Math.min(sought[i], (indexBefore[i] - index) * forecast[i])));
    }

    /** Contract measures sought and agreed this financial year across all trusts, £/year. */
    double soughtThisYear() { return sum(sought); }
    double agreedThisYear() { return sum(agreed); }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    private int indexOf(Contract c) {
        Contract[] cs = ccg.contracts;
        for (int i = 0; i < cs.length; i++) if (cs[i] == c) return i;
        throw new IllegalArgumentException(c.trust + " holds no contract with " + ccg);
    }
}
