package org.ccgsim.model;

import org.ccgsim.scenario.AreaTeamParams;
import org.ccgsim.scenario.AreaTeamStyle;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An NHS England Area Team. It holds the GP contract (remedial action on outlier practices),
 * assures its CCGs each quarter (directions when off plan), sometimes deals with trusts over the
 * CCG's head (seed 003, 27 April), and arbitrates contract stand-offs that run too long.
 */
public final class AreaTeam implements Steppable {
    private static final long serialVersionUID = 1L;

    public final int index;
    public final AreaTeamParams params;
    Ccg[] ccgs = new Ccg[0];
    private boolean[] offPlanLastQuarter = new boolean[0];

    AreaTeam(int index, AreaTeamParams params) {
        this.index = index;
        this.params = params;
    }

    void addCcg(Ccg ccg) {
        ccgs = java.util.Arrays.copyOf(ccgs, ccgs.length + 1);
        ccgs[ccgs.length - 1] = ccg;
        offPlanLastQuarter = new boolean[ccgs.length];
    }

    /** How strongly this Area Team's behaviour spreads a disempowered culture: its attention when directive, else 0. */
    double directiveCulture() {
        return params.style == AreaTeamStyle.DIRECTIVE ? attention() : 0;
    }

    /**
     * The share of full attention each of its CCGs gets: 1 up to {@code ccgsFullAttention} CCGs,
     * less beyond, so a directive team with many CCGs is spread thin.
     */
    double attention() {
        return ccgs.length == 0 ? 1 : Math.min(1.0, params.ccgsFullAttention / ccgs.length);
    }

    @Override
    public void step(SimState state) {
        HealthEconomy economy = (HealthEconomy) state;
        int m = economy.month();
        for (Ccg ccg : ccgs) {
            for (Contract c : ccg.contracts) {
                if (c.state != ContractState.STANDOFF) continue;
                c.standoffMonths++;
                if (c.standoffMonths >= params.arbitrationAfterMonths) ContractRound.arbitrate(economy, c);
            }
        }
        if (m > 0 && m % 3 == 0) {
            for (int i = 0; i < ccgs.length; i++) assure(economy, i);
            if (params.style == AreaTeamStyle.DIRECTIVE) remedialActionOnOutliers(economy);
        }
        considerBypass(economy);
    }

    /**
     * Quarterly assurance reads the money: a CCG is off plan when it is in deficit to date, when its
     * forecast year-end surplus misses its target by more than the tolerance, or when its QIPP lags
     * plan and the forecast misses the target, or when its partners complain that they are kept
     * waiting too long for decisions. Under scrutiny after a media story any QIPP
     * shortfall counts, and the CCG is given directions at once. A coaching team offers support the first quarter and
     * directions the second; a directive team gives directions at once.
     */
    private void assure(HealthEconomy economy, int i) {
        Ccg ccg = ccgs[i];
        boolean offPlan = offPlan(ccg, params);
        if (offPlan) {
            String why = economy.logging() ? offPlanReason(ccg) : "";
            // a CCG in the news is given directions at once, as a directive team would
            if (params.style == AreaTeamStyle.DIRECTIVE || offPlanLastQuarter[i] || ccg.premium.underScrutiny()) {
                ccg.receiveDirections(params.directionStrength, params.directionMonths);
                ccg.atInterventionsThisMonth++;
                economy.log(ccg, params.id, "directions", "Area Team issues directions: " + why);
            } else {
                economy.log(ccg, params.id, "assurance_support", "Area Team offers support: " + why);
            }
        }
        offPlanLastQuarter[i] = offPlan;
    }

    private static String offPlanReason(Ccg ccg) {
        CcgFinance f = ccg.finance;
        double plan = ccg.qippPlanToDate();
        return String.format(java.util.Locale.ROOT, "forecast year-end surplus £%.1fm against a target of £%.1fm; %s%s%s",
                f.forecastYearEndSurplus() / 1e6, f.surplusTargetYear() / 1e6,
                plan > 0 ? Math.round(100 * f.qippDeliveredYtd / plan) + "% of QIPP plan to date" : "no QIPP plan",
                ccg.partnerImpatience > ccg.areaTeam.params.impatienceWarning ? "; partners complain of slow decisions" : "",
                ccg.premium.underScrutiny() ? "; under scrutiny after a media story" : "");
    }

    /** Whether assurance finds the CCG off plan this quarter (see {@link #assure}). */
    static boolean offPlan(Ccg ccg, AreaTeamParams params) {
        CcgFinance f = ccg.finance;
        if (f.monthsClosed == 0) return false;
        double forecast = f.forecastYearEndSurplus();
        double target = f.surplusTargetYear();
        boolean missesTarget = forecast < target;
        boolean farOff = forecast < target - params.assuranceTolerancePct / 100 * f.allocationYear;
        double plan = ccg.qippPlanToDate();
        double threshold = ccg.premium.underScrutiny() ? Math.max(1.0, params.assuranceThreshold) : params.assuranceThreshold;
        boolean qippLags = plan > 0 && f.qippDeliveredYtd < threshold * plan;
        boolean slow = ccg.partnerImpatience > params.impatienceWarning;
        return f.surplusYtd() < 0 || farOff || slow || (qippLags && missesTarget);
    }

    /** A directive Area Team uses the GP contract on practices that refer far above their CCG's rate. */
    private void remedialActionOnOutliers(HealthEconomy economy) {
        double attention = attention();
        for (Ccg ccg : ccgs) {
            long referrals = 0;
            for (Practice p : ccg.practices) referrals += p.referralsSinceReviewByAreaTeam;
            double meanRate = referrals / (double) ccg.population;
            for (Practice p : ccg.practices) {
                double ratio = meanRate <= 0 ? 0 : p.referralsSinceReviewByAreaTeam / (double) p.listSize / meanRate;
                p.referralsSinceReviewByAreaTeam = 0;
                // a team spread thin notices only some of the outliers
                if (ratio >= params.remedialRatio && p.remedialMonthsLeft == 0
                        && (attention >= 1 || ccg.random.oversight().nextBoolean(attention))) putUnderRemedialAction(economy, p, "referral rate "
                        + Math.round(ratio * 100) + "% of the CCG's");
            }
        }
    }

    /** The CCG escalates an over-referring practice. */
    void escalate(HealthEconomy economy, Practice p) {
        putUnderRemedialAction(economy, p, "escalated by the CCG as an over-referrer");
    }

    private void putUnderRemedialAction(HealthEconomy economy, Practice p, String why) {
        p.remedialMonthsLeft = params.remedialMonths;
        p.ccg.atInterventionsThisMonth++;
        economy.log(p.ccg, params.id, "remedial_action", "Remedial action on " + p + ": " + why);
    }

    /** Dealing with a trust directly weakens the CCG's hand in negotiation for a while. */
    private void considerBypass(HealthEconomy economy) {
        double base = params.style == AreaTeamStyle.DIRECTIVE ? params.bypassChanceDirective : params.bypassChanceCoaching;
        double attention = attention();
        for (Ccg ccg : ccgs) {
            for (Contract c : ccg.contracts) {
                double chance = attention * (base + (c.trust.resisting ? params.lobbyingBypassChance : 0)
                        + params.impatienceBypassChance * ccg.partnerImpatience);
                if (ccg.random.oversight().nextBoolean(Math.min(1, chance))) {
                    ccg.bypassMonthsLeft = params.bypassMonths;
                    ccg.atInterventionsThisMonth++;
                    economy.log(ccg, params.id, "bypass", "Area Team deals with " + c.trust.params.name + " directly, bypassing the CCG");
                }
            }
        }
    }

    public String getName() { return params.name; }
    public String getStyle() { return params.style.yamlName(); }
    public double getAttention() { return attention(); }
    public Ccg[] ccgs() { return ccgs; }

    @Override public String toString() { return params.name; }
}
