package org.ccgsim.gui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.AreaTeamStyle;
import org.ccgsim.scenario.ConsultationMode;
import org.ccgsim.scenario.FundUse;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Months;
import org.ccgsim.scenario.Named;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.PremiumUse;
import org.ccgsim.scenario.Scenario;
import sim.util.Interval;

/**
 * The policy levers, as MASON inspector properties (getX/setX/domX/desX/nameX). While a run is
 * going, moving a lever queues a change for the start of next month through
 * {@link HealthEconomy#changeNextMonth}; the model applies it to every CCG (or Area Team) and logs
 * it. Until then the lever shows the value asked for. While stopped, a lever edits the scenario
 * the next run starts from, which is the only way to change what happens in April 2013 (the
 * contract round that may refuse the inherited contracts).
 */
public class Levers {
    /** The order the Console's Model tab lists the levers in. */
    static final String[] ORDER = {
        "Scenario", "ChangesTakeEffect", "ManagementStyle", "DirectiveMix", "ConsultationMode", "ConsultationShare",
        "RefuseInheritedContracts", "AreaTeamStyle", "ArbitrationAfterMonths", "FundUse", "FundAvailable",
        "QualityPremiumUse", "AbolitionTalk", "MonthsToRun",
    };

    private final Supplier<HealthEconomy> economy;
    private final Supplier<Scenario> template;
    private final BooleanSupplier running;
    /** Values asked for but not yet applied, by scenario path. */
    private final Map<String, Object> pending = new ConcurrentHashMap<>();
    /** The change queued for each path and not yet applied: a dragged slider retargets it instead of queueing another. */
    private final Map<String, LeverChange> queued = new ConcurrentHashMap<>();

    /**
     * @param economy  the economy the levers act on
     * @param template the scenario the next run starts from (edited while stopped)
     * @param running  whether a run is going (started and not finished)
     */
    public Levers(Supplier<HealthEconomy> economy, Supplier<Scenario> template, BooleanSupplier running) {
        this.economy = economy;
        this.template = template;
        this.running = running;
    }

    /** Forgets values asked for in a previous run. */
    void clearPending() {
        pending.clear();
        queued.clear();
    }

    // ---- reading and writing parameters ----

    private Scenario currentScenario() {
        return running.getAsBoolean() ? economy.get().scenario() : template.get();
    }

    /** The value a lever shows: the one asked for if not yet applied, else the first target's (every CCG gets the same). */
    private Object read(String dotted) {
        Object p = pending.get(dotted);
        if (p != null) return p;
        ParamPath path = ParamPath.parse(dotted);
        Scenario s = currentScenario();
        List<Object> targets = path.targets(s);
        Object scope = !targets.isEmpty() ? targets.get(0) : switch (path.scope()) {
            case CCG -> s.ccg;      // a scenario not yet resolved by the loader: the defaults block is the CCG
            case AREA_TEAM -> s.areaTeam;
            default -> throw new IllegalStateException("no target for " + dotted);
        };
        return path.get(scope);
    }

    private void set(String dotted, Object value) {
        ParamPath path = ParamPath.parse(dotted);
        Object coerced = path.coerce(value);
        if (!running.getAsBoolean()) {
            path.applyTo(template.get(), coerced);
            return;
        }
        HealthEconomy e = economy.get();
        synchronized (e.schedule) { // the Console's model thread steps under this lock
            Object now = applied(dotted);
            LeverChange waiting = queued.get(dotted);
            if (waiting != null) {
                if (coerced.equals(now)) { // dragged back to where it was: nothing to change, nothing to log
                    e.withdrawChange(waiting);
                    queued.remove(dotted);
                    pending.remove(dotted);
                } else {
                    waiting.retarget(coerced);
                    pending.put(dotted, coerced);
                }
                return;
            }
            if (coerced.equals(now)) return;
            int next = Math.max(0, e.month() + 1);
            pending.put(dotted, coerced);
            LeverChange[] change = new LeverChange[1];
            change[0] = new LeverChange(next, path, coerced, () -> {
                queued.remove(dotted, change[0]);
                pending.remove(dotted);
            });
            queued.put(dotted, change[0]);
            e.changeNextMonth(change[0]);
        }
    }

    /** The value in the running economy now, ignoring values asked for. */
    private Object applied(String dotted) {
        ParamPath path = ParamPath.parse(dotted);
        List<Object> targets = path.targets(economy.get().scenario());
        return targets.isEmpty() ? null : path.get(targets.get(0));
    }

    /** Each lever's name and value in words, for labelling a run by the levers that differed from another's. */
    java.util.LinkedHashMap<String, String> settings() {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        OrderedProperties p = new OrderedProperties(this, ORDER);
        for (int i = 0; i < p.numProperties(); i++) {
            String name = p.getName(i);
            if (name.equals("Changes take effect") || name.equals("Months to run")) continue;
            Object v = p.getValue(i);
            Object dom = p.getDomain(i);
            String text = dom instanceof Object[] names && v instanceof Integer k && k >= 0 && k < names.length ? String.valueOf(names[k])
                    : v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : String.valueOf(v);
            out.put(name, text);
        }
        return out;
    }

    private static <E extends Enum<E> & Named> String[] names(Class<E> type, Function<E, String> words) {
        E[] values = type.getEnumConstants();
        String[] result = new String[values.length];
        for (int i = 0; i < values.length; i++) result[i] = words.apply(values[i]);
        return result;
    }

    // ---- the levers ----

    public String getScenario() { return currentScenario().name; }
    public String nameScenario() { return "Scenario"; }
    public String desScenario() { return "The scenario this run started from (Scenario menu to change it)"; }

    public String getChangesTakeEffect() {
        if (!running.getAsBoolean()) return "at the start (April 2013)";
        return "from " + Months.longLabel(Math.max(0, economy.get().month() + 1));
    }
    public String nameChangesTakeEffect() { return "Changes take effect"; }
    public String desChangesTakeEffect() {
        return "A lever moved during a run changes the model from the start of next month, and the change is logged in the events";
    }

    public int getManagementStyle() { return ((ManagementStyle) read("ccg.management.style")).ordinal(); }
    public void setManagementStyle(int i) {
        ManagementStyle style = ManagementStyle.values()[i];
        set("ccg.management.style", style);
    }
    public Object domManagementStyle() {
        return names(ManagementStyle.class, s -> switch (s) {
            case ENGAGEMENT -> "engagement-led";
            case DIRECTIVE -> "directive";
            case ADAPTIVE -> "adaptive";
            case MIX -> "mix";
        });
    }
    public String nameManagementStyle() { return "Management style"; }
    public String desManagementStyle() {
        return "How the CCG leads its practices: engagement-led, directive (performance management 'just like the PCT'), "
                + "adaptive (engages but turns directive when QIPP delivery lags), or a fixed mix";
    }

    public double getDirectiveMix() { return (Double) read("ccg.management.mix"); }
    public void setDirectiveMix(double v) {
        double x = clamp01(v);
        set("ccg.management.mix", x);
    }
    public Object domDirectiveMix() { return new Interval(0.0, 1.0); }
    public String nameDirectiveMix() { return "Directive share (mix)"; }
    public String desDirectiveMix() { return "When the style is 'mix': 0 is wholly engagement-led, 1 wholly directive"; }

    public int getConsultationMode() { return ((ConsultationMode) read("ccg.consultation.mode")).ordinal(); }
    public void setConsultationMode(int i) {
        ConsultationMode mode = ConsultationMode.values()[i];
        set("ccg.consultation.mode", mode);
    }
    public Object domConsultationMode() {
        return names(ConsultationMode.class, m -> m == ConsultationMode.LOCALITY ? "locality meetings" : "virtual");
    }
    public String nameConsultationMode() { return "Consultation"; }
    public String desConsultationMode() { return "How decisions are put to practices: locality meetings take six weeks or more; virtual mechanisms are faster"; }

    public double getConsultationShare() { return (Double) read("ccg.consultation.share"); }
    public void setConsultationShare(double v) {
        double x = clamp01(v);
        set("ccg.consultation.share", x);
    }
    public Object domConsultationShare() { return new Interval(0.0, 1.0); }
    public String nameConsultationShare() { return "Decisions put to practices"; }
    public String desConsultationShare() {
        return "Share of decisions touching primary care that are put to practices; the rest are taken over their heads";
    }

    public boolean getRefuseInheritedContracts() {
        return (Boolean) read("ccg.contracts.refuseInherited");
    }
    public void setRefuseInheritedContracts(boolean v) {
        set("ccg.contracts.refuseInherited", v);
    }
    public String nameRefuseInheritedContracts() { return "Refuse inherited contracts"; }
    public String desRefuseInheritedContracts() {
        return "Refuse to sign the hospital contracts inherited from the PCT. Only the April 2013 contract round asks, "
                + "so set it before pressing play";
    }

    public int getAreaTeamStyle() { return ((AreaTeamStyle) read("areaTeam.style")).ordinal(); }
    public void setAreaTeamStyle(int i) {
        AreaTeamStyle style = AreaTeamStyle.values()[i];
        set("areaTeam.style", style);
    }
    public Object domAreaTeamStyle() { return names(AreaTeamStyle.class, Named::yamlName); }
    public String nameAreaTeamStyle() { return "Area Team style"; }
    public String desAreaTeamStyle() {
        return "Coaching, or directive: directions to CCGs off plan, remedial action on outlier practices, dealing with trusts directly";
    }

    public int getArbitrationAfterMonths() { return (Integer) read("areaTeam.arbitrationAfterMonths"); }
    public void setArbitrationAfterMonths(int v) {
        int months = Math.max(1, Math.min(24, v));
        set("areaTeam.arbitrationAfterMonths", months);
    }
    public Object domArbitrationAfterMonths() { return new Interval(1L, 24L); }
    public String nameArbitrationAfterMonths() { return "Arbitration after (months)"; }
    public String desArbitrationAfterMonths() { return "Months a contract stand-off may last before the Area Team arbitrates"; }

    public int getFundUse() { return ((FundUse) read("ccg.fund.use")).ordinal(); }
    public void setFundUse(int i) {
        FundUse use = FundUse.values()[i];
        set("ccg.fund.use", use);
    }
    public Object domFundUse() {
        return names(FundUse.class, u -> switch (u) {
            case NONE -> "not spent";
            case PRIMARY_CARE -> "primary care";
            case COMMUNITY -> "community services";
            case SOCIAL_CARE -> "social-care integration";
            case ACUTE -> "handed to the hospitals";
        });
    }
    public String nameFundUse() { return "Transformation fund (2%)"; }
    public String desFundUse() {
        return "Where the non-recurrent 2% goes. The CCG sets the year's fund each April, so moving from 'not spent' "
                + "starts the money next April; moving between uses redirects it from next month";
    }

    public double getFundAvailable() { return (Double) read("ccg.fund.available"); }
    public void setFundAvailable(double v) {
        double x = clamp01(v);
        set("ccg.fund.available", x);
    }
    public Object domFundAvailable() { return new Interval(0.0, 1.0); }
    public String nameFundAvailable() { return "Share of the 2% that exists"; }
    public String desFundAvailable() {
        return "Share of the 2% fund that really exists once the PCT legacy is paid for; the amount is set each April";
    }

    public int getQualityPremiumUse() { return ((PremiumUse) read("ccg.qualityPremium.use")).ordinal(); }
    public void setQualityPremiumUse(int i) {
        PremiumUse use = PremiumUse.values()[i];
        set("ccg.qualityPremium.use", use);
    }
    public Object domQualityPremiumUse() {
        return names(PremiumUse.class, u -> u == PremiumUse.PATIENTS ? "programmes for patients" : "incentive for practices");
    }
    public String nameQualityPremiumUse() { return "Quality premium goes to"; }
    public String desQualityPremiumUse() {
        return "Assessed each March, paid the next April: programmes for patients, or an incentive for practices "
                + "(lifts engagement, but may make the news)";
    }

    public double getAbolitionTalk() { return (Double) read("world.abolitionTalk"); }
    public void setAbolitionTalk(double v) {
        double x = clamp01(v);
        set("world.abolitionTalk", x);
    }
    public Object domAbolitionTalk() { return new Interval(0.0, 1.0); }
    public String nameAbolitionTalk() { return "Talk of abolishing CCGs"; }
    public String desAbolitionTalk() { return "0 none, 1 loud and constant: uncertainty that erodes GPs' engagement"; }

    public int getMonthsToRun() { return currentScenario().months; }
    public void setMonthsToRun(int v) {
        int months = Math.max(1, Math.min(600, v));
        currentScenario().months = months; // the GUI's horizon: the model itself never reads it
        if (running.getAsBoolean()) template.get().months = months;
    }
    public Object domMonthsToRun() { return new Interval(12L, (long) 600); }
    public String nameMonthsToRun() { return "Months to run"; }
    public String desMonthsToRun() { return "The run stops after this many months (60 is April 2013 to March 2018); press play again to go on"; }

    private static double clamp01(double v) { return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v)); }

    @Override public String toString() { return "Policy levers"; }
}
