package org.ccgsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** One acute hospital trust. The top-level {@code trust} block holds defaults for every {@code trusts} entry. */
public class TrustParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Identifier of the trust")
    public String id = "acute";

    @Param(doc = "Name shown in outputs")
    public String name = "University Hospital of North Staffordshire";

    @Param(doc = "The CCGs this trust serves, each with the share of that CCG's hospital activity it receives "
               + "(empty: every CCG, equally split among trusts that list no CCGs)", unit = "share 0-1 per CCG")
    public Map<String, Double> serves = new LinkedHashMap<>();

    @Param(doc = "Share of the trust's activity commissioned by others not modelled (specialist, other CCGs)", unit = "share 0-1",
           min = 0, max = 0.95, source = "assumption")
    public double otherCommissionersShare = 0.35;

    @Param(doc = "Bed occupancy at month 0 (beds are sized to give it)", unit = "share 0-1", min = 0.3, max = 1.0,
           source = "assumption: acute occupancy ran near 88% in 2013")
    public double initialOccupancy = 0.88;

    @Param(doc = "Elective pathway capacity in the first year relative to the referrals in the year-one contract (after the schemes the CCG plans); "
               + "later years are planned by the trust (see capacityAdjustment)", unit = "ratio", min = 0.5, max = 2,
           source = "assumption")
    public double electiveCapacityRatio = 1.0;

    @Param(doc = "Follow-up capacity in the first year relative to the follow-up demand expected", unit = "ratio", min = 0.5, max = 2)
    public double followUpCapacityRatio = 1.0;

    @Param(doc = "Share of the gap between its capacity (beds, theatre and outpatient sessions) and what it wants that the trust "
               + "closes at each April's plan (recruitment, theatre lists and wards take time)", unit = "share/year", min = 0, max = 1,
           source = "assumption")
    public double capacityAdjustment = 0.5;

    @Param(doc = "Waiting list the trust plans to hold (it adds capacity to work a longer list down, and trims it below)",
           unit = "months of referrals", min = 0.5, max = 12, source = "assumption: about 2.5 months of referrals (the starting list) keeps breaches near the 5-6% of 2013")
    public double targetWaitMonths = 2.5;

    @Param(doc = "Months over which the trust plans to work its list back to target", unit = "months", min = 1, max = 60,
           source = "assumption")
    public double backlogClearanceMonths = 12;

    @Param(doc = "Cut in planned capacity per percentage point of last year's deficit (a trust in deficit cuts costs)",
           unit = "share per % of income", min = 0, max = 0.2, source = "assumption")
    public double capacityFinanceSensitivity = 0.02;

    @Param(doc = "Year-to-year luck in delivering the capacity plan (recruitment, vacancies): planned capacity x exp(sd x N(0,1))",
           unit = "log units", min = 0, max = 0.5, source = "assumption")
    public double capacityPlanSd = 0.04;

    @Param(doc = "Month-to-month variation in elective sessions actually run (sickness, cancelled lists)", unit = "share",
           min = 0, max = 0.5, source = "assumption")
    public double capacityNoiseSd = 0.05;

    @Param(doc = "Occupancy that elective cancellations hold a month's occupancy below: emergencies take beds first; "
               + "cancellations begin at 2 x this - 1 and rise so that occupancy approaches it (1 or more: admissions fill the "
               + "beds up to it exactly)",
           unit = "share 0-1", min = 0.5, max = 1.2, source = "assumption: trusts cancel planned operations when beds run short")
    public double electiveCancellationOccupancy = 0.96;

    @Param(doc = "Growth of the trust's unit costs before its own savings (pay drift, drugs, pensions)", unit = "%/year",
           min = -10, max = 20, source = "assumption: national statistics, approximate: trusts' costs grew faster than their prices")
    public double costGrowthPct = 3.5;

    @Param(doc = "Mean cost improvement (savings) the trust delivers each year", unit = "%/year", min = 0, max = 20,
           source = "assumption")
    public double costImprovementPct = 3.0;

    @Param(doc = "Spread of cost improvement delivered between trusts and years (standard deviation)", unit = "%/year",
           min = 0, max = 10, source = "assumption")
    public double costImprovementSd = 1.5;

    @Param(doc = "Spread of trusts' starting financial position around plannedSurplusPct (standard deviation, drawn once per run)",
           unit = "% of income", min = 0, max = 10, source = "assumption: trusts ranged from comfortable surplus to deficit in 2013")
    public double initialMarginSd = 1.0;

    @Param(doc = "What a stand-off costs the trust in management time and the Area Team's displeasure; it stands off when half the "
               + "gap (the award it expects), times the share of its income the CCG provides, exceeds this (a small commissioner is not "
               + "worth a stand-off)", unit = "% of the trust's income", min = 0, max = 20, source = "assumption")
    public double standoffCostPct = 0.6;

    @Param(doc = "Spread of the trust's resolve at the contract round: log-sd of a factor on the award it expects from a stand-off",
           unit = "log-sd", min = 0, max = 3, source = "assumption")
    public double standoffResolveSd = 0.5;

    @Param(doc = "Most the trust asks above national tariff at the contract round when its costs have outrun its prices",
           unit = "% above tariff", min = 0, max = 50, source = "assumption: local prices above tariff were the exception")
    public double maxAskAboveTariffPct = 15;

    @Param(doc = "Waiting list (referral to treatment) at month 0", unit = "per 1,000 population served", min = 0, max = 500,
           source = "assumption: about 3 million waited in England in 2013, some 55 per 1,000")
    public double initialWaitingPer1000 = 35;

    @Param(doc = "Patients waiting over 18 weeks at month 0, at least: a backlog built up before April 2013. Where it is more "
               + "than the seeded list's own flows hold, the difference are held-up long waiters (see heldUpShare), spread over "
               + "the ages past 18 weeks as the steady state's are; 0 or less than the steady state's: the steady state",
           unit = "per 1,000 population served", min = 0, max = 100,
           source = "assumption: 0, the list starts at its own steady state; Stoke's hospital had 1,100 (stoke-18-week-backlog), "
                    + "about 4.2 per 1,000 of a Stoke-sized CCG")
    public double initialBacklogPer1000 = 0;

    @Param(doc = "Overdue outpatient follow-ups at month 0", unit = "per 1,000 population served", min = 0, max = 1000,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-follow-ups): 44,000 overdue, some 170 per 1,000")
    public double initialOverdueFollowUpsPer1000 = 170;

    @Param(doc = "Months the trust's clinicians and a CCG's clinical leads take to build their joint working on planned care: "
               + "each month it closes 1/this of the gap to what the CCG brings (its commitment to redesign with the hospital, "
               + "its fund being put into community services, times its clinical leads' standing: GP leaders' sessions, a "
               + "directive CCG's retained engagement, its management capacity); a stand-off breaks it (1 or less: at once)",
           unit = "months", min = 0, max = 24,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-follow-ups): co-operative working of CCG and hospital on planned "
                    + "care came within the nine months, with the community clinics still about to launch; size an assumption: "
                    + "joint clinical reviews are set up within a quarter")
    public double jointWorkingBuildMonths = 3;

    @Param(doc = "Share of a CCG's overdue follow-ups not yet reviewed that the trust's clinicians and the CCG's clinical leads "
               + "review each month once they work together on planned care; the pace is this times their joint working (0-1, "
               + "see jointWorkingBuildMonths: built from the CCG's commitment to redesign with the hospital and its clinical "
               + "leads' standing; none during a stand-off or when the fund goes elsewhere; 0: no joint review)", unit = "share/month", min = 0, max = 1,
           source = "calibrated: ABC-SMC posterior median 0.1686 (ccgsim calibrate of this parameter alone with stoke-follow-ups "
                    + "the fitted target, 20 replications an evaluation, the list's validation on and the other defaults held; refitted in "
                    + "the tenth round for the Stoke case that keeps its fund through the year (0.19 before); in the ninth round, when "
                    + "the commitment became a year's record, the Stoke runs started from Stoke's backlog, demand came to grow "
                    + "month by month and cancelled operations stopped taking beds (0.2388 before); with common random numbers the fit finds where the model's mean crosses the "
                    + "target, so its narrow interval 0.1681-0.1690 is not the uncertainty; docs/validation.md \"The joint review's pace, fitted\"); CCG Progress, "
                    + "Stoke-on-Trent, 2012/13 (stoke-follow-ups): the overdue list fell with co-operative working of CCG and hospital on planned care")
    public double followUpReviewShare = 0.1686;

    @Param(doc = "Share of the records on an overdue follow-up list, as it stood when the trust and a CCG began to work "
               + "together on planned care, that need no appointment at all: patients already seen or discharged whose entry "
               + "was never closed, duplicates, patients who moved away or died. Validation takes them off (see "
               + "followUpValidationShare); the clinical review that follows acts on the rest (0: a clean list)", unit = "share 0-1", min = 0, max = 0.6,
           source = "assumption: a list of overdue appointments kept for years is partly out of date; size about one record in five")
    public double followUpStaleShare = 0.2;

    @Param(doc = "Share of the records not yet validated on a CCG's overdue follow-up list that are checked each month against "
               + "the hospital's and the GP's records, times the joint working of trust and CCG on planned care (0-1, see "
               + "jointWorkingBuildMonths); clerical work, faster than the clinical review (followUpReviewShare); 0: no validation",
           unit = "share/month", min = 0, max = 1,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-follow-ups): the overdue list fell with co-operative working of "
                    + "CCG and hospital; size an assumption: a clerical team checks a list in two to three months")
    public double followUpValidationShare = 0.4;

    @Param(doc = "Share of the overdue follow-ups reviewed that are discharged to their GP or to community care because "
               + "they no longer need a hospital appointment; the rest are booked", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: reviews of overdue follow-up lists find a large minority who no longer need to be seen in hospital")
    public double followUpDischargeShare = 0.4;

    @Param(doc = "Largest cut in the new follow-ups per completed pathway that the trust's clinicians and a CCG's clinical leads "
               + "achieve by redesigning outpatient follow-up together (agreeing who needs a hospital follow-up at all: fewer "
               + "follow-ups per first appointment, stable patients discharged to their GP with a plan, patient-initiated "
               + "follow-up); the cut is this times their joint working (0-1, see jointWorkingBuildMonths) times the trust's "
               + "willingness (see followUpRedesignDeficitSensitivity). It acts on what the community services leave "
               + "(ccg.fund.communityFollowUpCut): together 1 - (1 - this x joint working) x (1 - the services' cut). "
               + "The same pathway applies to the overdue patients the joint review would book (see followUpDischargeShare): this share "
               + "of them is discharged with a plan for their GP. The sessions it frees see the overdue list; the trust loses the follow-ups' tariff income and plans fewer "
               + "follow-up sessions at the next April plan", unit = "share 0-1", min = 0, max = 0.9,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-follow-ups): the overdue list fell with the joint redesign of "
                    + "planned care, the community clinics still about to launch; size an assumption: outpatient follow-up "
                    + "redesign programmes aimed at about a third fewer hospital follow-ups, and a joint programme at full "
                    + "strength is taken to reach that")
    public double jointFollowUpCut = 0.33;

    @Param(doc = "Share of its willingness to redesign follow-ups away (see jointFollowUpCut) the trust loses per percentage "
               + "point of deficit it ended last year in (year one: its starting position); a trust in surplus goes along fully "
               + "(0: never holds back)", unit = "share per % of income", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (trust-resists-shift): trusts resist losing paid activity; size an "
                    + "assumption: a trust 5% in deficit gives up no follow-ups")
    public double followUpRedesignDeficitSensitivity = 0.2;

    @Param(doc = "Extra follow-up clinics the trust runs for booked (reviewed) overdue patients, as a share of its planned "
               + "follow-up sessions, while its surplus for the year to date is not negative (they are paid at premium rates)",
           unit = "share of follow-up sessions", min = 0, max = 1,
           source = "assumption: about one additional session in ten of a consultant's job plan")
    public double followUpExtraClinicShare = 0.1;

    @Param(doc = "Share of the follow-ups due in a month (new and overdue) that miss their slot whatever the capacity: patients "
               + "who do not attend and clinics the hospital cancels; they stay on the overdue list and are rebooked",
           unit = "share/month", min = 0, max = 0.5,
           source = "assumption: about one outpatient appointment in ten was missed or cancelled by the hospital")
    public double followUpSlipShare = 0.1;

    @Param(doc = "Average stay of an elective inpatient", unit = "days", min = 0, max = 30, source = "assumption")
    public double electiveStayDays = 3;

    @Param(doc = "Average stay of an emergency admission", unit = "days", min = 0, max = 60, source = "assumption")
    public double nonElectiveStayDays = 6;

    @Param(doc = "MRSA bloodstream infections at 88% occupancy", unit = "cases per 100,000 bed-days", min = 0, max = 100,
           source = "assumption: a few cases a year per CCG")
    public double mrsaPer100kBedDays = 1.6;

    @Param(doc = "Rise of MRSA risk with occupancy: risk multiplies by e^(k x (occupancy - 0.88))", unit = "1/occupancy", min = 0, max = 50)
    public double mrsaOccupancySensitivity = 10;

    @Param(doc = "Monthly chance of a serious CQC breach when occupancy is above 95%", unit = "probability/month", min = 0, max = 1,
           source = "assumption")
    public double cqcBreachChanceOverloaded = 0.08;

    @Param(doc = "Monthly chance of a serious CQC breach otherwise", unit = "probability/month", min = 0, max = 1)
    public double cqcBreachChance = 0.002;

    @Param(doc = "Occupancy of its beds by emergencies alone above which the trust opens escalation beds (extra wards, "
               + "trolleys) for them; it opens more as the pressure grows, so that the occupancy of the beds open approaches "
               + "100% but never reaches it (1: no escalation beds, occupancy may pass 100%)",
           unit = "share 0-1", min = 0.5, max = 1,
           source = "assumption: trusts opened escalation beds in hard winters rather than turn emergencies away; at the "
                    + "occupancy at which they cancel electives (electiveCancellationOccupancy)")
    public double escalationOccupancy = 0.96;

    @Param(doc = "Cost of an escalation bed for a month, as a multiple of a planned bed's fixed cost (agency and bank staff, "
               + "opened at short notice); the trust did not plan for it", unit = "multiple", min = 0, max = 5,
           source = "assumption: agency and bank staff cost about half as much again as the trust's own")
    public double escalationCostPremium = 1.5;

    @Param(doc = "Bed occupancy above which the trust is overloaded (serious CQC breaches become likelier)", unit = "share 0-1",
           min = 0.5, max = 1, source = "assumption: occupancy above 95% was widely read as unsafe")
    public double overloadOccupancy = 0.95;

    @Param(doc = "Income shortfall against plan that makes the trust resist (lobby, stand off, fill beds)", unit = "% of plan",
           min = 0, max = 50, source = "A CCG leader's blog, spring 2013 (trust-resists-shift)")
    public double resistanceShortfallPct = 1.0;

    @Param(doc = "Share of freed bed capacity (below initialOccupancy) the trust fills with extra elective admissions, beyond its "
               + "waiting list, when resisting; the CCG pays for them under payment by results", unit = "share 0-1", min = 0, max = 1,
           source = "Member practices and their CCG, 2013 (freed-beds-elective): a reader's comment; size is an assumption")
    public double fillFreedBeds = 0.5;

    @Param(doc = "Share of the CCG's 2% fund the trust asks for at the contract round when resisting", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (trust-wants-fund)")
    public double fundShareAsk = 0.25;

    @Param(doc = "Share of each month's referrals treated within the month (clinically urgent); the rest wait in order",
           unit = "share 0-1", min = 0, max = 1, source = "assumption")
    public double urgentShare = 0.3;

    @Param(doc = "Share of the trust's costs that are fixed for the year (staff, estate)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption")
    public double fixedCostShare = 0.6;

    @Param(doc = "Surplus the trust plans for", unit = "% of income", min = -10, max = 10, source = "assumption")
    public double plannedSurplusPct = 1.0;

    @Param(doc = "Share of the capacity left after urgent cases that goes to the longest waiters; the rest is spread over all "
               + "waiting patients (clinical priority does not follow waiting time)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption")
    public double longestWaitFirstShare = 0.6;

    @Param(doc = "Share of routine referrals whose pathway is held up (further tests, a second opinion, fitness for surgery, the "
               + "patient's own choice): they wait apart, untreatable, until their pathway is ready (see heldUpRelease)",
           unit = "share 0-1", min = 0, max = 1,
           source = "assumption: sized with heldUpRelease so that the seeded list holds about 4-5% of its patients over 18 weeks, "
                    + "near the 5-6% of England in 2013 (national statistics, approximate)")
    public double heldUpShare = 0.02;

    @Param(doc = "Share of held-up pathways that become ready each month (they then wait in turn with the rest); the pace "
               + "moves towards jointHeldUpRelease with the trust's joint working with the CCG", unit = "share 0-1 a month",
           min = 0.01, max = 1, source = "assumption: a held-up pathway takes about eight months on average to be ready")
    public double heldUpRelease = 0.12;

    @Param(doc = "The pace at which held-up pathways become ready when the trust works fully with the CCG on planned care "
               + "(clinicians agree what each long waiter needs and chase it), share a month", unit = "share 0-1 a month",
           min = 0.01, max = 1,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-18-week-backlog): joint working of CCG and hospital came with "
                    + "better 18-week compliance; size an assumption: joint review doubles the pace")
    public double jointHeldUpRelease = 0.24;

    @Param(doc = "The share of routine capacity given in turn, longest waiters first, to a CCG's list once the trust works "
               + "with that CCG on its backlog; the trust moves from longestWaitFirstShare towards it with their joint working "
               + "on planned care (0-1, see jointWorkingBuildMonths; none during a stand-off)", unit = "share 0-1", min = 0, max = 1,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-18-week-backlog): joint working of CCG and hospital on "
                    + "planned care, with community clinics, came with better 18-week compliance; size is an assumption")
    public double jointBacklogShare = 0.8;

    @Param(doc = "Extra elective sessions the trust runs for a CCG's patients waiting over 18 weeks (backlog clearance, longest "
               + "waiters first) while it works with that CCG on planned care: up to this share of the month's planned elective "
               + "sessions for the CCG's list, times their joint working (0-1, see jointWorkingBuildMonths; none during a "
               + "stand-off); only in beds left after emergencies and planned work, and, like its extra follow-up clinics, not "
               + "while its year to date is in deficit. The CCG pays for them under its contract (0: none)",
           unit = "share of elective sessions", min = 0, max = 1,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-18-week-backlog): backlogs cleared with extra elective activity "
                    + "for long waiters as CCG and hospital worked together on planned care; size an assumption: a few extra "
                    + "lists in a hundred")
    public double backlogClearanceShare = 0.05;

    @Param(doc = "Shortest wait of a routine (non-urgent) patient: tests, diagnostics and the decision to treat", unit = "months",
           min = 0, max = 6, source = "assumption")
    public int minimumWaitMonths = 2;
}
