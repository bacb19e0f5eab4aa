package org.ccgsim.model;

import org.ccgsim.scenario.AccountableOfficer;
import org.ccgsim.scenario.ConsultationMode;
import org.ccgsim.scenario.ManagementStyle;

/**
 * How a CCG manages its members (ODD sections "Management style" and "Decisions and
 * consultation"): the style of the month (engagement, directive, a mix, adaptive, or directive
 * under the Area Team's directions), the engagement effort and directive pressure practices feel,
 * the decisions put to practices or taken over their heads (seed 003, 7 and 14 April), and the issues
 * practices raise through their locality leads.
 */
final class CcgManagement implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;

    double directiveShare;
    private boolean adaptiveReverted;
    private int adaptiveMonthsLeft;
    private int directionMonthsLeft;
    private double directionStrength;
    /** Times an adaptive CCG has turned directive, and consulted decisions taken anyway without the practices, since the start. */
    int directiveSwitches;
    int takenAnywayCount;
    /** Issues practices raised through their locality leads, and those the CCG acted on, since the start. */
    int issuesRaised;
    int issuesActed;
    /** Practices in each locality, and this month's issues raised and acted on per practice of the locality (sized once). */
    private int[] localityPractices;
    private double[] raisedPerPractice, actedPerPractice;

    CcgManagement(Ccg ccg) {
        this.ccg = ccg;
    }

    void chooseStyle(HealthEconomy economy, int m) {
        var p = ccg.params.management;
        ManagementStyle style = p.style;
        double share;
        switch (style) {
            case DIRECTIVE: share = 1; break;
            case MIX: share = p.mix; break;
            case ADAPTIVE: share = adaptiveShare(economy); break;
            default: share = 0;
        }
        if (style != ManagementStyle.ADAPTIVE && adaptiveReverted) adaptiveReverted = false;
        if (directionMonthsLeft > 0) {
            // directions bind the CCG, but an engagement-led CCG's leaders keep faith with their members (keep-faith):
            // they hold back part of the pressure, in proportion to their own engagement-led share
            share = Math.max(share, directionStrength * (1 - p.keepFaithUnderDirections * (1 - share)));
            directionMonthsLeft--;
        }
        directiveShare = share;
        double visibility = Math.min(1.0, p.leaderSessionsPerWeek / p.fullVisibilitySessions)
                * (p.accountableOfficer == AccountableOfficer.GP ? 1.0 : p.managerOfficerVisibility);
        // engagementEffort is what the leadership can give; leaders who believe engagement above their aim give less of it
        double response = Math.max(0, Math.min(1, 1 + p.effortResponse * (p.engagementAim - ccg.members.perceivedEngagement)));
        // even a directive CCG keeps some visible engagement,
        // and a thin management team cannot support its leaders' visible engagement
        ccg.engagementEffort = Math.min(1.0, response * (1 - (1 - p.directiveEngagementRetained) * share) * p.engagementEffort
                * visibility * ccg.managementCapacity());
        ccg.directivePressure = share;
    }

    /**
     * Adaptive: engage, but revert to directive for a review period whenever QIPP lags plan by more
     * than the leaders excuse; the more engaged they believe their members, the more they excuse.
     */
    private double adaptiveShare(HealthEconomy economy) {
        var p = ccg.params.management;
        if (adaptiveMonthsLeft > 0) adaptiveMonthsLeft--;
        CcgFinance f = ccg.finance;
        double threshold = p.adaptiveThreshold - p.adaptiveFaith * ccg.members.perceivedEngagement;
        boolean lagging = ccg.premium.monthsThisYear >= 2 && f.qippDeliveredYtd < threshold * f.qippPlanToDate();
        if (!adaptiveReverted && lagging) {
            adaptiveReverted = true;
            adaptiveMonthsLeft = p.adaptiveReviewMonths;
            directiveSwitches++;
            economy.log(ccg, "ccg", "style_switch", "QIPP lagging plan: the CCG turns directive");
        } else if (adaptiveReverted && adaptiveMonthsLeft == 0) {
            if (lagging) {
                adaptiveMonthsLeft = p.adaptiveReviewMonths;
            } else {
                adaptiveReverted = false;
                economy.log(ccg, "ccg", "style_switch", "QIPP back on plan: the CCG returns to engagement");
            }
        }
        return adaptiveReverted ? 1 : 0;
    }

    /**
     * Decisions this month: those touching primary care are put to practices or taken over their
     * heads. A consultation takes its mode's lag, during which partners wait (their impatience grows);
     * if they will not wait, the decision is taken anyway without the practices. A consultation
     * reaches some practices (locality meetings hear only so many; a virtual one is answered by some);
     * a practice reached gives its view, and is heard when the decision reflects it. A decision taken without a
     * practice's view (not put to practices, taken anyway, or the practice not reached) is feedback ignored only if
     * the practice objects to it, which it does unless it shares the CCG's aims (chance: its engagement). Practices
     * also raise issues through their locality leads, some of which the CCG acts on ({@link #raiseIssues}). Every
     * practice remembers its views and objections as heard or not, and its issues as acted on or not: that memory
     * is its answer on whether the CCG acts on its feedback.
     */
    void takeDecisions(HealthEconomy economy) {
        var p = ccg.params.consultation;
        Practice[] ps = ccg.practices;
        raiseIssues(p);
        for (Practice x : ps) {
            x.fadeDecisionMemory(p.feedbackMemoryRetained);
            x.rememberIssues(raisedPerPractice[x.locality], actedPerPractice[x.locality]);
        }
        int consulted = 0;
        int unconsulted = 0;
        int decisions = Poisson.sample(ccg.random.decisions(), p.decisionsPerMonth);
        double lag = p.mode == ConsultationMode.LOCALITY ? p.localityLagMonths : p.virtualLagMonths;
        double takenAnyway = 1 - Math.exp(-lag / p.partnerPatienceMonths);
        double reach = reach(p, ps.length);
        double delayMonths = 0;
        for (int i = 0; i < decisions; i++) {
            if (!ccg.random.decisions().nextBoolean(p.primaryCareShare)) continue;
            // a directive CCG consults less
            if (ccg.random.decisions().nextBoolean(p.share * (1 - directiveShare))) {
                delayMonths += lag;
                if (!ccg.random.decisions().nextBoolean(takenAnyway)) {
                    consulted++;
                    for (Practice x : ps) {
                        if (ccg.random.decisions().nextBoolean(reach)) x.gaveView(ccg.random.decisions().nextBoolean(p.responsiveness));
                        else x.decidedOverItsHead(1);
                    }
                    continue;
                }
                takenAnywayCount++;
            }
            unconsulted++;
        }
        // decisions taken over every practice's head: one pass for the month, not one per decision
        if (unconsulted > 0) for (Practice x : ps) x.decidedOverItsHead(unconsulted);
        ccg.consultedDecisions = consulted;
        ccg.unconsultedDecisions = unconsulted;
        // partners' impatience with slow decisions fades month by month
        ccg.partnerImpatience = p.impatienceRetained * ccg.partnerImpatience + delayMonths;
    }

    /**
     * Issues raised this month outside formal consultation (hospital quality, pathways, referral forms): each
     * locality's practices raise Poisson({@code issuesPerPracticeMonth} × practices) through their lead, and the CCG
     * acts on each with chance 1 - (1 - q)^(κ × lead reach), q weighing the engagement-led and directive chances by the
     * month's directive share, κ the management capacity the allowance funds. Acted-on and ignored counts are drawn
     * apart (Poisson splitting), two draws a locality; the lead reports back, so each practice of the locality
     * remembers its share of both.
     */
    private void raiseIssues(org.ccgsim.scenario.ConsultationParams p) {
        Practice[] ps = ccg.practices;
        int localities = ccg.params.localities;
        if (localityPractices == null) {
            localityPractices = new int[localities];
            raisedPerPractice = new double[localities];
            actedPerPractice = new double[localities];
            for (Practice x : ps) localityPractices[x.locality]++;
        }
        double action = (1 - directiveShare) * p.issueActionEngaged + directiveShare * p.issueActionDirective;
        double capacity = ccg.managementCapacity();
        for (int l = 0; l < localities; l++) {
            int n = localityPractices[l];
            if (n == 0) continue;
            double q = 1 - Math.pow(1 - action, capacity * ccg.members.leadReach(l));
            double mean = p.issuesPerPracticeMonth * n;
            int acted = Poisson.sample(ccg.random.decisions(), mean * q);
            int ignored = Poisson.sample(ccg.random.decisions(), mean * (1 - q));
            issuesRaised += acted + ignored;
            issuesActed += acted;
            raisedPerPractice[l] = (acted + ignored) / (double) n;
            actedPerPractice[l] = acted / (double) n;
        }
    }

    /**
     * Chance a consultation reaches a practice: a locality meeting hears {@code practicesPerMeeting}
     * practices, so fewer of each in a larger CCG; a virtual one is answered by a share whatever the size.
     */
    double reach(org.ccgsim.scenario.ConsultationParams p, int practices) {
        if (p.mode == ConsultationMode.VIRTUAL) return p.virtualResponse;
        double perLocality = practices / (double) Math.max(1, ccg.params.localities);
        return Math.min(1.0, p.practicesPerMeeting / perLocality);
    }

    /** Directions from the Area Team force directive management for a while. */
    void receiveDirections(double strength, int months) {
        directionStrength = strength;
        directionMonthsLeft = months;
    }

    boolean underDirections() { return directionMonthsLeft > 0; }
}
