package org.ccgsim.model;

import org.ccgsim.scenario.PracticeParams;
import org.ccgsim.scenario.TariffParams;

/**
 * The CCG's portfolio of practice schemes (ODD section "Practice schemes"): year one's schemes set
 * the cuts that full delivery brings ({@code practice.referralCut} and the others, depth 1); each
 * April after the first the CCG adds new schemes sized to the practices' part of its QIPP plan,
 * as if every practice would deliver them, and they ramp in over {@code practice.schemeRampMonths}.
 * What they save depends on each practice's delivery, so a plan that leans on disengaged practices
 * fails every year, not only the first. The room for new schemes shrinks as the depth nears
 * {@code practice.schemeDepthMax}.
 */
final class PracticeSchemes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Ccg ccg;
    /** Savings a year of the year-one schemes at full delivery, at 2012/13 activity and prices (£/year). */
    private double depthOneValueYear;
    private double depthAtYearStart = 1;
    private double tranche;
    /** Multiple of the year-one cuts the schemes in place bring at full delivery (what practices read). */
    double depth = 1;

    PracticeSchemes(Ccg ccg) {
        this.ccg = ccg;
    }

    void initialise(HealthEconomy economy) {
        PracticeParams pp = economy.practiceParams;
        TariffParams t = economy.tariff;
        double referralCost = t.referralCost();
        double monthly = 0;
        for (Practice p : ccg.practices) {
            double k = p.listSize / 1000.0;
            monthly += k * (pp.referralsPer1000 * p.referralMultiplier * referralCost * pp.referralCut
                    + pp.nonElectivePer1000 * t.nonElectiveSpell * pp.nonElectiveCut
                    + pp.aePer1000 * t.aeAttendance * pp.aeCut)
                    + pp.prescribingPerHead * p.listSize * pp.prescribingCut;
        }
        depthOneValueYear = 12 * monthly;
        depth = depthAtYearStart = 1;
        tranche = 0;
    }

    /**
     * April after the first year: new schemes for the practices' part of the plan (what is not sought from
     * other providers or as contract measures, nor held against the trusts' asks), sized at full delivery.
     */
    void startYear(HealthEconomy economy, int yearIndex) {
        if (yearIndex == 0) return;
        var f = ccg.params.finance;
        depthAtYearStart = depth;
        double practicesShare = Math.max(0, 1 - f.otherMeasuresShare - f.contractMeasuresShare);
        double sought = practicesShare * Math.max(0, ccg.finance.qippRequired - ccg.finance.contractRisk);
        double wanted = depthOneValueYear > 0 ? sought / (depthOneValueYear * ccg.demandGrowth) : 0;
        double room = Math.max(0, economy.practiceParams.schemeDepthMax - depthAtYearStart);
        tranche = room <= 0 ? 0 : room * (1 - Math.exp(-wanted / room));
    }

    /** This month's depth: the new schemes ramp in from April. */
    void month(HealthEconomy economy, int m) {
        if (m < 12) return;
        depth = depthAtYearStart + tranche * Math.min(1.0, (m % 12 + 1) / (double) economy.practiceParams.schemeRampMonths);
    }
}
