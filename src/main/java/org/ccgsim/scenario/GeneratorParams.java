package org.ccgsim.scenario;

/**
 * A compact specification of a many-CCG world (all of England): counts and distributions from
 * which {@link WorldGenerator} lays out the CCGs, trusts and Area Teams when the scenario loads.
 * Off while {@code ccgs} is 0. The generated organisations take every other value from the
 * {@code ccg}, {@code trust} and {@code areaTeam} blocks.
 */
public class GeneratorParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "CCGs to generate (0: no generated world; the scenario lists its organisations)", unit = "CCGs", min = 0, max = 2_000,
           source = "Are CCGs a failed experiment?, June 2015 (ccg-count): 209 CCGs; 211 when they started in April 2013")
    public int ccgs = 0;

    @Param(doc = "GP practices across all generated CCGs, shared out in proportion to population", unit = "practices",
           min = 1, max = 200_000, source = "assumption: about 8,000 practices in England")
    public int practices = 8_000;

    @Param(doc = "Acute trusts; each serves the CCGs whose patients live in its catchment", unit = "trusts", min = 1, max = 2_000,
           source = "assumption: about 160 acute trusts")
    public int trusts = 160;

    @Param(doc = "NHS England Area Teams; each assures a run of neighbouring CCGs", unit = "Area Teams", min = 1, max = 500,
           source = "assumption: NHS England had 27 Area Teams")
    public int areaTeams = 27;

    @Param(doc = "Median registered population of a CCG", unit = "patients", min = 1_000, max = 5_000_000,
           source = "assumption: about 55 million registered patients over 211 CCGs, skewed to small CCGs")
    public double populationMedian = 230_000;

    @Param(doc = "Spread of CCG populations: standard deviation of log population", unit = "log units", min = 0, max = 3,
           source = "assumption")
    public double populationSpread = 0.5;

    @Param(doc = "Smallest CCG population (draws below are drawn again)", unit = "patients", min = 1_000, max = 5_000_000,
           source = "assumption: CCGs ranged from about 60,000 to 900,000 patients (issue 7)")
    public double populationMin = 60_000;

    @Param(doc = "Largest CCG population (draws above are drawn again)", unit = "patients", min = 1_000, max = 20_000_000,
           source = "assumption: CCGs ranged from about 60,000 to 900,000 patients (issue 7)")
    public double populationMax = 900_000;

    @Param(doc = "Spread of the mean practice list size between CCGs: standard deviation of its log", unit = "log units",
           min = 0, max = 2, source = "assumption: Stoke's lists (4,750) are a third below England's 7,000")
    public double listSizeSpread = 0.15;

    @Param(doc = "Practices per locality: a CCG has practices / this localities, at least one", unit = "practices", min = 1,
           max = 1_000, source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-localities): 55 practices in three localities")
    public double practicesPerLocality = 18;

    @Param(doc = "Mean allocation per registered patient", unit = "£/head/year", min = 100, max = 10_000,
           source = "CCG Progress, Stoke-on-Trent, 2012/13 (stoke-allocation): £320m for about 261,000 patients; England's mean is about £1,200 (assumption)")
    public double allocationPerHead = 1_230;

    @Param(doc = "Spread of allocation per head between CCGs (need and distance from target): standard deviation of its log",
           unit = "log units", min = 0, max = 1, source = "assumption")
    public double allocationSpread = 0.08;

    @Param(doc = "Spread of trust catchment sizes within an Area Team: standard deviation of log size", unit = "log units",
           min = 0, max = 2, source = "assumption")
    public double trustSizeSpread = 0.4;

    @Param(doc = "Smallest share of a CCG's hospital activity that goes to a trust; smaller slivers join the CCG's main trust",
           unit = "share 0-1", min = 0, max = 0.5, source = "assumption")
    public double minimumTrustShare = 0.05;

    @Param(doc = "Spread of the management mix between CCGs: each CCG's mix is the ccg block's mix plus a uniform draw in "
               + "[-spread, spread], kept in 0-1 (only matters when the style is mix)", unit = "share 0-1", min = 0, max = 1,
           source = "assumption: CCGs differed in how they managed their members (001, 003)")
    public double managementMixSpread = 0.2;

    @Param(doc = "Seed of the draws that lay out the world; separate from the run seed, so that seeds and replications vary "
               + "what happens in one England rather than the map itself", unit = "integer")
    public long seed = 2013L;
}
