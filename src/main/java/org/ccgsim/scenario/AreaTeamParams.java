package org.ccgsim.scenario;

/** An NHS England Area Team. The top-level {@code areaTeam} block holds defaults for every {@code areaTeams} entry. */
public class AreaTeamParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Identifier of the Area Team")
    public String id = "area-team";

    @Param(doc = "Name shown in outputs")
    public String name = "Shropshire and Staffordshire Area Team";

    @Param(doc = "Style towards CCGs and practices: coaching or directive", source = "A CCG leader's blog, spring 2013 (area-team-style)")
    public AreaTeamStyle style = AreaTeamStyle.COACHING;

    @Param(doc = "Months a contract stand-off may last before the Area Team arbitrates", unit = "months", min = 1, max = 24,
           source = "assumption")
    public int arbitrationAfterMonths = 4;

    @Param(doc = "Quarterly assurance: QIPP delivered below this share of plan to date is a warning sign; the CCG is off plan "
               + "only if its forecast year-end surplus also misses its target", unit = "share 0-1",
           min = 0, max = 1.5, source = "assumption")
    public double assuranceThreshold = 0.7;

    @Param(doc = "Quarterly assurance: a CCG whose forecast year-end surplus falls short of its target by more than this, "
               + "or which is in deficit to date, is off plan whatever its QIPP", unit = "% of allocation", min = 0, max = 5,
           source = "assumption")
    public double assuranceTolerancePct = 0.5;

    @Param(doc = "Months that directions (forced directive management) last", unit = "months", min = 1, max = 24)
    public int directionMonths = 6;

    @Param(doc = "Directive share imposed on a CCG under directions", unit = "share 0-1", min = 0, max = 1)
    public double directionStrength = 0.7;

    @Param(doc = "Referral ratio to the CCG mean at which a directive Area Team puts a practice under remedial action", unit = "ratio",
           min = 1, max = 5, source = "Teething pains, May 2013 (gp-contract-holder)")
    public double remedialRatio = 1.35;

    @Param(doc = "Months a practice stays under remedial action", unit = "months", min = 1, max = 24)
    public int remedialMonths = 6;

    @Param(doc = "Cut in a practice's referral multiplier under remedial action", unit = "share 0-1", min = 0, max = 1)
    public double remedialReferralCut = 0.2;

    @Param(doc = "Monthly chance of dealing with a trust directly, bypassing the CCG (coaching style)", unit = "probability/month",
           min = 0, max = 1, source = "A CCG leader's blog, spring 2013 (area-team-bypass)")
    public double bypassChanceCoaching = 0.02;

    @Param(doc = "Monthly chance of dealing with a trust directly, bypassing the CCG (directive style)", unit = "probability/month",
           min = 0, max = 1, source = "A CCG leader's blog, spring 2013 (area-team-bypass)")
    public double bypassChanceDirective = 0.12;

    @Param(doc = "Extra bypass chance per month while a trust lobbies the Area Team", unit = "probability/month", min = 0, max = 1)
    public double lobbyingBypassChance = 0.08;

    @Param(doc = "Months after a bypass during which the CCG's hand in negotiation is weaker", unit = "months", min = 0, max = 24)
    public int bypassMonths = 3;

    @Param(doc = "Extra bypass chance per month per month of decisions a CCG's partners are kept waiting (impatience)",
           unit = "probability/month", min = 0, max = 1)
    public double impatienceBypassChance = 0.01;

    @Param(doc = "CCGs an Area Team can give its full attention to; with more, its attention to each (remedial action, "
               + "directive culture, bypasses) is this over the number of its CCGs", unit = "CCGs", min = 1, max = 500,
           source = "assumption: 27 Area Teams for 211 CCGs, about 8 each")
    public double ccgsFullAttention = 8;

    @Param(doc = "Quarterly assurance: partners' impatience (months of decisions kept waiting, fading) above which they complain of a slow "
               + "CCG and the Area Team finds it off plan", unit = "months", min = 0, max = 100,
           source = "A CCG leader's blog, spring 2013 (decision-speed-tradeoff): partners call a CCG that always asks first slow; the size is an assumption")
    public double impatienceWarning = 6;
}
