package org.ccgsim.scenario;

/** Decisions and whether they are put to practices (seed 003, 14 April). */
public class ConsultationParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "How decisions are put to practices: locality (meetings) or virtual", source = "A CCG leader's blog, spring 2013 (consultation-lag)")
    public ConsultationMode mode = ConsultationMode.LOCALITY;

    @Param(doc = "Share of decisions touching primary care that are put to practices", unit = "share 0-1", min = 0, max = 1)
    public double share = 0.6;

    @Param(doc = "Decisions the CCG faces each month", unit = "decisions/month", min = 0, max = 50)
    public double decisionsPerMonth = 3.0;

    @Param(doc = "Share of decisions that touch primary care (income, incentives, enhanced services)", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (consultation-lag): these are the contentious ones; the share is an assumption")
    public double primaryCareShare = 0.3;

    @Param(doc = "Time a decision takes through locality meetings", unit = "months", min = 0, max = 12,
           source = "A CCG leader's blog, spring 2013 (consultation-lag): six weeks or more")
    public double localityLagMonths = 1.5;

    @Param(doc = "Time a decision takes through virtual mechanisms", unit = "months", min = 0, max = 12)
    public double virtualLagMonths = 0.5;

    @Param(doc = "Share of partners' impatience with slow decisions still felt a month later", unit = "share/month", min = 0, max = 1)
    public double impatienceRetained = 0.8;
}
