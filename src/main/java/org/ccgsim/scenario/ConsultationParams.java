package org.ccgsim.scenario;

/** Decisions and whether they are put to practices (seed 003, 14 April), and the issues practices raise outside them. */
public class ConsultationParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "How decisions are put to practices: locality (meetings) or virtual", source = "A CCG leader's blog, spring 2013 (consultation-lag)")
    public ConsultationMode mode = ConsultationMode.LOCALITY;

    @Param(doc = "Share of decisions touching primary care that are put to practices", unit = "share 0-1", min = 0, max = 1,
           source = "calibrated: ABC-SMC posterior median (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"); assumption")
    public double share = 0.8626;

    @Param(doc = "Decisions the CCG faces each month", unit = "decisions/month", min = 0, max = 50, source = "assumption")
    public double decisionsPerMonth = 3.0;

    @Param(doc = "Share of decisions that touch primary care (income, incentives, enhanced services)", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (consultation-lag): these are the contentious ones; the share is an assumption")
    public double primaryCareShare = 0.3;

    @Param(doc = "Time a decision takes through locality meetings", unit = "months", min = 0, max = 12,
           source = "A CCG leader's blog, spring 2013 (consultation-lag): six weeks or more")
    public double localityLagMonths = 1.5;

    @Param(doc = "Time a decision takes through virtual mechanisms", unit = "months", min = 0, max = 12,
           source = "A CCG leader's blog, spring 2013 (consultation-lag): virtual mechanisms are quicker; the size is an assumption")
    public double virtualLagMonths = 0.5;

    @Param(doc = "Share of partners' impatience with slow decisions still felt a month later", unit = "share/month", min = 0, max = 1,
           source = "assumption")
    public double impatienceRetained = 0.8;

    @Param(doc = "Partners' patience with a decision put to practices: the chance it is taken anyway, without the practices, "
               + "before the consultation ends is 1 - exp(-lag / patience)", unit = "months", min = 0.1, max = 60,
           source = "A CCG leader's blog, spring 2013 (decision-speed-tradeoff): partners call a CCG that always asks first slow; the size is an assumption")
    public double partnerPatienceMonths = 3;

    @Param(doc = "Practices one locality meeting can hear: with more practices in a locality, each is reached with chance "
               + "this over their number (a larger CCG finds it harder to consult all its practices)", unit = "practices", min = 1, max = 500,
           source = "A CCG leader's blog, spring 2013 (decision-speed-tradeoff): the bigger the CCG, the harder to canvass its practices; the size is an assumption")
    public double practicesPerMeeting = 20;

    @Param(doc = "Share of practices that answer a virtual consultation (whatever the CCG's size)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption")
    public double virtualResponse = 0.6;

    @Param(doc = "Chance that the decision reflects a practice's view once given (the practice is heard): its view changed the decision, "
               + "or it agreed with what was decided (the two are not told apart: no source separates them)", unit = "share 0-1",
           min = 0, max = 1, source = "calibrated: ABC-SMC posterior median (ccgsim calibrate, commit 54257e6; docs/validation.md \"Defaults from the fit\"); assumption")
    public double responsiveness = 0.9084;

    @Param(doc = "Problems a practice raises with the CCG through its locality lead each month, outside any formal consultation "
               + "(a hospital's late discharge letters, a pathway that does not work, a referral form): feedback the CCG may act on",
           unit = "issues/practice-month", min = 0, max = 10,
           source = "assumption: about one a month, brought to the monthly locality meeting or sent to the CCG's quality team")
    public double issuesPerPracticeMonth = 1.0;

    @Param(doc = "Chance that an engagement-led CCG, at the reference management allowance, acts on an issue raised through a "
               + "locality lead of average standing (takes it up with the provider or changes its own pathway); a stronger lead or more "
               + "capacity c gives 1 - (1 - chance)^c", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: about half")
    public double issueActionEngaged = 0.5;

    @Param(doc = "The same chance under directive management, whose agenda is set from the top; a mix weighs the two by its directive share",
           unit = "share 0-1", min = 0, max = 1, source = "assumption: half the engagement-led chance")
    public double issueActionDirective = 0.25;

    @Param(doc = "Share of a practice's memory of decisions (consulted and heard, or taken over its head) and of issues it raised (acted on or not) still held a month later; "
               + "its survey answer on whether the CCG acts on its feedback comes from this memory", unit = "share/month", min = 0, max = 1,
           source = "assumption: about two years of memory")
    public double feedbackMemoryRetained = 0.96;

    @Param(doc = "Weight, in decisions or issues, of a practice's prior expectation of being heard (half) before it has experience of its own",
           unit = "decisions", min = 0, max = 50, source = "assumption")
    public double feedbackPriorDecisions = 2;
}
