package org.ccgsim.model;

import org.ccgsim.scenario.AccountableOfficer;
import org.ccgsim.scenario.ConsultationMode;
import org.ccgsim.scenario.ManagementStyle;

/**
 * How a CCG manages its members (ODD sections "Management style" and "Decisions and
 * consultation"): the style of the month (engagement, directive, a mix, adaptive, or directive
 * under the Area Team's directions), the engagement effort and directive pressure practices feel,
 * and the decisions put to practices or taken over their heads (seed 003, 7 and 14 April).
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
            share = Math.max(share, directionStrength);
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
     * a practice reached is heard when its view changes the decision. Every practice remembers each
     * decision as heard or not: that memory is its answer on whether the CCG acts on its feedback.
     */
    void takeDecisions(HealthEconomy economy) {
        var p = ccg.params.consultation;
        Practice[] ps = ccg.practices;
        for (Practice x : ps) x.fadeDecisionMemory(p.feedbackMemoryRetained);
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
                        if (ccg.random.decisions().nextBoolean(reach) && ccg.random.decisions().nextBoolean(p.responsiveness)) x.heardOnDecision();
                    }
                    continue;
                }
                takenAnywayCount++;
            }
            unconsulted++;
        }
        // every practice remembers each decision, heard or not: one pass for the month, not one per decision
        for (Practice x : ps) x.rememberDecisions(consulted + unconsulted);
        ccg.consultedDecisions = consulted;
        ccg.unconsultedDecisions = unconsulted;
        // partners' impatience with slow decisions fades month by month
        ccg.partnerImpatience = p.impatienceRetained * ccg.partnerImpatience + delayMonths;
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
