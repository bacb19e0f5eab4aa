package org.ccgsim.output;

import java.util.function.ToDoubleFunction;

import org.ccgsim.model.CcgMonth;

/**
 * The outcomes of monthly.csv, in column order: name, how a replication's final year is summed
 * up, decimals written, and where the value comes from.
 */
public enum Outcome {
    POPULATION("population", Aggregate.MEAN, 0, m -> m.population),
    ENGAGEMENT_MEAN("engagement_mean", Aggregate.MEAN, 6, m -> m.engagementMean),
    ENGAGEMENT_P25("engagement_p25", Aggregate.MEAN, 6, m -> m.engagementP25),
    ENGAGEMENT_P75("engagement_p75", Aggregate.MEAN, 6, m -> m.engagementP75),
    ENGAGEMENT_MORANS_I("engagement_morans_i", Aggregate.MEAN, 6, m -> m.engagementMoransI),
    PERCEIVED_ENGAGEMENT("perceived_engagement", Aggregate.MEAN, 6, m -> m.perceivedEngagement),
    FEEDBACK_SHARE("feedback_share", Aggregate.MEAN, 6, m -> m.feedbackShare),
    DELIVERY_MEAN("delivery_mean", Aggregate.MEAN, 6, m -> m.deliveryMean),
    COMPLIANCE_MEAN("compliance_mean", Aggregate.MEAN, 6, m -> m.complianceMean),
    DIRECTIVE_SHARE("directive_share", Aggregate.MEAN, 6, m -> m.directiveShare),
    ELECTIVE_REFERRALS("elective_referrals", Aggregate.SUM, 0, m -> m.electiveReferrals),
    NON_ELECTIVE_ADMISSIONS("non_elective_admissions", Aggregate.SUM, 0, m -> m.nonElectiveAdmissions),
    AE_ATTENDANCES("ae_attendances", Aggregate.SUM, 0, m -> m.aeAttendances),
    REFERRALS_PER_1000("referrals_per_1000", Aggregate.MEAN, 4, m -> per1000(m.electiveReferrals, m)),
    NON_ELECTIVE_PER_1000("non_elective_per_1000", Aggregate.MEAN, 4, m -> per1000(m.nonElectiveAdmissions, m)),
    AE_PER_1000("ae_per_1000", Aggregate.MEAN, 4, m -> per1000(m.aeAttendances, m)),
    PRESCRIBING_COST("prescribing_cost", Aggregate.SUM, 2, m -> m.prescribingCost),
    CCG_ALLOCATION("ccg_allocation", Aggregate.SUM, 2, m -> m.allocation),
    CCG_SPEND("ccg_spend", Aggregate.SUM, 2, m -> m.spend),
    CCG_SURPLUS("ccg_surplus", Aggregate.LAST, 2, m -> m.surplusYtd),
    SURPLUS_TARGET("surplus_target", Aggregate.LAST, 2, m -> m.surplusTarget),
    QIPP_REQUIRED("qipp_required", Aggregate.LAST, 2, m -> m.qippRequired),
    QIPP_DELIVERED("qipp_delivered", Aggregate.LAST, 2, m -> m.qippDelivered),
    FUND_SPENT("fund_spent", Aggregate.SUM, 2, m -> m.fundSpent),
    CONTRACTS_IN_STANDOFF("contracts_in_standoff", Aggregate.MEAN, 0, m -> m.contractsInStandoff),
    STANDOFF_MONTHS("standoff_months", Aggregate.LAST, 0, m -> m.standoffMonths),
    TRUST_INCOME("trust_income", Aggregate.SUM, 2, m -> m.trustIncome),
    TRUST_SURPLUS("trust_surplus", Aggregate.LAST, 2, m -> m.trustSurplus),
    WAITING_LIST("waiting_list", Aggregate.MEAN, 0, m -> m.waitingList),
    BREACHES_18WK("breaches_18wk", Aggregate.MEAN, 0, m -> m.breaches18wk),
    OVERDUE_FOLLOW_UPS("overdue_follow_ups", Aggregate.MEAN, 0, m -> Math.round(m.overdueFollowUps)),
    BED_OCCUPANCY("bed_occupancy", Aggregate.MEAN, 4, m -> m.bedOccupancy),
    MRSA_CASES("mrsa_cases", Aggregate.SUM, 0, m -> m.mrsaCases),
    QUALITY_PREMIUM("quality_premium", Aggregate.SUM, 2, m -> m.qualityPremium),
    AT_INTERVENTIONS("at_interventions", Aggregate.SUM, 0, m -> m.atInterventions);

    /** How a replication's final year becomes one number. */
    public enum Aggregate {
        MEAN("mean"), SUM("sum"), LAST("last");
        public final String label;
        Aggregate(String label) { this.label = label; }
    }

    public final String column;
    public final Aggregate aggregate;
    public final int decimals;
    private final ToDoubleFunction<CcgMonth> value;

    Outcome(String column, Aggregate aggregate, int decimals, ToDoubleFunction<CcgMonth> value) {
        this.column = column;
        this.aggregate = aggregate;
        this.decimals = decimals;
        this.value = value;
    }

    public double of(CcgMonth m) { return value.applyAsDouble(m); }

    private static double per1000(long count, CcgMonth m) {
        return m.population == 0 ? 0 : count * 1000.0 / m.population;
    }

    public static Outcome byColumn(String column) {
        for (Outcome o : values()) if (o.column.equals(column)) return o;
        return null;
    }
}
