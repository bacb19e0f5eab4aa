package org.ccgsim.model;

import org.ccgsim.scenario.Escalation;

/**
 * What a CCG knows of its member practices (ODD sections "Perceived engagement" and "Monitoring"):
 * a monthly stock-take after they have acted, the leaders' view of engagement (seed 001), and the
 * periodic review of referral rates that handles over-referrers by peer comparison or escalation.
 */
final class CcgMembers implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;

    private double[] localitySum;
    /** How much of the CCG's engagement effort reaches each locality's practices through its lead (mean 1). */
    private double[] leadReach;
    private int[] localityCount;
    // the monthly stock-take of the members, once they have acted (see takeStock)
    double engagementSum, deliverySum, complianceSum;
    /** Sum over practices of the chance each says the CCG acts on its feedback (see {@link Practice#saysCcgActsOnFeedback}). */
    double feedbackSum;
    double perceivedEngagement;
    /** Each practice's engagement at the last stock-take: what its peers see this month. */
    private double[] engagementSeen;
    /** Mean of each practice's peers' engagement at the last stock-take (NaN without peers): the peer pull of the month after. */
    private double[] peerMeanSeen;
    /** Moran's I of engagement over the peer network at the last stock-take. */
    double moransI;
    /** Standard deviation across localities (those with practices) of their mean engagement at the last stock-take. */
    double localitySd;

    CcgMembers(Ccg ccg) {
        this.ccg = ccg;
    }

    void initialise() {
        int n = ccg.params.localities;
        ccg.localityMean = new double[n];
        localitySum = new double[n];
        localityCount = new int[n];
        for (Practice p : ccg.practices) localityCount[p.locality]++;
        // the CCG works through localities: a strong lead carries more of its effort to the practices (stoke-localities)
        double spread = ccg.params.localityLeadSpread;
        leadReach = new double[n];
        for (int l = 0; l < n; l++) {
            double z = l < ccg.map.localities() ? ccg.map.leadStanding(l) : 0;
            leadReach[l] = Math.exp(spread * z - spread * spread / 2);
        }
        engagementSeen = new double[ccg.practices.length];
        peerMeanSeen = new double[ccg.practices.length];
    }

    /**
     * The CCG takes stock of its members once a month, after they have acted: sums of engagement,
     * delivery, compliance and survey answers on feedback, each practice's engagement as its peers will see it next month, the
     * mean engagement of each locality and their spread, Moran's I over the peer network with each practice's peer mean, and what the leaders
     * believe. One pass over the practices serves all but Moran's I, which needs the mean first.
     */
    void takeStock() {
        java.util.Arrays.fill(localitySum, 0);
        double e = 0, squares = 0, d = 0, c = 0, f = 0;
        double prior = ccg.params.consultation.feedbackPriorDecisions;
        for (Practice p : ccg.practices) {
            double x = p.engagement;
            e += x;
            squares += x * x;
            d += p.delivery;
            c += p.compliance;
            f += p.saysCcgActsOnFeedback(prior);
            localitySum[p.locality] += x;
            engagementSeen[p.index] = x;
        }
        engagementSum = e;
        deliverySum = d;
        complianceSum = c;
        feedbackSum = f;
        double[] mean = ccg.localityMean;
        double meanSum = 0;
        int peopled = 0;
        for (int l = 0; l < mean.length; l++) {
            mean[l] = localityCount[l] == 0 ? 0 : localitySum[l] / localityCount[l];
            if (localityCount[l] == 0) continue;
            peopled++;
            meanSum += mean[l];
        }
        localitySd = localitySpread(mean, peopled == 0 ? 0 : meanSum / peopled, peopled);
        perceivedEngagement = perceive(e, squares);
        moransI = ccg.map.moransI(engagementSeen, engagementSeen.length, e / engagementSeen.length, peerMeanSeen);
    }

    /** Population standard deviation of the localities' means (each locality with practices counts once, whatever its size); 0 below two. */
    private double localitySpread(double[] mean, double grandMean, int peopled) {
        if (peopled < 2) return 0;
        double squares = 0;
        for (int l = 0; l < mean.length; l++) {
            if (localityCount[l] == 0) continue;
            double z = mean[l] - grandMean;
            squares += z * z;
        }
        return Math.sqrt(squares / peopled);
    }

    /** Share of the CCG's engagement effort that reaches a locality's practices through its lead (1 when all leads are alike). */
    double leadReach(int locality) { return leadReach[locality]; }

    /**
     * Mean engagement of a practice's peers at the last stock-take, so every practice sees the
     * same month whatever the stepping order; {@code own} when it has no peers (no pull). Computed at
     * the stock-take, in the walk that gives Moran's I.
     */
    double peerMean(int practice, double own) {
        double m = peerMeanSeen[practice];
        return m == m ? m : own;
    }

    /**
     * Leaders hear mostly from the practices involved in the CCG, which are the engaged ones: their
     * view is the engagement-weighted mean, plus some optimism of their own (seed 001).
     */
    private double perceive(double sum, double sumSquares) {
        double heard = sum > 0 ? sumSquares / sum : 0;
        return Math.min(1.0, heard + ccg.params.management.leaderOptimism * (1 - heard));
    }

    /** Periodic look at referral rates: over-referrers get peer comparison or go to the Area Team. */
    void reviewReferrals(HealthEconomy economy) {
        var mp = ccg.params.monitoring;
        double totalReferrals = 0;
        for (Practice p : ccg.practices) totalReferrals += p.referralsSinceReview;
        double meanRate = totalReferrals / ccg.population;
        if (meanRate <= 0) return;
        for (Practice p : ccg.practices) {
            double ratio = p.referralsSinceReview / (double) p.listSize / meanRate;
            p.overReferrer = ratio > mp.overReferralRatio;
            if (p.overReferrer && p.remedialMonthsLeft == 0) {
                if (mp.escalation == Escalation.AREA_TEAM) {
                    ccg.areaTeam.escalate(economy, p);
                } else {
                    // peer comparison needs analysts and time with the practice: it scales with capacity
                    p.referralMultiplier /= 1 + mp.peerEffect * ccg.managementCapacity() * (ratio - 1);
                }
            }
            p.referralsSinceReview = 0;
        }
    }
}
