package org.ccgsim.model;

import org.ccgsim.scenario.PremiumUse;

/**
 * The quality premium (ODD section "Quality premium"; seed 003, 20 April): one CCG's indicators
 * over the year, the year-end assessment, and the payment the next April, spent on programmes or
 * handed to practices as an incentive (which can make the news). The rules' arithmetic is in the
 * static methods, so it can be checked on its own.
 */
public final class QualityPremium implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;

    double awarded;        // at the last year end
    double pendingPayment; // paid next April
    double toSpendMonthly;
    private int mediaDoubtMonthsLeft;
    /** Months left of the Area Team's closer scrutiny after a media story. */
    private int scrutinyMonthsLeft;
    /** Media stories about this CCG's premium since the start. */
    int mediaStories;
    private int mrsaThisYear;
    private double deliverySumThisYear;
    int monthsThisYear;
    private long nonElectiveThisYear;
    private long nonElectiveLastYear;
    private double expectedNonElectiveBase; // expected emergency admissions a year without schemes, at 2012/13 rates

    QualityPremium(Ccg ccg) {
        this.ccg = ccg;
    }

    void initialise(HealthEconomy economy) {
        for (Practice p : ccg.practices) {
            expectedNonElectiveBase += 12 * (p.listSize / 1000.0) * economy.practiceParams.nonElectivePer1000;
        }
    }

    /** April: the year's indicators start afresh, and last year's premium arrives. */
    void startYear(HealthEconomy economy, int yearIndex) {
        var qp = ccg.params.qualityPremium;
        mrsaThisYear = 0;
        deliverySumThisYear = 0;
        monthsThisYear = 0;
        nonElectiveLastYear = yearIndex == 0 ? Math.round(expectedNonElectiveBase * ccg.demandGrowth) : nonElectiveThisYear;
        nonElectiveThisYear = 0;
        toSpendMonthly = 0;
        ccg.incentive = 0;
        if (pendingPayment > 0) {
            ccg.finance.receivePremium(economy, pendingPayment);
            toSpendMonthly = pendingPayment / 12;
            if (qp.use == PremiumUse.PRACTICES) {
                double perHead = pendingPayment / ccg.population;
                ccg.incentive = Math.min(qp.incentiveCap, perHead / qp.incentiveFullEffectPerHead);
                if (ccg.random.premium().nextBoolean(qp.mediaStoryChance)) {
                    mediaDoubtMonthsLeft = qp.mediaStoryMonths;
                    scrutinyMonthsLeft = qp.mediaStoryScrutinyMonths;
                    mediaStories++;
                    economy.log(ccg, "press", "media_story", "Quality premium handed to GP practices makes the news");
                }
            }
            pendingPayment = 0;
        }
    }

    int mrsaThisYear() { return mrsaThisYear; }

    void countDownMediaDoubt() {
        if (mediaDoubtMonthsLeft > 0) mediaDoubtMonthsLeft--;
        if (scrutinyMonthsLeft > 0) scrutinyMonthsLeft--;
    }

    /** After a media story the Area Team looks harder at the CCG for a while (see {@link AreaTeam}). */
    boolean underScrutiny() { return scrutinyMonthsLeft > 0; }

    /** A media story about the premium feeds talk that CCGs will not last. */
    boolean mediaDoubt() { return mediaDoubtMonthsLeft > 0; }

    void countMonth() {
        nonElectiveThisYear += ccg.nonElective;
        monthsThisYear++;
        for (Contract c : ccg.contracts) mrsaThisYear += c.mrsaCases;
    }

    void countDelivery(double meanDelivery) {
        deliverySumThisYear += meanDelivery;
    }

    /**
     * Year end: the quality premium is earned only with financial balance and no serious CQC breach
     * at a provider; each MRSA case cuts 12.5% of the potential; indicators decide the rest (seed 003).
     */
    void assess(HealthEconomy economy) {
        var qp = ccg.params.qualityPremium;
        double potential = qp.potentialPerHead * ccg.population;
        boolean balance = ccg.finance.surplusYtd() >= 0;
        if (!balance || ccg.cqcBreachThisYear) {
            awarded = 0;
            economy.log(ccg, "nhs-england", "quality_premium_award",
                    "No quality premium: " + (!balance ? "financial balance missed" : "serious CQC breach at a provider")
                            + "; potential £" + Math.round(potential));
        } else {
            boolean emergencyMet = nonElectiveThisYear < nonElectiveLastYear;
            long waiting = 0, over = 0;
            for (Contract c : ccg.contracts) { waiting += c.waitingList.waiting(); over += c.waitingList.overEighteenWeeks(); }
            boolean waitingMet = waiting == 0 || over <= (1 - qp.waitingStandard) * waiting;
            double meanDelivery = deliverySumThisYear / Math.max(1, monthsThisYear);
            double score = (emergencyMet ? qp.emergencyWeight : 0) + qp.localWeight * meanDelivery
                    + (waitingMet ? qp.waitingWeight : 0);
            awarded = award(potential, Math.min(1, score), mrsaFactor(mrsaThisYear, qp.mrsaCutPct));
            StringBuilder detail = new StringBuilder("Quality premium £").append(Math.round(awarded))
                    .append("; potential £").append(Math.round(potential));
            if (!emergencyMet) detail.append("; emergency admissions not down -").append(fmt1(100 * qp.emergencyWeight)).append('%');
            detail.append("; local indicators partly met -").append(fmt1(100 * qp.localWeight * (1 - meanDelivery))).append('%');
            if (!waitingMet) detail.append("; 18 weeks missed -").append(fmt1(100 * qp.waitingWeight)).append('%');
            if (mrsaThisYear > 0) detail.append("; MRSA ").append(mrsaThisYear).append(" cases -")
                    .append(fmt1(Math.min(100, mrsaThisYear * qp.mrsaCutPct))).append('%');
            economy.log(ccg, "nhs-england", "quality_premium_award", detail.toString());
        }
        pendingPayment = awarded;
    }

    private static String fmt1(double x) {
        return Long.toString(Math.round(x * 10) / 10) + (Math.round(x * 10) % 10 == 0 ? "" : "." + Math.abs(Math.round(x * 10) % 10));
    }

    /** The most a CCG can earn: the per-head potential times its population. */
    public static double potential(double perHead, long population) {
        return perHead * population;
    }

    /** What is left after MRSA cases: each one cuts {@code cutPct} percent of the potential, down to nothing. */
    public static double mrsaFactor(int cases, double cutPct) {
        return Math.max(0, 1 - cases * cutPct / 100.0);
    }

    /** The award: the potential scaled by the indicator score (0-1) and the MRSA factor. */
    public static double award(double potential, double indicatorScore, double mrsaFactor) {
        return potential * Math.max(0, Math.min(1, indicatorScore)) * mrsaFactor;
    }
}
