package org.ccgsim.scenario;

/** The non-recurrent 2% transformation fund (seed 003, 5 May). */
public class FundParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Where the fund goes: none, primaryCare, community, socialCare or acute", source = "A CCG leader's blog, spring 2013 (fund-may-not-exist)")
    public FundUse use = FundUse.PRIMARY_CARE;

    @Param(doc = "Share of the 2% that really exists once the PCT legacy is paid for", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (fund-may-not-exist): for many CCGs not the full 2%, for some none")
    public double available = 0.5;

    @Param(doc = "Months before an investment in community services or social care changes activity", unit = "months", min = 0, max = 36)
    public int lagMonths = 6;

    @Param(doc = "Investment per head at which half the largest effect is reached", unit = "£/head/year", min = 0.1, max = 500)
    public double halfEffectPerHead = 12;

    @Param(doc = "Community services: largest cut in emergency admissions", unit = "share 0-1", min = 0, max = 0.5,
           source = "calibrated: ABC-SMC posterior median 0.0798 (ccgsim calibrate of this parameter alone, 20 replications an evaluation, "
                    + "stoke-non-elective the fitted target, in the tenth round's Stoke case that keeps its fund through the year; 0.1365 from the joint fit "
                    + "before, when in-year recovery held that fund back; docs/validation.md \"The Stoke case under Stoke's own finances\"); "
                    + "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-non-elective): about 7% fewer in a year; size is calibrated")
    public double communityNonElectiveCut = 0.0798;

    @Param(doc = "Community services: largest cut in GP referrals to hospital (community outpatients, diagnostics)", unit = "share 0-1",
           min = 0, max = 0.5, source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-community-services)")
    public double communityReferralCut = 0.08;

    @Param(doc = "Share of the community services' referral cut that rests with each practice's use of them: a practice "
               + "realises (1 - this) + this x its delivery of the CCG's schemes of the cut (0: every practice alike)",
           unit = "share 0-1", min = 0, max = 1,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-community-services, stoke-gps-direct-use): GPs direct "
                  + "their patients to the new services, which risk poor take-up; community clinics take GP referrals, "
                  + "so all of the cut is taken to rest with the practices")
    public double communityUseFromDelivery = 1.0;

    @Param(doc = "Community services: largest cut in hospital follow-up demand", unit = "share 0-1", min = 0, max = 0.9,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-follow-ups)")
    public double communityFollowUpCut = 0.30;

    @Param(doc = "Social-care integration: largest cut in emergency admissions", unit = "share 0-1", min = 0, max = 0.5)
    public double socialCareNonElectiveCut = 0.06;

    @Param(doc = "Social-care integration: largest cut in length of stay (delayed discharges)", unit = "share 0-1", min = 0, max = 0.5,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-non-elective): 6% fewer delayed discharges")
    public double socialCareStayCut = 0.10;

    @Param(doc = "Primary-care investment: largest relief of practice workload", unit = "workload units", min = 0, max = 1)
    public double primaryCareWorkloadRelief = 0.25;
}
