package org.ccgsim.scenario;

/** A CCG's money: Everyone Counts 2013/14 rules and the PCT legacy (seed 003, 24 March). */
public class FinanceParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Annual allocation for commissioning", unit = "£/year", min = 1e6, max = 1e10,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-allocation): £320m of £520m")
    public double allocation = 320_000_000;

    @Param(doc = "Growth of the allocation each April after the first year", unit = "%/year", min = -5, max = 10,
           source = "assumption: allocations grew about 2% in cash a year, a little below demand")
    public double allocationGrowthPct = 1.5;

    @Param(doc = "Planned surplus that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "A CCG leader's blog, spring 2013 (everyone-counts-set-aside): 1% surplus")
    public double surplusPct = 1.0;

    @Param(doc = "Non-recurrent transformation fund that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "A CCG leader's blog, spring 2013 (everyone-counts-set-aside): 2% fund")
    public double transformationFundPct = 2.0;

    @Param(doc = "Contingency that must be set aside", unit = "% of allocation", min = 0, max = 5,
           source = "A CCG leader's blog, spring 2013 (everyone-counts-set-aside): 0.5% contingency")
    public double contingencyPct = 0.5;

    @Param(doc = "Underlying recurrent deficit inherited from the PCT: recurrent spend above allocation at month 0",
           unit = "% of allocation", min = 0, max = 10,
           source = "calibrated: ABC-SMC posterior median (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"); A CCG leader's blog, spring 2013 (qipp-year-one): inherited deficit plus growth take QIPP to 6-7%; the split is an assumption")
    public double inheritedDeficitPct = 0.9094;

    @Param(doc = "Demand growth: activity rates rise this much a year before any scheme, month by month (plans use each year's mean level)", unit = "%/year", min = 0, max = 10,
           source = "A CCG leader's blog, spring 2013 (qipp-year-one): in-year growth; the size is an assumption")
    public double demandGrowthPct = 2.0;

    @Param(doc = "Emergency demand growth beyond demandGrowthPct (an older, more acute population): emergency admissions rise this much "
               + "more a year from the second year, before any scheme. CCGs and trusts plan with demandGrowthPct only, so it arrives as "
               + "emergency activity above plan", unit = "%/year", min = 0, max = 10,
           source = "assumption: about half from the age structure (over-75s, about a third of emergency admissions, growing about 2% a "
               + "year against under 1% for all ages), half from rising acuity and short-stay admissions; national statistics, "
               + "approximate: emergency admissions rose 2-3% a year 2013-2018 (a check, not a target)")
    public double emergencyGrowthPct = 1.0;

    @Param(doc = "Running costs: the management allowance", unit = "£/head/year", min = 0, max = 100,
           source = "A CCG leader's blog, spring 2013 (management-allowance): £25 per head")
    public double managementAllowancePerHead = 25;

    @Param(doc = "Management allowance per head at which the CCG has the capacity to engage, negotiate and monitor that "
               + "the model's other parameters assume; capacity = (allowance / this)^managementCapacityElasticity",
           unit = "£/head/year", min = 1, max = 100,
           source = "A CCG leader's blog, spring 2013 (management-allowance): the national £25 per head")
    public double referenceAllowancePerHead = 25;

    @Param(doc = "How strongly the CCG's capacity to engage, negotiate and monitor follows its management allowance "
               + "(0: not at all; 1: in proportion)", unit = "elasticity", min = 0, max = 2,
           source = "assumption: the limited allowance leaves little capacity (management-allowance); diminishing returns")
    public double managementCapacityElasticity = 0.5;

    @Param(doc = "Smallest QIPP plan a CCG makes in a year: when the gap to its set-aside is smaller, it commits the "
               + "headroom to service developments with its other providers (recurrently) and still plans this much",
           unit = "% of allocation", min = 0, max = 10,
           source = "assumption: planning guidance of the period expected efficiency savings from every CCG each year")
    public double minimumQippPct = 1.0;

    @Param(doc = "In-year recovery: share of a forecast year-end deficit the CCG closes by holding back "
               + "uncommitted transformation-fund spending for the rest of the year", unit = "share 0-1", min = 0, max = 1,
           source = "assumption")
    public double inYearRecoveryShare = 1.0;

    @Param(doc = "Months of the financial year closed before in-year recovery starts (6 would wait for the half-year review)",
           unit = "months", min = 1, max = 11, source = "assumption")
    public int recoveryFromMonth = 1;

    @Param(doc = "What in-year recovery defends: the forecast year-end surplus it aims at, as a share of the surplus target "
               + "(0: break even, the statutory duty; 1: the full 1% target)", unit = "share 0-1", min = 0, max = 1, source = "assumption: NHS England held CCGs to their planned 1% surplus (qipp-year-one plans carry it); 1 by default")
    public double recoveryTargetShare = 1.0;

    @Param(doc = "Share of the expected settlement above tariff (half of each trust's ask above tariff) that the CCG plans for in "
               + "April: it is added to the QIPP plan, sought from practices and other providers and not committed to developments",
           unit = "share 0-1", min = 0, max = 1, source = "assumption")
    public double contractRiskPlanning = 1.0;

    @Param(doc = "Share of each year's QIPP plan the CCG seeks as contract measures from its acute trusts "
               + "(price and activity measures in the contracts), before its capacity scales it", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: QIPP plans of the period leaned on contract measures (qipp-year-one: hard once money is tied up in contracts)")
    public double contractMeasuresShare = 0.45;

    @Param(doc = "Most the CCG seeks from one trust as contract measures in a year", unit = "% of the contract's value",
           min = 0, max = 20, source = "assumption: a few per cent a year on top of the national tariff efficiency")
    public double maxContractMeasuresPct = 5;

    @Param(doc = "Share of each year's QIPP plan the CCG seeks from its other providers' contracts (community, mental "
               + "health, continuing care)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption")
    public double otherMeasuresShare = 0.4;

    @Param(doc = "Mean share of the other-provider measures sought that a CCG at reference capacity achieves in a year",
           unit = "share 0-1", min = 0, max = 1, source = "assumption: plans were routinely part-delivered (qipp-year-one)")
    public double otherMeasuresAchieved = 0.7;

    @Param(doc = "Spread of that share from year to year (standard deviation of a normal draw, clamped to 0-1)",
           unit = "share 0-1", min = 0, max = 1, source = "assumption")
    public double otherMeasuresAchievedSd = 0.25;

    @Param(doc = "Savings the other providers' contracts hold in a year (continuing-care reviews, out-of-area placements, "
               + "community and mental health contract efficiencies): a larger ask meets diminishing returns, so the CCG achieves "
               + "at most this much whatever its gap; achieved = share achieved x opportunity x (1 - exp(-sought / opportunity))",
           unit = "% of the other providers' line", min = 0, max = 20,
           source = "assumption: a quarter to a third of a 6-7% year-one plan (qipp-year-one) was found in these contracts and 60-80% of it delivered, which this pool gives at the year-one ask; the opportunities do not grow with the CCG's acute overspend")
    public double otherMeasuresOpportunityPct = 8;

    @Param(doc = "Share of last year's transformation-fund spending that runs on as schemes this year (staff hired, services "
               + "contracted): in-year recovery cannot hold it back. A new CCG (2013/14) has none, so it can hold back its whole fund",
           unit = "share 0-1", min = 0, max = 1,
           source = "assumption: fund schemes, once started, were hard to stop within a year")
    public double fundCommittedShare = 0.5;

    @Param(doc = "Price inflation on the other providers' line each April after the first, on top of demand growth "
               + "(pay and prices; the CCG's QIPP plan must absorb it)", unit = "%/year", min = 0, max = 10,
           source = "assumption: fixed lines grow with inflation, about 1-2% a year in 2013-2018")
    public double otherLinesInflationPct = 0.5;

    @Param(doc = "Mean unplanned recurrent cost pressure on the other lines each year (continuing care, specialist placements, "
               + "prescribing price rises): what the contingency is for", unit = "% of allocation", min = 0, max = 5,
           source = "assumption: the 0.5% contingency of everyone-counts-set-aside exists because such pressures arise")
    public double costPressurePct = 0.5;

    @Param(doc = "Spread of that cost pressure from year to year (standard deviation of a normal draw, at least 0)",
           unit = "% of allocation", min = 0, max = 5, source = "assumption")
    public double costPressureSdPct = 0.5;

    @Param(doc = "Acute care the trust provides that GP practices' activity does not drive (other referral routes, "
               + "specialist services), as a share of the CCG's allocation", unit = "share 0-1", min = 0, max = 0.9,
           source = "assumption: acute care is about half of CCG spend; GP-driven activity is about a quarter")
    public double otherAcuteShare = 0.22;

    @Param(doc = "Forecast year-end surplus: the largest QIPP delivery rate (delivered over plan to date) the finance director "
               + "projects onto the rest of the year", unit = "ratio", min = 0, max = 5,
           source = "assumption: a forecast does not bank an early over-delivery in full")
    public double forecastQippRateCap = 1.5;
}
