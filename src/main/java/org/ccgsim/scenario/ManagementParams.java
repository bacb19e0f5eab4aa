package org.ccgsim.scenario;

/** How the CCG leads its members (seed 003, 7 and 14 April). */
public class ManagementParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Management style: engagement, directive, adaptive or mix", source = "A CCG leader's blog, spring 2013 (engagement-drives-delivery)")
    public ManagementStyle style = ManagementStyle.ENGAGEMENT;

    @Param(doc = "Directive share when style is mix (0 = wholly engagement-led, 1 = wholly directive)", unit = "share 0-1",
           min = 0, max = 1)
    public double mix = 0.5;

    @Param(doc = "Engagement effort the leadership can give when engagement-led: visible leaders, consultation, "
               + "transparency over the management allowance", unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (leader-sessions): GP leaders work 2-3 sessions a week; the scale is an assumption")
    public double engagementEffort = 0.8;

    @Param(doc = "GP leaders' time for the CCG", unit = "sessions/week", min = 0, max = 10,
           source = "A CCG leader's blog, spring 2013 (leader-sessions): two or three sessions a week")
    public double leaderSessionsPerWeek = 2.5;

    @Param(doc = "Who is the accountable officer: gp or manager (a GP officer makes leadership more visible to practices)",
           source = "A CCG leader's blog, spring 2013 (gp-accountable-officer): only 22% of CCGs have a GP")
    public AccountableOfficer accountableOfficer = AccountableOfficer.MANAGER;

    @Param(doc = "Leaders' sessions a week at which their visibility to practices is full (fewer sessions, proportionally less)",
           unit = "sessions/week", min = 0.5, max = 10,
           source = "A CCG leader's blog, spring 2013 (leader-sessions): two or three sessions a week; full at three is an assumption")
    public double fullVisibilitySessions = 3;

    @Param(doc = "Visibility of the leadership to practices with a manager as accountable officer, relative to a GP",
           unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (gp-accountable-officer): a GP officer is a peer; the size is an assumption")
    public double managerOfficerVisibility = 0.85;

    @Param(doc = "Share of its engagement effort a wholly directive CCG still gives (visible leaders, some consultation)",
           unit = "share 0-1", min = 0, max = 1, source = "assumption")
    public double directiveEngagementRetained = 0.5;

    @Param(doc = "Share of the directive pressure of Area Team directions that an engagement-led CCG's leaders hold back from their "
               + "practices, answering the directions with their own recovery instead (weighed by the CCG's own engagement-led share: "
               + "a mix keeps faith in proportion, a directive CCG not at all)",
           unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (keep-faith): a director fresh from a hard Area Team meeting kept to engagement "
                  + "and left the big stick in the drawer; one director kept faith fully, the share over CCGs (half) is an assumption")
    public double keepFaithUnderDirections = 0.5;

    @Param(doc = "Adaptive style: revert to directive when QIPP delivered falls below this share of plan to date",
           unit = "share 0-1", min = 0, max = 1.5, source = "A CCG leader's blog, spring 2013 (keep-faith): the behaviour the source warns against; threshold is an assumption")
    public double adaptiveThreshold = 0.95;

    @Param(doc = "Adaptive style: months a reversion to directive lasts before the CCG reviews it", unit = "months", min = 1, max = 36,
           source = "assumption")
    public int adaptiveReviewMonths = 6;

    @Param(doc = "Extra optimism of the leaders about member ownership, on top of hearing mostly from involved practices",
           unit = "share 0-1", min = 0, max = 1,
           source = "Member practices and their CCG, 2013 (perception-gap): leaders rate ownership higher than uninvolved GPs")
    public double leaderOptimism = 0.05;

    @Param(doc = "How far the leaders ease off their engagement effort when the engagement they perceive is above their aim: "
               + "the effort is multiplied by 1 - response x (perceived - aim), between 0 and 1",
           unit = "1/share", min = 0, max = 5,
           source = "Member practices and their CCG, 2013 (perception-gap): leaders act on their own view of ownership; the size is an assumption")
    public double effortResponse = 1.0;

    @Param(doc = "Perceived engagement the leaders aim for: below it they give all the effort they can, above it they ease off",
           unit = "share 0-1", min = 0, max = 1, source = "assumption")
    public double engagementAim = 0.5;

    @Param(doc = "Adaptive style: QIPP shortfall the leaders excuse per unit of engagement they perceive (they turn directive when QIPP "
               + "falls below (threshold - faith x perceived) of plan), so optimism delays the correction",
           unit = "share of plan", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (keep-faith): leaders who believe in their members keep faith; the size is an assumption")
    public double adaptiveFaith = 0.2;
}
