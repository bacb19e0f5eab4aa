package org.ccgsim.scenario;

/** The quality premium (seed 003, 20 April): assessed at year end, paid the next year. */
public class QualityPremiumParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Largest premium a CCG can earn", unit = "£/head/year", min = 0, max = 50,
           source = "A CCG leader's blog, spring 2013 (quality-premium-potential): £5 per head")
    public double potentialPerHead = 5;

    @Param(doc = "Cut in the premium for each MRSA bloodstream infection", unit = "% of potential", min = 0, max = 100,
           source = "A CCG leader's blog, spring 2013 (quality-premium-mrsa): 12.5% per case")
    public double mrsaCutPct = 12.5;

    @Param(doc = "Weight of the emergency-admissions indicator (met when the rate falls year on year)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: national indicators in the 2013/14 guidance; weights are not in the seeds")
    public double emergencyWeight = 0.25;

    @Param(doc = "Weight of the local indicators (earned in proportion to practices' delivery of the CCG's schemes); "
               + "the weights need not sum to 1: indicators outside the model trim the rest", unit = "share 0-1",
           min = 0, max = 1, source = "calibrated: ABC-SMC posterior median (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"); A CCG leader's blog, spring 2013 (quality-premium-realistic): set so the baseline earns about £2 a head "
               + "(the worked example pays £300k of £800k); a calibration, not an independent check")
    public double localWeight = 0.5266;

    @Param(doc = "Weight of the 18-week waiting-time indicator (met when 90% of the waiting list is within 18 weeks)", unit = "share 0-1",
           min = 0, max = 1)
    public double waitingWeight = 0.25;

    @Param(doc = "What the CCG does with the premium: patients or practices", source = "A CCG leader's blog, spring 2013 (quality-premium-use)")
    public PremiumUse use = PremiumUse.PATIENTS;

    @Param(doc = "Premium per head handed to practices at which the incentive has its full effect on engagement", unit = "£/head/year",
           min = 0.1, max = 50)
    public double incentiveFullEffectPerHead = 2;

    @Param(doc = "Chance, in the year a premium goes to practices, that the press runs the story", unit = "probability/year", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (quality-premium-media): a media story waiting to happen; size is an assumption")
    public double mediaStoryChance = 0.4;

    @Param(doc = "Months of extra doubt about CCGs' future after a media story", unit = "months", min = 0, max = 24)
    public int mediaStoryMonths = 4;

    @Param(doc = "Largest practice incentive, as a multiple of its full effect (more money per head adds nothing beyond this)",
           unit = "ratio", min = 0, max = 10)
    public double incentiveCap = 1.5;

    @Param(doc = "Extra talk of abolition (added to world.abolitionTalk, at most 1) while a media story runs", unit = "share 0-1",
           min = 0, max = 1, source = "A CCG leader's blog, spring 2013 (quality-premium-media); Member practices and their CCG, 2013 (abolition-talk); size is an assumption")
    public double mediaStoryAbolitionTalk = 0.5;

    @Param(doc = "Months the Area Team scrutinises a CCG after a media story about its premium: its quarterly assurance then gives "
               + "directions at once and counts any QIPP shortfall against plan", unit = "months", min = 0, max = 36,
           source = "A CCG leader's blog, spring 2013 (quality-premium-media): a story invites scrutiny; the size is an assumption")
    public int mediaStoryScrutinyMonths = 12;

    @Param(doc = "Share of the waiting list that must be within 18 weeks for the waiting-time indicator to be met",
           unit = "share 0-1", min = 0, max = 1, source = "assumption: the 18-week standard of the period (90% of admitted patients)")
    public double waitingStandard = 0.9;
}
