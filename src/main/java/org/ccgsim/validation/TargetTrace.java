package org.ccgsim.validation;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;

/** Every {@link Observable} of the first CCG, month by month, for one replication. */
public final class TargetTrace implements EconomyObserver {
    private static final Observable[] ALL = Observable.values();
    final double[][] series;

    TargetTrace(int months) {
        series = new double[ALL.length][months];
    }

    public double[] series(Observable o) { return series[o.ordinal()]; }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        if (month >= series[0].length) return;
        Ccg ccg = economy.ccgs()[0];
        var m = ccg.month;
        double pop = ccg.getPopulation();
        for (Observable o : ALL) {
            double v = switch (o) {
                case ENGAGEMENT -> m.engagementMean;
                case DELIVERY -> m.deliveryMean;
                case FEEDBACK_SHARE -> m.feedbackShare;
                case PERCEPTION_GAP -> ccg.getPerceivedEngagement() - m.engagementMean;
                case SHARE_ENGAGEMENT_BELOW_HALF -> belowHalf(ccg.practices());
                case QUARTILE_DELIVERY_RATIO -> Trace.quartileDeliveryRatio(ccg.practices());
                case QIPP_PCT -> 100 * ccg.getQippRequired() / ccg.getAllocation();
                case REFERRALS_PER_1000 -> 1000.0 * m.electiveReferrals / pop;
                case NON_ELECTIVE_PER_1000 -> 1000.0 * m.nonElectiveAdmissions / pop;
                case AE_PER_1000 -> 1000.0 * m.aeAttendances / pop;
                case BREACHES_18WK -> m.breaches18wk;
                case OVERDUE_FOLLOW_UPS -> m.overdueFollowUps;
                case BED_OCCUPANCY -> m.bedOccupancy;
                case PREMIUM_PER_HEAD -> month % 12 == 11 ? ccg.getQualityPremiumAwarded() / pop : Double.NaN;
                case PREMIUM_SHARE -> month % 12 == 11
                        ? ccg.getQualityPremiumAwarded() / (ccg.params.qualityPremium.potentialPerHead * pop) : Double.NaN;
            };
            series[o.ordinal()][month] = v;
        }
    }

    private static double belowHalf(org.ccgsim.model.Practice[] ps) {
        int n = 0;
        for (var p : ps) if (p.getEngagement() < 0.5) n++;
        return ps.length == 0 ? Double.NaN : (double) n / ps.length;
    }
}
