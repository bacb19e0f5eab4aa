package org.ccgsim.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ccgsim.model.Ccg;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;

/** What the evidence checks read from one replication: the first CCG's figures month by month, and its events. */
final class Trace implements EconomyObserver {
    final double[] engagement, delivery, feedback, perceived, nonElectivePer1000, breaches18wk, overdueFollowUps, premiumPerHead,
            qippRequired, allocation, quartileDeliveryRatio;
    final List<Integer> eventMonths = new ArrayList<>();
    final List<String> eventTypes = new ArrayList<>();

    Trace(int months) {
        engagement = new double[months];
        delivery = new double[months];
        feedback = new double[months];
        perceived = new double[months];
        nonElectivePer1000 = new double[months];
        breaches18wk = new double[months];
        overdueFollowUps = new double[months];
        premiumPerHead = new double[months];
        qippRequired = new double[months];
        allocation = new double[months];
        quartileDeliveryRatio = new double[months];
    }

    @Override
    public void monthEnded(HealthEconomy economy, int month) {
        if (month >= engagement.length) return;
        Ccg ccg = economy.ccgs()[0];
        var m = ccg.month;
        engagement[month] = m.engagementMean;
        delivery[month] = m.deliveryMean;
        feedback[month] = m.feedbackShare;
        perceived[month] = ccg.getPerceivedEngagement();
        nonElectivePer1000[month] = 1000.0 * m.nonElectiveAdmissions / ccg.getPopulation();
        breaches18wk[month] = m.breaches18wk;
        overdueFollowUps[month] = m.overdueFollowUps;
        premiumPerHead[month] = month % 12 == 11 ? ccg.getQualityPremiumAwarded() / ccg.getPopulation() : Double.NaN;
        qippRequired[month] = ccg.getQippRequired();
        allocation[month] = ccg.getAllocation();
        quartileDeliveryRatio[month] = quartileDeliveryRatio(ccg.practices());
    }

    @Override
    public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
        eventMonths.add(month);
        eventTypes.add(type);
    }

    /** First month with an event of one of the given types, or -1. */
    int firstEvent(String... types) {
        for (int i = 0; i < eventTypes.size(); i++) {
            for (String t : types) if (t.equals(eventTypes.get(i))) return eventMonths.get(i);
        }
        return -1;
    }

    /**
     * Mean delivery of the most engaged quarter of practices over that of the least engaged quarter
     * (quarter = floor(n/4) practices, ranked by engagement).
     */
    static double quartileDeliveryRatio(Practice[] practices) {
        Practice[] ps = practices.clone();
        Arrays.sort(ps, (a, b) -> Double.compare(a.getEngagement(), b.getEngagement()));
        int q = Math.max(1, ps.length / 4);
        double bottom = 0, top = 0;
        for (int i = 0; i < q; i++) {
            bottom += ps[i].getDelivery();
            top += ps[ps.length - 1 - i].getDelivery();
        }
        return bottom == 0 ? Double.NaN : top / bottom;
    }

    static double mean(double[] xs, int from, int toInclusive) {
        double s = 0;
        for (int i = from; i <= toInclusive; i++) s += xs[i];
        return s / (toInclusive - from + 1);
    }
}
