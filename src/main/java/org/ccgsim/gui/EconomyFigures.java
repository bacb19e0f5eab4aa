package org.ccgsim.gui;

import java.util.Arrays;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.CcgMonth;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;

/**
 * One month's figures for the live charts, for the whole economy: with one CCG they are that
 * CCG's monthly figures; with several, sums and per-1,000 rates over all of them, and engagement
 * quartiles over all practices. Taken on the model thread, then handed to the Swing thread.
 */
record EconomyFigures(int month, double engagementMean, double engagementP25, double engagementP75,
                      double referralsPer1000, double emergencyPer1000, double surplusMillions, double surplusTargetMillions,
                      long waitingList, long breaches18wk) {

    static EconomyFigures of(HealthEconomy economy, int month) {
        Practice[] ps = economy.practices();
        double[] e = new double[ps.length];
        double sum = 0;
        for (int i = 0; i < ps.length; i++) {
            e[i] = ps[i].getEngagement();
            sum += e[i];
        }
        Arrays.sort(e);
        long population = 0, referrals = 0, emergencies = 0, waiting = 0, breaches = 0;
        double surplus = 0, target = 0;
        for (Ccg c : economy.ccgs()) {
            CcgMonth m = c.month;
            population += m.population;
            referrals += m.electiveReferrals;
            emergencies += m.nonElectiveAdmissions;
            surplus += m.surplusYtd;
            target += m.surplusTarget;
            waiting += m.waitingList;
            breaches += m.breaches18wk;
        }
        double perThousand = population == 0 ? 0 : 1000.0 / population;
        return new EconomyFigures(month, ps.length == 0 ? 0 : sum / ps.length, quantile(e, 0.25), quantile(e, 0.75),
                referrals * perThousand, emergencies * perThousand, surplus / 1e6, target / 1e6, waiting, breaches);
    }

    /** Linear-interpolation quantile of sorted values (R's type 7), as in monthly.csv. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return 0;
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
