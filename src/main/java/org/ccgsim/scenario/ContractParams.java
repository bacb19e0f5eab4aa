package org.ccgsim.scenario;

/** The annual contract round with each acute trust (seed 000; seed 003, 5 and 14 May). */
public class ContractParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Refuse to sign the contracts inherited from the PCT in year one", unit = "boolean",
           source = "Teething pains, May 2013 (inherited-contracts-refused)")
    public boolean refuseInherited = false;

    @Param(doc = "How the CCG pays its trusts: pbr, block or gainshare", source = "A CCG leader's blog, spring 2013 (gain-share)")
    public ContractType type = ContractType.PBR;

    @Param(doc = "Gap between the trust's ask and the CCG's offer on an inherited contract with scant details",
           unit = "% of contract value", min = 0, max = 50, source = "Teething pains, May 2013 (scant-handover): size is an assumption")
    public double inheritedGapPct = 1.5;

    @Param(doc = "Gap both sides accept as close enough to sign", unit = "% of contract value", min = 0, max = 20)
    public double agreementTolerancePct = 1.0;

    @Param(doc = "Share of the remaining gap the two sides concede each month of a stand-off", unit = "share/month", min = 0, max = 1)
    public double concessionRate = 0.12;

    @Param(doc = "Months of bargaining before April (January to March) in which both sides concede as in a stand-off", unit = "months",
           min = 0, max = 6, source = "assumption")
    public int preRoundMonths = 3;

    @Param(doc = "How much readier both sides are to settle just after an arbitration: concessions come (1 + this) times faster and a "
               + "stand-off costs the trust (1 + this) times more", unit = "multiplier", min = 0, max = 5, source = "assumption")
    public double arbitrationMemoryWeight = 1.0;

    @Param(doc = "Share of the memory of an arbitration that fades each year", unit = "share/year", min = 0, max = 1, source = "assumption")
    public double arbitrationMemoryFade = 0.5;

    @Param(doc = "What a stand-off costs the CCG in management time; it meets a trust that threatens one half way unless it expects "
               + "the Area Team's award to save it more than this", unit = "% of the contract's value", min = 0, max = 10, source = "assumption")
    public double ccgStandoffCostPct = 0.2;

    @Param(doc = "Spread of the CCG's expectation of the Area Team's award around the midpoint, as a share of the gap (how far it "
               + "believes the Area Team will side with it)", unit = "share of gap (sd)", min = 0, max = 1, source = "assumption")
    public double ccgAwardOptimismSd = 0.15;

    @Param(doc = "Share of each month's concession in a stand-off that the CCG makes (the trust makes the rest)", unit = "share 0-1",
           min = 0, max = 1)
    public double ccgConcessionShare = 0.5;

    @Param(doc = "The CCG's share of each month's concession while its Area Team deals with the trust over its head", unit = "share 0-1",
           min = 0, max = 1, source = "A CCG leader's blog, spring 2013 (area-team-bypass): a bypass weakens the CCG's hand; size is an assumption")
    public double ccgConcessionShareBypassed = 0.75;

    @Param(doc = "Gain-share contracts: the trust's share of savings below the contract baseline", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (gain-share): savings shared between commissioner and provider; split is an assumption")
    public double gainShareToTrust = 0.5;
}
