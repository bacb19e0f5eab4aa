package org.ccgsim.scenario;

/**
 * One Clinical Commissioning Group. In a many-CCG scenario the top-level {@code ccg} block holds
 * the defaults and each entry of {@code ccgs} overrides what differs.
 */
public class CcgParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Identifier used to refer to this CCG (trusts' serves, events)")
    public String id = "ccg";

    @Param(doc = "Name shown in outputs and reports")
    public String name = "NHS Stoke-on-Trent CCG";

    @Param(doc = "Identifier of the Area Team that assures this CCG (empty: the first Area Team)")
    public String areaTeam = "";

    @Param(doc = "Member GP practices", unit = "practices", min = 1, max = 20_000,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-practices): 55 practices")
    public int practices = 55;

    @Param(doc = "Localities the practices are grouped in", unit = "localities", min = 1, max = 50,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-localities): three localities")
    public int localities = 3;

    @Param(doc = "Spread of locality leads' strength: the share of the CCG's engagement effort that reaches a locality's "
               + "practices is exp(spread z - spread^2/2), z one normal draw per locality (mean 1 across localities); 0 all leads alike",
           unit = "log-scale sd", min = 0, max = 2,
           source = "assumption; stoke-localities: the CCG reaches practices through localities whose lead GPs are trusted locally")
    public double localityLeadSpread = 0.5;

    @Param(doc = "Mean registered list size of a practice", unit = "patients", min = 500, max = 60_000,
           source = "assumption: Stoke's 55 practices hold about 4,500-5,000 patients each")
    public double listSizeMean = 4_750;

    @Param(doc = "Spread (standard deviation) of list sizes", unit = "patients", min = 0, max = 30_000)
    public double listSizeSd = 1_800;

    @Param(doc = "Stance towards neighbouring CCGs (same Area Team or a shared trust): 0 rivals, 1 partners. "
               + "Two CCGs share what works in proportion to the product of their stances; rivalry costs leaders' time",
           unit = "share 0-1", min = 0, max = 1,
           source = "A CCG leader's blog, spring 2013 (ccg-rivalry): rivalry between neighbours born of authorisation; the size is an assumption")
    public double collaboration = 0.5;

    @Param(doc = "Share of the gap in engagement effort to a better-engaging partner CCG (and in scheme delivery to a better-delivering one) "
               + "that a CCG closes each month by learning from it, at full partnership", unit = "1/month", min = 0, max = 1)
    public double learningFromPartners = 0.5;

    @Param(doc = "Engagement effort lost to rivalry with neighbouring CCGs (leaders' time spent competing), at full rivalry with all of them",
           unit = "share 0-1", min = 0, max = 1)
    public double rivalryCost = 0.3;

    public FinanceParams finance = new FinanceParams();
    public ManagementParams management = new ManagementParams();
    public ConsultationParams consultation = new ConsultationParams();
    public ContractParams contracts = new ContractParams();
    public FundParams fund = new FundParams();
    public QualityPremiumParams qualityPremium = new QualityPremiumParams();
    public MonitoringParams monitoring = new MonitoringParams();
}
