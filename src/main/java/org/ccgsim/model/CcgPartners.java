package org.ccgsim.model;

/**
 * A CCG among its neighbours (ODD "CCGs that learn from each other or compete"; seed 003,
 * 16 March): the CCGs that share its Area Team or one of its trusts. Two neighbours are partners
 * in proportion to the product of their {@code collaboration} stances and rivals in proportion to
 * the product of what is left of them. Partners share what works: a CCG closes part of the gap to
 * a neighbour that engages its practices harder (engagement effort) and adopts the scheme designs
 * of one whose practices deliver more. Rivals share nothing, and rivalry costs the leaders' time.
 * Each CCG reads its neighbours as they were at last month's end, so the stepping order of CCGs
 * does not matter.
 */
final class CcgPartners implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;

    Ccg[] neighbours = new Ccg[0];
    /** Engagement effort before learning and rivalry, as it was at last month's end (what neighbours see). */
    private double ownEffortSeen;
    private double ownEffort;
    /**
     * The sum of its members' delivery as it was at last month's end (what it and its neighbours read): its stock-take comes
     * right after its members' step, so a neighbour stepped later in the month would otherwise read this month's figure.
     */
    private double deliverySeen;
    /** This month's effort gained from partners, lost to rivalry, and scheme effect learnt. */
    double effortLearnt, effortLostToRivalry, schemeLearning;

    CcgPartners(Ccg ccg) {
        this.ccg = ccg;
    }

    /** Neighbours: the other CCGs assured by the same Area Team or using one of the same trusts. */
    void findNeighbours(Ccg[] all) {
        java.util.List<Ccg> found = new java.util.ArrayList<>();
        for (Ccg other : all) {
            if (other == ccg) continue;
            boolean neighbour = other.areaTeam == ccg.areaTeam;
            for (Contract a : ccg.contracts) for (Contract b : other.contracts) neighbour |= a.trust == b.trust;
            if (neighbour) found.add(other);
        }
        neighbours = found.toArray(new Ccg[0]);
    }

    /** After the style is chosen: learning from partners and the cost of rivalry change the engagement effort and the schemes. */
    void adjust() {
        ownEffort = ccg.engagementEffort;
        effortLearnt = effortLostToRivalry = schemeLearning = 0;
        if (neighbours.length == 0) return;
        var p = ccg.params;
        double c = p.collaboration;
        double ownDelivery = deliverySeen / ccg.practices.length;
        double effortGap = 0, deliveryGap = 0, rivalry = 0;
        for (Ccg j : neighbours) {
            double cj = j.params.collaboration;
            double partnership = c * cj;
            rivalry += (1 - c) * (1 - cj);
            effortGap += partnership * Math.max(0, j.partners.ownEffortSeen - ownEffort);
            deliveryGap += partnership * Math.max(0, j.partners.deliverySeen / j.practices.length - ownDelivery);
        }
        int n = neighbours.length;
        effortLearnt = p.learningFromPartners * effortGap / n;
        effortLostToRivalry = p.rivalryCost * rivalry / n;
        ccg.engagementEffort = Practice.clamp01((ownEffort + effortLearnt) * (1 - effortLostToRivalry));
        schemeLearning = p.learningFromPartners * deliveryGap / n;
        ccg.schemeRamp *= 1 + schemeLearning;
    }

    /** Month end (and at the start, after the first stock-take): what the neighbours will see of this CCG next month. */
    void endMonth() {
        ownEffortSeen = ownEffort;
        deliverySeen = ccg.members.deliverySum;
    }
}
