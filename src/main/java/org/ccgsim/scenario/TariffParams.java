package org.ccgsim.scenario;

/** Prices paid to acute trusts (national tariff 2013/14, rounded; assumptions listed in docs/ODD.md section 8). */
public class TariffParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "First outpatient appointment", unit = "£", min = 0, max = 10_000, source = "assumption: £150-170")
    public double firstOutpatient = 160;

    @Param(doc = "Follow-up outpatient appointment", unit = "£", min = 0, max = 10_000, source = "assumption: about £90")
    public double followUp = 90;

    @Param(doc = "Follow-up appointments per first appointment", unit = "ratio", min = 0, max = 10, source = "assumption")
    public double followUpsPerFirst = 1.5;

    @Param(doc = "Share of referrals that end in an elective admission", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: about one in five")
    public double electiveConversion = 0.2;

    @Param(doc = "Elective spell", unit = "£", min = 0, max = 50_000, source = "assumption: £1,000-3,000")
    public double electiveSpell = 1_800;

    @Param(doc = "Emergency admission", unit = "£", min = 0, max = 50_000, source = "assumption: about £1,500-1,800")
    public double nonElectiveSpell = 1_650;

    @Param(doc = "A&E attendance", unit = "£", min = 0, max = 5_000, source = "assumption: about £110")
    public double aeAttendance = 110;

    @Param(doc = "Marginal rate for emergency admissions: under payment by results (and gain-share) a contract's emergency admissions "
               + "above its baseline (the emergency admissions the contract plans for the year: in year one the plan the trust signed, "
               + "then last year's grown by the planned demand growth; by the expected season, reconciled year to date) are paid at "
               + "this share of tariff; the trust bears the cost of all of them. 1: no marginal rule",
           unit = "share of tariff", min = 0, max = 1,
           source = "assumption: national tariff rule of the period (30% marginal rate above the 2008/09 baseline); the baseline set "
               + "each April is the model's (it has no 2008/09)")
    public double emergencyMarginalRate = 0.3;

    @Param(doc = "National tariff uplift for pay and price inflation, applied each April from 2014", unit = "%/year", min = -10, max = 20,
           source = "assumption: national statistics, approximate (about 2.5% a year for pay and prices)")
    public double costUpliftPct = 2.5;

    @Param(doc = "National efficiency requirement taken off the tariff each April from 2014", unit = "%/year", min = 0, max = 20,
           source = "assumption: national statistics, approximate (about 4% a year in 2013/14 and 2014/15)")
    public double efficiencyPct = 4.0;

    /** What one GP referral costs at 2013/14 prices: a first outpatient appointment, the elective spells and follow-ups it leads to on average. */
    public double referralCost() {
        return firstOutpatient + electiveConversion * electiveSpell + followUpsPerFirst * followUp;
    }

    /** Prices of financial year {@code year} (0 = 2013/14) against 2013/14 tariff. */
    public double priceIndex(int year) {
        return Math.pow(1 + (costUpliftPct - efficiencyPct) / 100, Math.max(0, year));
    }
}
