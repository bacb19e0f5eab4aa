package org.ccgsim.experiment;

import org.ccgsim.model.CcgMonth;
import org.ccgsim.outcome.Outcome;

/** Where each outcome of the catalogue comes from in a CCG's month (a new outcome must be added here, or this fails to compile). */
public final class OutcomeValues {
    private OutcomeValues() {}

    public static double of(Outcome o, CcgMonth m) {
        return switch (o) {
            case POPULATION -> m.population;
            case ENGAGEMENT_MEAN -> m.engagementMean;
            case ENGAGEMENT_P25 -> m.engagementP25;
            case ENGAGEMENT_P75 -> m.engagementP75;
            case ENGAGEMENT_MORANS_I -> m.engagementMoransI;
            case LOCALITY_ENGAGEMENT_SD -> m.localityEngagementSd;
            case PERCEIVED_ENGAGEMENT -> m.perceivedEngagement;
            case FEEDBACK_SHARE -> m.feedbackShare;
            case DELIVERY_MEAN -> m.deliveryMean;
            case COMPLIANCE_MEAN -> m.complianceMean;
            case DIRECTIVE_SHARE -> m.directiveShare;
            case ELECTIVE_REFERRALS -> m.electiveReferrals;
            case NON_ELECTIVE_ADMISSIONS -> m.nonElectiveAdmissions;
            case AE_ATTENDANCES -> m.aeAttendances;
            case REFERRALS_PER_1000 -> per1000(m.electiveReferrals, m);
            case NON_ELECTIVE_PER_1000 -> per1000(m.nonElectiveAdmissions, m);
            case AE_PER_1000 -> per1000(m.aeAttendances, m);
            case PRESCRIBING_COST -> m.prescribingCost;
            case CCG_ALLOCATION -> m.allocation;
            case CCG_SPEND -> m.spend;
            case CCG_SURPLUS -> m.surplusYtd;
            case SURPLUS_TARGET -> m.surplusTarget;
            case QIPP_REQUIRED -> m.qippRequired;
            case QIPP_DELIVERED -> m.qippDelivered;
            case FUND_SPENT -> m.fundSpent;
            case CONTRACTS_IN_STANDOFF -> m.contractsInStandoff;
            case STANDOFF_MONTHS -> m.standoffMonths;
            case TRUST_INCOME -> m.trustIncome;
            case TRUST_SURPLUS -> m.trustSurplus;
            case WAITING_LIST -> m.waitingList;
            case BREACHES_18WK -> m.breaches18wk;
            case OVERDUE_FOLLOW_UPS -> Math.round(m.overdueFollowUps);
            case BED_OCCUPANCY -> m.bedOccupancy;
            case MRSA_CASES -> m.mrsaCases;
            case QUALITY_PREMIUM -> m.qualityPremium;
            case AT_INTERVENTIONS -> m.atInterventions;
        };
    }

    private static double per1000(long count, CcgMonth m) {
        return m.population == 0 ? 0 : count * 1000.0 / m.population;
    }
}
