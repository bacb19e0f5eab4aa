package org.ccgsim.outcome;

/**
 * The one catalogue of outcomes, in monthly.csv's column order: column name, unit, plain label,
 * how it is written for people, how a replication's final year becomes one number, how the
 * economy-wide "all" row combines CCGs, and the decimals written. Writers, reports, charts and
 * tests read it; nothing else lists outcomes.
 */
public enum Outcome {
    POPULATION("population", "people", "Registered patients", Kind.COUNT, Aggregate.MEAN, AcrossCcgs.SUM, 0),
    ENGAGEMENT_MEAN("engagement_mean", "0-1", "Mean GP engagement (0-1)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    ENGAGEMENT_P25("engagement_p25", "0-1", "Engagement, lower quartile", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    ENGAGEMENT_P75("engagement_p75", "0-1", "Engagement, upper quartile", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    ENGAGEMENT_MORANS_I("engagement_morans_i", "-1 to 1", "Clustering of engagement among neighbouring practices (Moran's I)", Kind.RATE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    LOCALITY_ENGAGEMENT_SD("locality_engagement_sd", "0-1 (0 to 0.5)", "Spread of engagement between localities (standard deviation of their means)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    PERCEIVED_ENGAGEMENT("perceived_engagement", "0-1", "Engagement as the leaders perceive it", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    FEEDBACK_SHARE("feedback_share", "0-1", "Practices saying the CCG acts on their feedback", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    DELIVERY_MEAN("delivery_mean", "0-1", "Practices' delivery of CCG schemes (0-1)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    COMPLIANCE_MEAN("compliance_mean", "0-1", "Compliance under directive pressure (0-1)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    DIRECTIVE_SHARE("directive_share", "0-1", "How directive management is (0-1)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 6),
    ELECTIVE_REFERRALS("elective_referrals", "count/month", "GP referrals", Kind.COUNT, Aggregate.SUM, AcrossCcgs.SUM, 0),
    NON_ELECTIVE_ADMISSIONS("non_elective_admissions", "count/month", "Emergency admissions", Kind.COUNT, Aggregate.SUM, AcrossCcgs.SUM, 0),
    AE_ATTENDANCES("ae_attendances", "count/month", "A&E attendances", Kind.COUNT, Aggregate.SUM, AcrossCcgs.SUM, 0),
    REFERRALS_PER_1000("referrals_per_1000", "per 1,000 patients per month", "GP referrals per 1,000 patients", Kind.RATE, Aggregate.MEAN, AcrossCcgs.MEAN, 4),
    NON_ELECTIVE_PER_1000("non_elective_per_1000", "per 1,000 patients per month", "Emergency admissions per 1,000 patients", Kind.RATE, Aggregate.MEAN, AcrossCcgs.MEAN, 4),
    AE_PER_1000("ae_per_1000", "per 1,000 patients per month", "A&E attendances per 1,000 patients", Kind.RATE, Aggregate.MEAN, AcrossCcgs.MEAN, 4),
    PRESCRIBING_COST("prescribing_cost", "£/month", "Prescribing cost", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    CCG_ALLOCATION("ccg_allocation", "£/month", "CCG allocation", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    CCG_SPEND("ccg_spend", "£/month", "CCG spend", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    CCG_SURPLUS("ccg_surplus", "£", "CCG surplus at the year end", Kind.MONEY, Aggregate.LAST, AcrossCcgs.SUM, 2),
    SURPLUS_TARGET("surplus_target", "£", "Surplus target (1%)", Kind.MONEY, Aggregate.LAST, AcrossCcgs.SUM, 2),
    QIPP_REQUIRED("qipp_required", "£/year", "QIPP savings required", Kind.MONEY, Aggregate.LAST, AcrossCcgs.SUM, 2),
    QIPP_DELIVERED("qipp_delivered", "£", "QIPP savings delivered", Kind.MONEY, Aggregate.LAST, AcrossCcgs.SUM, 2),
    FUND_SPENT("fund_spent", "£/month", "Transformation fund invested", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    CONTRACTS_IN_STANDOFF("contracts_in_standoff", "count", "Contracts in stand-off", Kind.RATE, Aggregate.MEAN, AcrossCcgs.SUM, 0),
    STANDOFF_MONTHS("standoff_months", "months", "Contract-months in stand-off", Kind.RATE, Aggregate.LAST, AcrossCcgs.SUM, 0),
    TRUST_INCOME("trust_income", "£/month", "Trust income from the CCG", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    TRUST_SURPLUS("trust_surplus", "£", "Trust surplus (CCG's share)", Kind.MONEY, Aggregate.LAST, AcrossCcgs.SUM, 2),
    WAITING_LIST("waiting_list", "patients", "Patients on the waiting list", Kind.COUNT, Aggregate.MEAN, AcrossCcgs.SUM, 0),
    BREACHES_18WK("breaches_18wk", "patients", "Patients waiting over 18 weeks", Kind.COUNT, Aggregate.MEAN, AcrossCcgs.SUM, 0),
    OVERDUE_FOLLOW_UPS("overdue_follow_ups", "patients", "Overdue follow-ups", Kind.COUNT, Aggregate.MEAN, AcrossCcgs.SUM, 0),
    BED_OCCUPANCY("bed_occupancy", "share of beds", "Bed occupancy (above 1: escalation beds)", Kind.SHARE, Aggregate.MEAN, AcrossCcgs.MEAN, 4),
    MRSA_CASES("mrsa_cases", "count/month", "MRSA bloodstream infections", Kind.RATE, Aggregate.SUM, AcrossCcgs.SUM, 0),
    QUALITY_PREMIUM("quality_premium", "£", "Quality premium earned", Kind.MONEY, Aggregate.SUM, AcrossCcgs.SUM, 2),
    AT_INTERVENTIONS("at_interventions", "count/month", "Area Team interventions", Kind.RATE, Aggregate.SUM, AcrossCcgs.SUM, 0);

    /** How a replication's final year becomes one number. */
    public enum Aggregate {
        /** levels: the mean of the twelve months */
        MEAN("mean"),
        /** flows: the sum of the twelve months */
        SUM("sum"),
        /** running totals: the value at the year's end */
        LAST("last");
        public final String label;
        Aggregate(String label) { this.label = label; }

        public static Aggregate byLabel(String label) {
            for (Aggregate a : values()) if (a.label.equals(label)) return a;
            throw new IllegalArgumentException("no final-year aggregate \"" + label + "\"");
        }
    }

    /** How the economy-wide "all" row combines CCGs: counts and money add up, levels average (weighted). */
    public enum AcrossCcgs { SUM, MEAN }

    public final String column;
    public final String unit;
    public final String label;
    public final Kind kind;
    public final Aggregate aggregate;
    public final AcrossCcgs acrossCcgs;
    public final int decimals;

    Outcome(String column, String unit, String label, Kind kind, Aggregate aggregate, AcrossCcgs acrossCcgs, int decimals) {
        this.column = column;
        this.unit = unit;
        this.label = label;
        this.kind = kind;
        this.aggregate = aggregate;
        this.acrossCcgs = acrossCcgs;
        this.decimals = decimals;
    }

    /**
     * The least value the quantity can take: 0 for shares, counts, rates and costs; -1 for Moran's I; none for
     * surpluses and for QIPP delivered (schemes that slip below plan deliver negative savings).
     */
    public double lowest() {
        if (this == ENGAGEMENT_MORANS_I) return -1;
        return this == CCG_SURPLUS || this == TRUST_SURPLUS || this == QIPP_DELIVERED ? Double.NEGATIVE_INFINITY : 0;
    }

    /**
     * The greatest value the quantity can take: 1 for shares and Moran's I, else none. Bed occupancy is the
     * exception among shares: emergencies are admitted whatever the beds, so above 1 means escalation beds;
     * the standard deviation of numbers in [0, 1] is at most 0.5.
     */
    public double highest() {
        if (this == BED_OCCUPANCY) return Double.POSITIVE_INFINITY;
        if (this == LOCALITY_ENGAGEMENT_SD) return 0.5;
        return kind == Kind.SHARE || this == ENGAGEMENT_MORANS_I ? 1 : Double.POSITIVE_INFINITY;
    }

    /** {@code x} clipped to what the quantity can be (an interval's end that would run past a bound stops at it). */
    public double clip(double x) {
        return Double.isNaN(x) ? x : Math.max(lowest(), Math.min(highest(), x));
    }

    /** The outcome written in column {@code column}, or null. */
    public static Outcome byColumn(String column) {
        for (Outcome o : values()) if (o.column.equals(column)) return o;
        return null;
    }

    /** The outcome written in column {@code column}; an unknown name is a programming error, not a guess. */
    public static Outcome of(String column) {
        Outcome o = byColumn(column);
        if (o == null) throw new IllegalArgumentException("no outcome \"" + column + "\" in the catalogue");
        return o;
    }
}
