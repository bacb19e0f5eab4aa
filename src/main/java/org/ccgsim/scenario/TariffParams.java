package org.ccgsim.scenario;

/** Prices paid to acute trusts (national tariff 2013/14, rounded; assumptions listed in docs/ODD.md section 8). */
public class TariffParams {
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
}
