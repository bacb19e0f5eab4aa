package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.experiment.Sweep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The england scenario's world is laid out from its compact specification, the same way every time. */
class WorldGeneratorTest {
    static final Path ENGLAND = Path.of("scenarios/england.yaml");
    static Scenario england;

    @TempDir Path dir;

    @BeforeAll
    static void load() throws ScenarioException {
        england = ScenarioLoader.load(ENGLAND).scenario();
    }

    @Test
    void englandHasTheCountsOfItsSpecification() {
        assertEquals(211, england.ccgs.size());
        assertEquals(8_000, england.totalPractices());
        assertEquals(160, england.trusts.size());
        assertEquals(27, england.areaTeams.size());
    }

    @Test
    void ccgPopulationsStayWithinTheGivenRangeAndAddUpToAboutEngland() {
        double total = 0;
        for (CcgParams c : england.ccgs) {
            double population = c.practices * c.listSizeMean;
            assertTrue(population >= 60_000 * 0.99 && population <= 900_000 * 1.01, c.id + ": " + population);
            total += population;
        }
        assertTrue(total > 45e6 && total < 65e6, "England's registered population, about 55 million: " + total);
    }

    @Test
    void everyCcgIsFullyServedAndEveryTrustServesSomeone() {
        Map<String, Double> served = new HashMap<>();
        int sharedTrusts = 0;
        for (TrustParams t : england.trusts) {
            assertTrue(!t.serves.isEmpty(), t.id + " serves no CCG");
            if (t.serves.size() > 1) sharedTrusts++;
            t.serves.forEach((ccg, share) -> served.merge(ccg, share, Double::sum));
        }
        for (CcgParams c : england.ccgs) assertEquals(1.0, served.get(c.id), 1e-9, c.id);
        long ccgsWithSeveralTrusts = england.ccgs.stream().filter(c -> england.trusts.stream().filter(t -> t.serves.containsKey(c.id)).count() > 1).count();
        assertTrue(sharedTrusts > 50, "trusts serving several CCGs: " + sharedTrusts);
        assertTrue(ccgsWithSeveralTrusts > 50, "CCGs using several trusts: " + ccgsWithSeveralTrusts);
    }

    @Test
    void theSameSpecificationGivesTheSameWorldAndTheRunSeedDoesNotMoveTheMap() throws ScenarioException {
        Scenario again = ScenarioLoader.load(ENGLAND, List.of("seed=99")).scenario();
        again.seed = england.seed;
        assertEquals(ScenarioLoader.toYaml(england), ScenarioLoader.toYaml(again));
        Scenario other = ScenarioLoader.load(ENGLAND, List.of("generate.seed=7")).scenario();
        assertNotEquals(england.ccgs.get(0).practices * england.ccgs.get(0).listSizeMean,
                other.ccgs.get(0).practices * other.ccgs.get(0).listSizeMean);
    }

    @Test
    void theCcgBlockSuppliesEverythingTheGeneratorDoesNotSet() throws ScenarioException {
        Scenario s = ScenarioLoader.load(ENGLAND, List.of("ccg.fund.use=socialCare")).scenario();
        assertTrue(s.ccgs.stream().allMatch(c -> c.fund.use == FundUse.SOCIAL_CARE));
        double min = s.ccgs.stream().mapToDouble(c -> c.management.mix).min().orElseThrow();
        double max = s.ccgs.stream().mapToDouble(c -> c.management.mix).max().orElseThrow();
        assertTrue(min >= 0.3 - 1e-9 && max <= 0.7 + 1e-9 && max - min > 0.3, "mix 0.5 +/- 0.2: " + min + " to " + max);
    }

    @Test
    void theResolvedScenarioListsTheWorldAndLoadsBackToIt() throws Exception {
        Scenario s = ScenarioLoader.load(ENGLAND, List.of("ccgs.ccg-005.management.style=directive")).scenario();
        String resolved = ScenarioLoader.toYaml(s);
        Path f = dir.resolve("resolved.yaml");
        Files.writeString(f, resolved);
        Scenario back = ScenarioLoader.load(f).scenario();
        assertEquals(0, back.generate.ccgs);
        assertEquals(211, back.ccgs.size());
        assertEquals(resolved, ScenarioLoader.toYaml(back));
    }

    @Test
    void aSetForOneGeneratedCcgReachesOnlyThatCcg() throws ScenarioException {
        Scenario s = ScenarioLoader.load(ENGLAND, List.of("ccgs.ccg-005.management.style=directive")).scenario();
        assertEquals(1, s.ccgs.stream().filter(c -> c.management.style == ManagementStyle.DIRECTIVE).count());
        assertEquals(ManagementStyle.DIRECTIVE, s.ccgs.get(4).management.style);
    }

    @Test
    void aSetForAnIdTheGeneratorDoesNotMakeIsAnError() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ENGLAND, List.of("ccgs.ccg-5.management.style=directive")));
        assertTrue(e.getMessage().contains("no generated CCG has id 'ccg-5'") && e.getMessage().contains("ccg-001 to ccg-211"), e.getMessage());
    }

    @Test
    void listingCcgsBesideTheGeneratorIsAnErrorAtTheList() throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "generate:\n  ccgs: 20\n  practices: 400\n  trusts: 10\n  areaTeams: 3\nccgs:\n  - id: a\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(f + ":6:1: field 'ccgs': generate.ccgs is 20, so the CCGs are generated; remove the ccgs list (put shared values "
                + "in the ccg block) or set generate.ccgs to 0", e.getMessage());
    }

    @Test
    void anImpossibleSpecificationNamesTheField() throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "generate:\n  ccgs: 20\n  practices: 400\n  trusts: 40\n  areaTeams: 30\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(f + ":5:14: field 'generate.areaTeams': expected no more Area Teams than CCGs (20); found 30", e.getMessage());
    }

    @Test
    void aSweepOverTheSpecificationRegeneratesTheWorld() {
        Scenario small = Sweep.at(england, List.of(ParamPath.parse("generate.practices")), List.of(2_000));
        assertEquals(2_000, small.totalPractices());
        assertEquals(211, small.ccgs.size());
        assertEquals(8_000, england.totalPractices(), "the original is untouched");
    }

    @Test
    void apportioningKeepsTheTotalAndTheMinimum() {
        int[] a = WorldGenerator.apportion(new double[] {1, 1, 1}, 10, 1);
        assertEquals(10, Arrays.stream(a).sum());
        assertEquals(List.of(4, 3, 3), Arrays.stream(a).boxed().toList());
        int[] b = WorldGenerator.apportion(new double[] {1000, 1, 1}, 5, 1);
        assertEquals(List.of(3, 1, 1), Arrays.stream(b).boxed().toList());
    }

    @Test
    void sliversJoinTheMainTrustUnlessATrustWouldServeNoOne() {
        double[][] share = {{0.97, 0.03, 0}, {0, 0.02, 0.98}};
        WorldGenerator.dropSlivers(share, 0.05);
        // trust 1 has only slivers: it keeps one link so that it serves someone
        assertEquals(1.0, share[0][0] + share[0][1], 1e-12);
        assertEquals(1.0, share[1][1] + share[1][2], 1e-12);
        assertEquals(1, (share[0][1] > 0 ? 1 : 0) + (share[1][1] > 0 ? 1 : 0));
    }
}
