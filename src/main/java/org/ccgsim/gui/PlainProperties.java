package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ccgsim.model.Ccg;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * An agent's properties as a student reads them: plain names with units ("Plan income (£m)",
 * "Bed occupancy (%)", "Waiting list (patients)") and numbers rounded to what matters, instead of
 * Java's getter names and {@code 1.509674082382593E8}. Values stay numbers, so "Chart over time"
 * still charts them. A CCG shows its practices' real engagement beside its leaders' perception.
 */
final class PlainProperties extends Properties {
    private static final long serialVersionUID = 1L;

    enum Unit { MILLIONS, PERCENT, PATIENTS, COUNT, SCORE, PLAIN }

    private record Plain(String name, Unit unit) {}

    private static final Map<String, Plain> NAMES = Map.ofEntries(
            Map.entry("Engagement", new Plain("Engagement with the CCG (0-1)", Unit.SCORE)),
            Map.entry("Compliance", new Plain("Compliance with directions (0-1)", Unit.SCORE)),
            Map.entry("Resistance", new Plain("Grown used to directive pressure (0-1)", Unit.SCORE)),
            Map.entry("Delivery", new Plain("Delivery of the CCG's schemes (0-1)", Unit.SCORE)),
            Map.entry("Workload", new Plain("Workload (1 = typical)", Unit.PLAIN)),
            Map.entry("ReferralMultiplier", new Plain("Referral habit (1 = typical)", Unit.PLAIN)),
            Map.entry("ListSize", new Plain("List size (patients)", Unit.PATIENTS)),
            Map.entry("Locality", new Plain("Locality", Unit.COUNT)),
            Map.entry("UnderRemedialAction", new Plain("Under remedial action", Unit.PLAIN)),
            Map.entry("OverReferrer", new Plain("Over-referrer", Unit.PLAIN)),
            Map.entry("Referrals", new Plain("GP referrals this month (patients)", Unit.PATIENTS)),
            Map.entry("ExpectedEmergencyAdmissions", new Plain("Emergency admissions expected this month (patients)", Unit.PATIENTS)),
            Map.entry("ExpectedAeAttendances", new Plain("A&E attendances expected this month (patients)", Unit.PATIENTS)),
            Map.entry("PrescribingCost", new Plain("Prescribing this month (£m)", Unit.MILLIONS)),
            Map.entry("CcgName", new Plain("CCG", Unit.PLAIN)),
            Map.entry("Name", new Plain("Name", Unit.PLAIN)),
            Map.entry("Id", new Plain("Id", Unit.PLAIN)),
            Map.entry("Population", new Plain("Population (patients)", Unit.PATIENTS)),
            Map.entry("DirectiveShare", new Plain("Directive share of management (%)", Unit.PERCENT)),
            Map.entry("EngagementEffort", new Plain("Effort spent engaging practices (0-1)", Unit.SCORE)),
            Map.entry("PerceivedEngagement", new Plain("Engagement as the leaders perceive it (0-1)", Unit.SCORE)),
            Map.entry("QippRequired", new Plain("QIPP savings required this year (£m)", Unit.MILLIONS)),
            Map.entry("QippDeliveredYearToDate", new Plain("QIPP savings delivered, year to date (£m)", Unit.MILLIONS)),
            Map.entry("SurplusYearToDate", new Plain("Surplus, year to date (£m)", Unit.MILLIONS)),
            Map.entry("Allocation", new Plain("Allocation this year (£m)", Unit.MILLIONS)),
            Map.entry("UnderDirections", new Plain("Under Area Team directions", Unit.PLAIN)),
            Map.entry("QualityPremiumAwarded", new Plain("Quality premium awarded (£m)", Unit.MILLIONS)),
            Map.entry("ManagementStyle", new Plain("Management style", Unit.PLAIN)),
            Map.entry("Occupancy", new Plain("Bed occupancy (%)", Unit.PERCENT)),
            Map.entry("Beds", new Plain("Beds", Unit.COUNT)),
            Map.entry("EscalationBeds", new Plain("Escalation beds open (winter pressure)", Unit.COUNT)),
            Map.entry("IncomeYearToDate", new Plain("Income, year to date (£m)", Unit.MILLIONS)),
            Map.entry("PlanYearToDate", new Plain("Planned income, year to date (£m)", Unit.MILLIONS)),
            Map.entry("Resisting", new Plain("Resisting (income below plan)", Unit.PLAIN)),
            Map.entry("WaitingList", new Plain("Waiting list (patients)", Unit.PATIENTS)),
            Map.entry("OverEighteenWeeks", new Plain("Waiting over 18 weeks (patients)", Unit.PATIENTS)),
            Map.entry("HeldUpPathways", new Plain("Held up: pathway not yet ready (patients)", Unit.PATIENTS)),
            Map.entry("OverdueFollowUps", new Plain("Overdue follow-ups (patients)", Unit.PATIENTS)),
            Map.entry("MrsaThisMonth", new Plain("MRSA cases this month", Unit.COUNT)),
            Map.entry("IncomeThisMonth", new Plain("Income this month (£m)", Unit.MILLIONS)),
            Map.entry("PlanThisMonth", new Plain("Planned income this month (£m)", Unit.MILLIONS)),
            Map.entry("State", new Plain("Contract", Unit.PLAIN)),
            Map.entry("PriceIndex", new Plain("Price against national tariff (1 = tariff)", Unit.PLAIN)),
            Map.entry("StandoffMonths", new Plain("Months in this stand-off", Unit.COUNT)),
            Map.entry("StandoffMonthsTotal", new Plain("Months in stand-off, all told", Unit.COUNT)),
            Map.entry("PlanIncome", new Plain("Planned income this year (£m)", Unit.MILLIONS)),
            Map.entry("Waiting", new Plain("Waiting list (patients)", Unit.PATIENTS)),
            Map.entry("Share", new Plain("Share of the CCG's hospital activity (%)", Unit.PERCENT)),
            Map.entry("PaymentThisMonth", new Plain("Paid this month (£m)", Unit.MILLIONS)),
            Map.entry("ReferralsThisMonth", new Plain("Referrals this month (patients)", Unit.PATIENTS)),
            Map.entry("Style", new Plain("Style", Unit.PLAIN)));

    private record Entry(String name, Unit unit, Function<Object, Object> raw, Class<?> type) {}

    private final List<Entry> entries = new ArrayList<>();

    PlainProperties(Object agent) {
        this.object = agent;
        SimpleProperties bare = new SimpleProperties(agent, true, false, false);
        for (int i = 0; i < bare.numProperties(); i++) {
            String getter = bare.getName(i);
            if (getter.equals("Class")) continue;
            int k = i;
            Plain plain = NAMES.getOrDefault(getter, new Plain(words(getter), Unit.PLAIN));
            if (agent instanceof Ccg c && getter.equals("PerceivedEngagement")) {
                // the real figure beside the perceived one
                entries.add(new Entry("Engagement of its practices, real (0-1)", Unit.SCORE, o -> c.month.engagementMean, Double.class));
            }
            entries.add(new Entry(plain.name(), plain.unit(), o -> bare.getValue(k), bare.getType(k)));
        }
    }

    /** "OverdueFollowUps" reads "Overdue follow ups". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A raw value in the unit the name gives, rounded for reading. */
    static Object shown(Object v, Unit unit) {
        if (!(v instanceof Number n) || v instanceof Integer || v instanceof Long) {
            return v instanceof Enum<?> e ? e.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : v;
        }
        double d = n.doubleValue();
        return switch (unit) {
            case MILLIONS -> round(d / 1e6, 2);
            case PERCENT -> round(100 * d, 1);
            case PATIENTS, COUNT -> (double) Math.round(d);
            case SCORE -> round(d, 3);
            case PLAIN -> round(d, 3);
        };
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    @Override public boolean isVolatile() { return true; }
    @Override public int numProperties() { return entries.size(); }
    @Override public Object getValue(int i) { return shown(entries.get(i).raw().apply(object), entries.get(i).unit()); }
    @Override public String getName(int i) { return entries.get(i).name(); }
    @Override public boolean isReadWrite(int i) { return false; }
    @Override public Class getType(int i) {
        Class<?> t = entries.get(i).type();
        if (t == Double.TYPE || t == Float.TYPE) return Double.TYPE;
        if (t.isEnum()) return String.class;
        return t;
    }
    @Override protected Object _setValue(int i, Object value) { return null; }
}
