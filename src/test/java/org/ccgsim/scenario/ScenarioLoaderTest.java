package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void anEmptyFileGivesTheDefaultsWithOneOfEachOrganisation() throws Exception {
        Scenario s = ScenarioLoader.load(write("s.yaml", "")).scenario();
        assertEquals(1, s.ccgs.size());
        assertEquals(1, s.trusts.size());
        assertEquals(1, s.areaTeams.size());
        assertEquals(55, s.ccgs.get(0).practices);
        assertEquals(s.areaTeams.get(0).id, s.ccgs.get(0).areaTeam);
        assertEquals(Map.of("ccg", 1.0), s.trusts.get(0).serves);
    }

    @Test
    void extendsMergesDeeplyAndTheExtendingFileWins() throws Exception {
        write("base/base.yaml", """
                name: base
                months: 36
                ccg:
                  practices: 40
                  management: { style: directive, mix: 0.3 }
                  fund: { use: community }
                events:
                  - { at: 2013-06, set: { world.abolitionTalk: 0.5 } }
                """);
        write("base/middle.yaml", "extends: base.yaml\nccg:\n  management: { mix: 0.7 }\n");
        Path top = write("top.yaml", """
                extends: base/middle.yaml
                name: top
                ccg:
                  management: { style: engagement }
                events:
                  - { at: 2014-01, set: { ccg.management.style: directive } }
                """);
        Scenario s = ScenarioLoader.load(top).scenario();
        CcgParams c = s.ccgs.get(0);
        assertEquals("top", s.name);
        assertEquals(36, s.months);
        assertEquals(40, c.practices);
        assertEquals(ManagementStyle.ENGAGEMENT, c.management.style);
        assertEquals(0.7, c.management.mix);
        assertEquals(FundUse.COMMUNITY, c.fund.use);
        assertEquals(1, s.events.size(), "lists replace rather than append");
        assertEquals("2014-01", s.events.get(0).at);
        assertEquals(Map.of("ccg.management.style", ManagementStyle.DIRECTIVE), s.events.get(0).set);
    }

    @Test
    void defaultsBlocksMergeIntoEachListEntry() throws Exception {
        Scenario s = ScenarioLoader.load(write("s.yaml", """
                ccg:
                  localities: 2
                  management: { style: directive, mix: 0.2 }
                ccgs:
                  - id: a
                    management: { mix: 0.9 }
                  - id: b
                    localities: 4
                areaTeam: { style: directive }
                areaTeams:
                  - id: north
                  - id: south
                    style: coaching
                """)).scenario();
        CcgParams a = s.ccgs.get(0), b = s.ccgs.get(1);
        assertEquals(2, a.localities);
        assertEquals(ManagementStyle.DIRECTIVE, a.management.style);
        assertEquals(0.9, a.management.mix);
        assertEquals(4, b.localities);
        assertEquals(0.2, b.management.mix);
        assertEquals(AreaTeamStyle.DIRECTIVE, s.areaTeams.get(0).style);
        assertEquals(AreaTeamStyle.COACHING, s.areaTeams.get(1).style);
        assertEquals("north", a.areaTeam, "an empty areaTeam means the first Area Team");
    }

    @Test
    void sharesResolveSoEachCcgsSharesAddUpToOne() throws Exception {
        Scenario s = ScenarioLoader.load(write("s.yaml", """
                ccgs: [ {id: a}, {id: b}, {id: c} ]
                trusts:
                  - { id: t1, serves: { a: 0.6, b: 1.0 } }
                  - { id: t2, serves: { a: 0.4 } }
                  - { id: t3 }
                  - { id: t4 }
                """)).scenario();
        assertEquals(Map.of("a", 0.6, "b", 1.0), s.trusts.get(0).serves);
        assertEquals(Map.of("a", 0.4), s.trusts.get(1).serves);
        assertEquals(Map.of("c", 0.5), s.trusts.get(2).serves, "trusts listing no CCGs split the CCGs no one lists");
        assertEquals(Map.of("c", 0.5), s.trusts.get(3).serves);
        for (CcgParams c : s.ccgs) {
            double sum = s.trusts.stream().mapToDouble(t -> t.serves.getOrDefault(c.id, 0.0)).sum();
            assertEquals(1.0, sum, 1e-9, c.id);
        }
    }

    @Test
    void setOverridesApplyAfterExtendsAndToEveryCcg() throws Exception {
        Path f = write("s.yaml", """
                ccgs:
                  - { id: a, management: { style: engagement } }
                  - { id: b }
                """);
        Scenario s = ScenarioLoader.load(f, List.of("ccg.management.style=directive", "months=24", "ccgs.b.fund.use=community",
                "areaTeam.arbitrationAfterMonths=6", "trusts.acute.initialOccupancy=0.9", "name=2014")).scenario();
        assertEquals(ManagementStyle.DIRECTIVE, s.ccgs.get(0).management.style);
        assertEquals(ManagementStyle.DIRECTIVE, s.ccgs.get(1).management.style);
        assertEquals(24, s.months);
        assertEquals(FundUse.COMMUNITY, s.ccgs.get(1).fund.use);
        assertEquals(FundUse.PRIMARY_CARE, s.ccgs.get(0).fund.use);
        assertEquals(6, s.areaTeams.get(0).arbitrationAfterMonths);
        assertEquals(0.9, s.trusts.get(0).initialOccupancy);
        assertEquals("2014", s.name);
    }

    @Test
    void setOnASingleCcgScenarioMayNameItsId() throws Exception {
        Path f = write("s.yaml", "ccg: { id: stoke }\n");
        Scenario s = ScenarioLoader.load(f, List.of("ccgs.stoke.fund.use=socialCare")).scenario();
        assertEquals(FundUse.SOCIAL_CARE, s.ccgs.get(0).fund.use);
    }

    @Test
    void eventMonthsAreNormalisedAndValuesCoerced() throws Exception {
        Scenario s = ScenarioLoader.load(write("s.yaml", """
                events:
                  - at: 12
                    set: { ccg.management.mix: 1, areaTeam.style: directive, ccg.contracts.refuseInherited: true }
                """)).scenario();
        EventSpec e = s.events.get(0);
        assertEquals("2014-04", e.at);
        assertEquals(1.0, e.set.get("ccg.management.mix"));
        assertEquals(AreaTeamStyle.DIRECTIVE, e.set.get("areaTeam.style"));
        assertEquals(Boolean.TRUE, e.set.get("ccg.contracts.refuseInherited"));
    }

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(all.isEmpty());
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioLoadsAndSaysWhatItAsks(Path file) throws Exception {
        LoadedScenario l = ScenarioLoader.load(file);
        String stem = file.getFileName().toString().replace(".yaml", "");
        assertEquals(stem, l.scenario().name);
        assertFalse(l.scenario().description.isBlank());
        assertTrue(l.scenario().description.endsWith("?"), "a description asks a question");
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void resolvedYamlRoundTrips(Path file) throws Exception {
        LoadedScenario first = ScenarioLoader.load(file);
        Path copy = write("resolved.yaml", first.resolvedYaml());
        LoadedScenario second = ScenarioLoader.load(copy);
        assertEquals(first.resolvedYaml(), second.resolvedYaml());
        assertEquals(first.sha256(), second.sha256());
    }

    @Test
    void resolvedYamlIsDeterministicAndReadable() throws Exception {
        LoadedScenario a = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        LoadedScenario b = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        assertEquals(a.resolvedYaml(), b.resolvedYaml());
        assertEquals(64, a.sha256().length());
        assertTrue(a.resolvedYaml().contains("allocation: 320000000\n"), "numbers in plain decimal, not 3.2E8");
        assertTrue(a.resolvedYaml().startsWith("name: baseline\n"));
    }

    @Test
    void baselineIsStokeOnTrent() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).scenario();
        CcgParams stoke = s.ccgs.get(0);
        assertEquals("stoke", stoke.id);
        assertEquals("NHS Stoke-on-Trent CCG", stoke.name);
        assertEquals(55, stoke.practices);
        assertEquals(3, stoke.localities);
        assertEquals(320_000_000, stoke.finance.allocation);
        assertEquals(20130401L, s.seed);
        assertEquals(60, s.months);
        assertEquals(30, s.replications);
        assertEquals(1, s.trusts.size());
        assertEquals(1, s.areaTeams.size());
    }

    @Test
    void leverScenariosDifferFromBaselineOnlyInTheirLever() throws Exception {
        Map<String, String> lever = Map.of(
                "engagement", "ccg.management.style", "directive", "ccg.management.style", "adaptive", "ccg.management.style",
                "standoff", "ccg.contracts.refuseInherited", "area-team-directive", "areaTeam.style",
                "quality-premium-to-practices", "ccg.qualityPremium.use", "fund-to-social-care", "ccg.fund.use");
        Scenario base = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).scenario();
        for (Map.Entry<String, String> e : lever.entrySet()) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios/" + e.getKey() + ".yaml")).scenario();
            ParamPath p = ParamPath.parse(e.getValue());
            Object scope = p.targets(s).get(0), baseScope = p.targets(base).get(0);
            assertFalse(p.get(scope).equals(p.get(baseScope)), e.getKey() + " changes " + p);
            // put the lever back and the rest must be the baseline
            p.applyTo(s, p.get(baseScope));
            s.name = base.name;
            s.description = base.description;
            assertEquals(ScenarioLoader.toYaml(base), ScenarioLoader.toYaml(s), e.getKey());
        }
    }

    @Test
    void staffordshireClusterHasSevenCcgsSharingTrusts() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/staffordshire-cluster.yaml")).scenario();
        assertEquals(7, s.ccgs.size());
        assertTrue(s.trusts.size() >= 3);
        assertEquals(1, s.areaTeams.size());
        for (CcgParams c : s.ccgs) {
            double perHead = c.finance.allocation / (c.practices * c.listSizeMean);
            assertTrue(perHead > 1_000 && perHead < 1_400, c.id + " at £" + perHead + " per head");
        }
    }
}
