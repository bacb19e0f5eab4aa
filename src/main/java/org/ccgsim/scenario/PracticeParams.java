package org.ccgsim.scenario;

/**
 * GP practices: activity rates, engagement dynamics and delivery. The engagement update is
 * e' = e + G*(1-e) - L*e + aPeer*(peers' mean - e) + engagementNoise*2*sqrt(e(1-e))*N(0,1), with gains
 * G = aEngagement*E + aIncentive*s(I) + aInvestment*P + aConsulted*s(consulted) + aWorkload*max(0, 1-w)
 * and losses L = aDirective*D + aWorkload*max(0, w-1) + aAbolition*U + aRemedial*R + aUnconsulted*s(unconsulted)
 * + aCulture*C, where s(x) = x/(1+x) saturates (docs/ODD.md, submodel "engagement"). Gains work on the room
 * left and losses on what there is to lose, so engagement approaches its bounds without piling against them.
 */
public class PracticeParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "GP referrals to a first outpatient appointment", unit = "per 1,000 patients per month", min = 0, max = 200,
           source = "assumption: about 14 in England 2013/14")
    public double referralsPer1000 = 14;

    @Param(doc = "Emergency (non-elective) admissions", unit = "per 1,000 patients per month", min = 0, max = 100,
           source = "assumption: about 8")
    public double nonElectivePer1000 = 8;

    @Param(doc = "A&E attendances", unit = "per 1,000 patients per month", min = 0, max = 200,
           source = "assumption: 25-35")
    public double aePer1000 = 30;

    @Param(doc = "Primary-care prescribing cost", unit = "£/head/month", min = 0, max = 100,
           source = "assumption: about £13")
    public double prescribingPerHead = 13;

    @Param(doc = "Spread of practices' referral multipliers (log-normal sigma): some over-refer", unit = "log units", min = 0, max = 1,
           source = "Teething pains, May 2013 (over-referrers); spread is an assumption")
    public double referralSpread = 0.18;

    @Param(doc = "Mean engagement at month 0", unit = "share 0-1", min = 0, max = 1,
           source = "calibrated: ABC-SMC posterior median (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"); Are CCGs a failed experiment?, June 2015 (gp-feedback-44): 44% said their CCG acted on their feedback")
    public double engagementMean = 0.5704;

    @Param(doc = "Spread of engagement between practices at month 0 (standard deviation)", unit = "share 0-1", min = 0, max = 0.5,
           source = "Are CCGs a failed experiment?, June 2015 (limited-influence): wide spread; size is an assumption")
    public double engagementSd = 0.2;

    @Param(doc = "Engagement gain per month from the CCG's full engagement effort (times 1-e)", unit = "1/month", min = 0, max = 1,
           source = "assumption")
    public double aEngagement = 0.03;

    @Param(doc = "Engagement loss per month from full directive pressure (times e)", unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (directive-like-pct): size is an assumption")
    public double aDirective = 0.03;

    @Param(doc = "Peers of each practice: its nearest neighbours on the CCG's map, whose engagement pulls on its own (0: no peers)",
           unit = "practices", min = 0, max = 50,
           source = "assumption: GPs talk mostly with neighbouring practices; Teething pains, May 2013 (peer-pressure-limits)")
    public int peers = 5;

    @Param(doc = "Pull towards the peers' mean engagement (last month) per month (weak enough to keep the wide spread between practices the sources describe)",
           unit = "1/month", min = 0, max = 1, source = "assumption; Are CCGs a failed experiment?, June 2015 (limited-influence) for the spread")
    public double aPeer = 0.05;

    @Param(doc = "Engagement loss per month per unit of workload above normal (times e); below normal, the same rate is a gain (times 1-e)", unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (primary-care-squeeze)")
    public double aWorkload = 0.02;

    @Param(doc = "Engagement loss per month at full abolition talk (times e)", unit = "1/month", min = 0, max = 1,
           source = "Member practices and their CCG, 2013 (abolition-talk)")
    public double aAbolition = 0.02;

    @Param(doc = "Ceiling of the engagement gain per month from a practice incentive I (times s(I)=I/(1+I) and 1-e): half of it at a full incentive", unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (quality-premium-use); size is an assumption, small because the premium is a fraction of a percent of allocation")
    public double aIncentive = 0.01;

    @Param(doc = "Engagement loss per month under Area Team remedial action (times e)", unit = "1/month", min = 0, max = 1,
           source = "Teething pains, May 2013 (gp-contract-holder)")
    public double aRemedial = 0.03;

    @Param(doc = "Ceiling of the engagement loss per month from decisions touching primary care taken without consulting practices (times s(n)=n/(1+n) for n such decisions, and e)", unit = "1/month",
           min = 0, max = 1, source = "A CCG leader's blog, spring 2013 (become-the-pct)")
    public double aUnconsulted = 0.01;

    @Param(doc = "Ceiling of the engagement gain per month from decisions put to practices, being heard (times s(n)=n/(1+n) for n such decisions, and 1-e)", unit = "1/month", min = 0, max = 1,
           source = "assumption")
    public double aConsulted = 0.004;

    @Param(doc = "Engagement loss per month when the Area Team is directive, disempowered culture (times e)", unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (disempowered-culture)")
    public double aCulture = 0.004;

    @Param(doc = "Engagement gain per month at full primary-care investment (times 1-e)", unit = "1/month", min = 0, max = 1,
           source = "assumption")
    public double aInvestment = 0.01;

    @Param(doc = "Month-to-month noise in engagement: standard deviation at e = 0.5, scaled by 2*sqrt(e(1-e)) so it vanishes at the bounds", unit = "share 0-1", min = 0, max = 0.2,
           source = "assumption")
    public double engagementNoise = 0.03;

    @Param(doc = "Compliance gained per month under full directive pressure (times 1-c)", unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (directive-like-pct): short-lived compliance")
    public double complianceGain = 0.35;

    @Param(doc = "Share of compliance lost each month", unit = "1/month", min = 0, max = 1)
    public double complianceDecay = 0.3;

    @Param(doc = "Resistance to directive pressure a practice builds per month under full pressure (times the "
               + "pressure and 1 - r); what new pressure buys is complianceGain x (1 - r), so sustained pressure "
               + "buys less and less and its compliance is short-lived",
           unit = "1/month", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (directive-like-pct): contractual levers did not make practices "
                  + "deliver under the PCTs; size is an assumption: half the room left is taken in about 7 months "
                  + "(ln 2 / 0.1), so compliance peaks within months and is mostly gone within two years")
    public double habituation = 0.1;

    @Param(doc = "Resistance to directive pressure lost per month without pressure (times 1 - pressure and r)",
           unit = "1/month", min = 0, max = 1,
           source = "assumption: practices forget pressure as fast as they grow used to it (the same 7-month half-life)")
    public double habituationFade = 0.1;

    @Param(doc = "Engagement at which a practice delivers half of the CCG's schemes: delivery from engagement is "
               + "1 - 2^(-engagement / this), so a practice with no engagement delivers nothing from it "
               + "(calibrated: top quarter delivers 18% more than bottom quarter)",
           unit = "engagement 0-1", min = 0.01, max = 1,
           source = "calibrated: ABC-SMC posterior median 0.1955 (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"), reset to the one-parameter fit to gallup-18 (ccgsim calibrate --method brent) when the other providers' pool moved that fit by more than 0.01 (docs/validation.md, branch surplus), again when the marginal rate for emergency admissions moved it from 0.1802, and again when year one's QIPP plan came to be profiled by when each part takes effect (0.1904 -> 0.1764; docs/validation.md, ninth round); A CCG leader's blog, spring 2013 (gallup-18, engagement-drives-delivery)")
    public double deliveryHalfEngagement = 0.1764;

    @Param(doc = "Delivery that full compliance buys on its own (combined with delivery from engagement as "
               + "1 - (1 - engaged)(1 - this x compliance))", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (directive-like-pct): directive pressure buys short-lived compliance; size is an assumption")
    public double deliveryFromCompliance = 0.25;

    @Param(doc = "Cut in referrals at full delivery (referral review, referral criteria)", unit = "share 0-1", min = 0, max = 0.9,
           source = "A CCG leader's blog, spring 2013 (what-delivery-means); size is an assumption: referral-management "
                  + "schemes of the period cut GP referrals by a few per cent, not a quarter")
    public double referralCut = 0.08;

    @Param(doc = "Defensive referral: extra referrals of a practice with no engagement, falling in proportion to 1 - e "
               + "(referrals x (1 + this x (1 - e))); a practice that sees its CCG as the PCT in all but name stops "
               + "managing demand and refers rather than say no",
           unit = "share 0-1", min = 0, max = 0.5,
           source = "Are CCGs a failed experiment?, June 2015 (pct-in-all-but-name); A CCG leader's blog, spring 2013 (directive-like-pct, what-delivery-means); size is an "
                  + "assumption: of the order of the few per cent that referral management of the period bought (referralCut), "
                  + "in the other direction")
    public double defensiveReferral = 0.1;

    @Param(doc = "Cut in emergency admissions at full delivery (care-home rounds)", unit = "share 0-1", min = 0, max = 0.9)
    public double nonElectiveCut = 0.12;

    @Param(doc = "Cut in A&E attendances at full delivery (school nurse schemes)", unit = "share 0-1", min = 0, max = 0.9)
    public double aeCut = 0.05;

    @Param(doc = "Cut in prescribing cost at full delivery (cost-effective medicines)", unit = "share 0-1", min = 0, max = 0.9)
    public double prescribingCut = 0.12;

    @Param(doc = "Extra workload at full delivery of the year-one schemes, times the depth of the scheme portfolio (the schemes' work is not contractual)", unit = "workload units", min = 0, max = 2,
           source = "A CCG leader's blog, spring 2013 (what-delivery-means)")
    public double schemeWorkload = 0.25;

    @Param(doc = "Spread of practices' underlying workload around 1 (standard deviation)", unit = "workload units", min = 0, max = 1)
    public double workloadSpread = 0.1;

    @Param(doc = "Months for the CCG's schemes to reach full effect after April 2013", unit = "months", min = 1, max = 36,
           source = "assumption: schemes take about half a year to set up")
    public int schemeRampMonths = 6;

    @Param(doc = "Most the CCG's practice schemes can cut, as a multiple of the year-one schemes' cuts (referralCut, "
               + "nonElectiveCut, aeCut, prescribingCut at full delivery): each April after the first the CCG adds new "
               + "schemes sized to the practices' part of its QIPP plan, ramping in over schemeRampMonths; the room left "
               + "shrinks as schemes are added (demand that practices can manage runs out). 1: no schemes after year one",
           unit = "multiple of year one", min = 1, max = 10,
           source = "A CCG leader's blog, spring 2013 (qipp-year-one, what-delivery-means): QIPP plans are renewed every "
                  + "year and practices deliver their schemes; the ceiling is an assumption")
    public double schemeDepthMax = 3;
}
