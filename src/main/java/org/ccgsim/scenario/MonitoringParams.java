package org.ccgsim.scenario;

/** How the CCG monitors member practices' referrals (seed 000). */
public class MonitoringParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "A practice is an over-referrer when its referral rate exceeds the CCG's by this ratio", unit = "ratio", min = 1, max = 5,
           source = "Teething pains, May 2013 (over-referrers); threshold is an assumption")
    public double overReferralRatio = 1.25;

    @Param(doc = "How over-referrers are handled: peer (comparison among practices) or areaTeam (escalate)",
           source = "Teething pains, May 2013 (peer-pressure-limits)")
    public Escalation escalation = Escalation.PEER;

    @Param(doc = "Share of a practice's excess referral rate that one peer comparison removes", unit = "share 0-1", min = 0, max = 1,
           source = "Teething pains, May 2013 (peer-pressure-limits): peer pressure only goes so far")
    public double peerEffect = 0.15;

    @Param(doc = "Months between reviews of practice referral rates", unit = "months", min = 1, max = 12)
    public int reviewEveryMonths = 3;
}
