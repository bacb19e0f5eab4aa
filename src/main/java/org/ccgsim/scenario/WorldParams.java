package org.ccgsim.scenario;

/** Conditions outside any one organisation. */
public class WorldParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Talk that CCGs will soon be abolished (0 none, 1 loud and constant)", unit = "share 0-1", min = 0, max = 1,
           source = "Member practices and their CCG, 2013 (abolition-talk)")
    public double abolitionTalk = 0.1;

    @Param(doc = "Emergency admissions in an average January above the year's mean (a cosine season, lowest in July)",
           unit = "% of mean", min = 0, max = 50,
           source = "assumption: national statistics, approximate: a clear winter peak in emergency admissions")
    public double winterPeakPct = 8;

    @Param(doc = "Spread of winter severity from year to year: each financial year's peak is winterPeakPct x max(0, 1 + sd x N(0,1))",
           unit = "share of the peak", min = 0, max = 2, source = "assumption: some winters are much harder than others")
    public double winterSeveritySd = 0.5;
}
