package org.ccgsim.model;

/** The quality premium's arithmetic (seed 003, 20 April), kept apart so the rules can be checked on their own. */
public final class QualityPremium {
    private QualityPremium() {}

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
