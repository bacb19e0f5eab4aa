package org.ccgsim.scenario;

/** A CCG's money: Everyone Counts 2013/14 rules and the PCT legacy (seed 003, 24 March). */
public class FinanceParams {
    @Param(doc = "Annual allocation for commissioning", unit = "£/year", min = 1e6, max = 1e10,
           source = "004_589c6db68b4ef554.txt (stoke-allocation): £320m of £520m")
    public double allocation = 320_000_000;

    @Param(doc = "Growth of the allocation each April after the first year", unit = "%/year", min = -5, max = 10,
           source = "assumption: allocations grew about 2% in cash a year, a little below demand")
    public double allocationGrowthPct = 1.5;

    @Param(doc = "Planned surplus that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "003_07e9131b0e620e62.txt (everyone-counts-set-aside): 1% surplus")
    public double surplusPct = 1.0;

    @Param(doc = "Non-recurrent transformation fund that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "003_07e9131b0e620e62.txt (everyone-counts-set-aside): 2% fund")
    public double transformationFundPct = 2.0;

    @Param(doc = "Contingency that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "003_07e9131b0e620e62.txt (everyone-counts-set-aside): 0.5% contingency")
    public double contingencyPct = 0.5;

    @Param(doc = "Underlying recurrent deficit inherited from the PCT: recurrent spend above allocation at month 0",
           unit = "% of allocation", min = 0, max = 10,
           source = "003_07e9131b0e620e62.txt (qipp-year-one): inherited deficit plus growth take QIPP to 6-7%; the split is an assumption")
    public double inheritedDeficitPct = 1.0;

    @Param(doc = "Demand growth: activity rates rise this much a year before any scheme", unit = "%/year", min = 0, max = 10,
           source = "003_07e9131b0e620e62.txt (qipp-year-one): in-year growth; the size is an assumption")
    public double demandGrowthPct = 2.0;

    @Param(doc = "Running costs: the management allowance", unit = "£/head/year", min = 0, max = 100,
           source = "003_07e9131b0e620e62.txt (management-allowance): £25 per head")
    public double managementAllowancePerHead = 25;

    @Param(doc = "Share of QIPP the CCG's managers deliver without the practices (contract and tariff efficiency), "
               + "as a share of each year's requirement", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: most QIPP plans relied on contract and tariff measures")
    public double managementQippShare = 0.7;

    @Param(doc = "Acute care the trust provides that GP practices' activity does not drive (other referral routes, "
               + "specialist services), as a share of the CCG's allocation", unit = "share 0-1", min = 0, max = 0.9,
           source = "assumption: acute care is about half of CCG spend; GP-driven activity is about a quarter")
    public double otherAcuteShare = 0.22;
}
