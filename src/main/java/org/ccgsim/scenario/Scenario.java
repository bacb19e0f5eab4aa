package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully resolved scenario: the world, the policy levers and the run settings. {@code ccgs},
 * {@code trusts} and {@code areaTeams} are complete (defaults merged in) after loading; an empty
 * list means one organisation built from the defaults block. When {@code generate.ccgs} is above 0
 * the three lists are laid out by {@link WorldGenerator} instead.
 */
public class Scenario implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Scenario name, used for the output folder")
    public String name = "scenario";

    @Param(doc = "One line: the question this scenario asks")
    public String description = "";

    @Param(doc = "Seed of the random number generator; replication k uses a seed derived from it (within ±(2^53 − 1), so spreadsheets read it exactly)",
            unit = "integer", min = -9007199254740991.0, max = 9007199254740991.0)
    public long seed = 20130401L;

    @Param(doc = "Months to simulate from April 2013", unit = "months", min = 1, max = 600)
    public int months = 60;

    @Param(doc = "Replications to run", unit = "replications", min = 1, max = 100_000)
    public int replications = 30;

    public CcgParams ccg = new CcgParams();
    public List<CcgParams> ccgs = new ArrayList<>();
    public TrustParams trust = new TrustParams();
    public List<TrustParams> trusts = new ArrayList<>();
    public AreaTeamParams areaTeam = new AreaTeamParams();
    public List<AreaTeamParams> areaTeams = new ArrayList<>();
    public PracticeParams practice = new PracticeParams();
    public TariffParams tariff = new TariffParams();
    public WorldParams world = new WorldParams();
    public GeneratorParams generate = new GeneratorParams();
    public OutputParams output = new OutputParams();
    public List<EventSpec> events = new ArrayList<>();

    /** Total member practices across all CCGs. */
    public long totalPractices() {
        if (ccgs.isEmpty()) return ccg.practices;
        long n = 0;
        for (CcgParams c : ccgs) n += c.practices;
        return n;
    }
}
