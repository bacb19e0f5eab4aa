package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one precise line naming file, line, column, field, expected and found. */
class ScenarioErrorsTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<String> problems(Path file, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(sets)));
        assertEquals(String.join("\n", e.problems()), e.getMessage());
        return e.problems();
    }

    private String only(Path file, String... sets) {
        List<String> p = problems(file, sets);
        assertEquals(1, p.size(), () -> "expected one problem, got: " + p);
        return p.get(0);
    }

    @Test
    void unknownKeyInTheMiddleOfAMappingIsReportedAtItsOwnLineWithDidYouMean() throws IOException {
        Path f = write("s.yaml", """
                name: typo
                ccg:
                  practices: 40
                  managment:
                    style: directive
                  localities: 2
                """);
        assertEquals(f + ":4:3: unknown key 'managment' under 'ccg' (did you mean 'management'?)", only(f));
    }

    @Test
    void unknownKeyFarFromAnyValidKeyListsTheValidKeys() throws IOException {
        Path f = write("s.yaml", "world:\n  weather: rainy\n");
        assertEquals(f + ":2:3: unknown key 'weather' under 'world'; the keys allowed under 'world' are: abolitionTalk, winterPeakPct, winterSeveritySd", only(f));
    }

    @Test
    void wrongTypeIsReportedAtTheKey() throws IOException {
        Path f = write("s.yaml", "months: 24\nccg:\n  localities: many\n");
        assertEquals(f + ":3:3: field 'ccg.localities': expected a whole number from 1 to 50 (localities); found 'many'", only(f));
    }

    @Test
    void aScalarWhereABlockBelongsIsAWrongType() throws IOException {
        Path f = write("s.yaml", "ccg:\n  fund: community\n");
        assertEquals(f + ":2:3: field 'ccg.fund': expected a mapping of parameters (key: value lines); found 'community'", only(f));
    }

    @Test
    void fractionForAWholeNumberIsReportedAtTheValue() throws IOException {
        Path f = write("s.yaml", "months: 24.5\n");
        assertEquals(f + ":1:9: field 'months': expected a whole number from 1 to 600 (months); found 24.5", only(f));
    }

    @Test
    void outOfRangeIsReportedAtTheValue() throws IOException {
        Path f = write("s.yaml", "ccg:\n  management:\n    mix: 1.5\n");
        assertEquals(f + ":3:10: field 'ccg.management.mix': expected a number from 0 to 1 (share 0-1); found 1.5", only(f));
    }

    @Test
    void badEnumValueSuggestsTheClosestName() throws IOException {
        Path f = write("s.yaml", "ccg:\n  management: { style: directiv }\n");
        assertEquals(f + ":2:24: field 'ccg.management.style': expected one of engagement, directive, adaptive, mix; "
                + "found 'directiv' (did you mean 'directive'?)", only(f));
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherInLineOrder() throws IOException {
        Path f = write("s.yaml", "monts: 12\nccg:\n  practices: 0\nareaTeam: { style: coach }\n");
        List<String> p = problems(f);
        assertEquals(3, p.size(), p::toString);
        assertTrue(p.get(0).startsWith(f + ":1:1: unknown key 'monts' (did you mean 'months'?)"), p.get(0));
        assertTrue(p.get(1).startsWith(f + ":3:14: field 'ccg.practices'"), p.get(1));
        assertTrue(p.get(2).startsWith(f + ":4:20: field 'areaTeam.style'"), p.get(2));
    }

    @Test
    void errorsInABaseFileNameTheBaseFile() throws IOException {
        Path base = write("base.yaml", "name: base\nccg:\n  practices: -3\n");
        Path top = write("top.yaml", "extends: base.yaml\nname: top\n");
        assertTrue(only(top).startsWith(base + ":3:14: field 'ccg.practices'"));
    }

    @Test
    void missingExtendsFileIsReportedWhereItIsNamed() throws IOException {
        Path f = write("s.yaml", "name: x\nextends: nothere.yaml\n");
        assertEquals(f + ":2:10: field 'extends': cannot find '" + dir.resolve("nothere.yaml")
                + "' (paths in extends are relative to the file that names them)", only(f));
    }

    @Test
    void extendsCycleIsReported() throws IOException {
        Path a = write("a.yaml", "extends: b.yaml\n");
        Path b = write("b.yaml", "name: b\nextends: a.yaml\n");
        assertEquals(b + ":2:10: field 'extends': the files extend each other in a circle: a.yaml -> b.yaml -> a.yaml; "
                + "one of them must stop extending", only(a));
    }

    @Test
    void unknownCcgInTrustServesIsReportedAtTheKey() throws IOException {
        Path f = write("s.yaml", """
                ccgs:
                  - id: stoke
                  - id: north
                trusts:
                  - id: uhns
                    serves: { stoke: 0.5, nort: 0.5 }
                  - id: mid
                """);
        assertEquals(f + ":6:27: field 'trusts[0].serves.nort': no CCG has id 'nort' (did you mean 'north'?); the CCGs are: stoke, north",
                only(f));
    }

    @Test
    void sharesThatDoNotAddUpToOneAreReported() throws IOException {
        Path f = write("s.yaml", """
                ccgs: [ {id: a} ]
                trusts:
                  - { id: t1, serves: { a: 0.5 } }
                  - { id: t2, serves: { a: 0.4 } }
                """);
        assertEquals(f + ":3:25: field 'trusts[0].serves.a': the shares of CCG 'a' across the trusts that serve it must add up to 1; "
                + "found 0.9 (t1 0.5, t2 0.4)", only(f));
    }

    @Test
    void unknownAreaTeamReferenceIsReported() throws IOException {
        Path f = write("s.yaml", "ccg:\n  areaTeam: midlands\n");
        assertEquals(f + ":2:13: field 'ccgs[0].areaTeam': no Area Team has id 'midlands'; the Area Teams are: area-team", only(f));
    }

    @Test
    void duplicateIdsAreReported() throws IOException {
        Path f = write("s.yaml", "ccgs:\n  - id: a\n  - id: b\n  - id: a\n");
        assertEquals(f + ":4:9: field 'ccgs[2].id': id 'a' is already used by ccgs[0]; give each CCG its own id", only(f));
    }

    @Test
    void badEventsAreReportedKeyByKey() throws IOException {
        Path f = write("s.yaml", """
                months: 24
                events:
                  - at: 2012-04
                    set: { ccg.management.style: directive }
                  - at: 2016-04
                    set: { ccg.managment.style: directive }
                  - at: 3
                    set: { ccgs.stok.fund.use: community, ccg.fund.use: nowhere }
                """);
        List<String> p = problems(f);
        assertEquals(List.of(
                f + ":3:9: field 'events[0].at': expected a month from 2013-04 (month 0, when CCGs began) on; found '2012-04'",
                f + ":5:9: field 'events[1].at': expected a month within the run (2013-04 to 2015-03, months 0 to 23); found '2016-04' (month 36)",
                f + ":6:12: field 'events[1].set': unknown parameter 'ccg.managment.style': 'ccg' has no 'managment' (did you mean 'management'?)",
                f + ":8:12: field 'events[2].set.ccgs.stok.fund.use': no CCG has id 'stok'; the ids are: ccg",
                f + ":8:57: field 'events[2].set.ccg.fund.use': expected one of none, primaryCare, community, socialCare, acute; found 'nowhere'"),
                p);
    }

    @Test
    void badSetNamesTheSetArgument() throws IOException {
        Path f = write("s.yaml", "name: x\n");
        List<String> p = problems(f, "ccg.management.style=directiv", "months=abc", "ccgz.x=1", "practices");
        assertEquals(List.of(
                "--set ccg.management.style=directiv: field 'ccg.management.style': expected one of engagement, directive, adaptive, mix; "
                        + "found 'directiv' (did you mean 'directive'?)",
                "--set months=abc: field 'months': expected a whole number from 1 to 600 (months); found 'abc'",
                "--set ccgz.x=1: unknown parameter 'ccgz.x': 'ccgz' is not a parameter or block (did you mean 'ccg'?); paths start with one of "
                        + "name, description, seed, months, replications, ccg, ccgs, trust, trusts, areaTeam, areaTeams, practice, tariff, world, generate, output",
                "--set practices: expected path=value, e.g. --set ccg.management.style=directive"), p);
    }

    @Test
    void setNamingAnUnknownCcgIsReported() throws IOException {
        Path f = write("s.yaml", "ccg: { id: stoke }\n");
        assertEquals("--set ccgs.stok.fund.use=community: field 'ccgs.stok.fund.use': no CCG has id 'stok' (did you mean 'stoke'?); "
                + "the CCGs are: stoke", only(f, "ccgs.stok.fund.use=community"));
    }

    @Test
    void aliasBombIsRefusedWithoutExpandingIt() throws IOException {
        StringBuilder b = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) b.append(i == 0 ? "" : ", ").append('*').append(prev);
            b.append("]\n");
        }
        Path f = write("bomb.yaml", b.toString());
        String p = only(f);
        assertTrue(p.startsWith(f + ":2:8: field 'b[0]': YAML aliases (*a) are not allowed"), p);
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path f = write("deep.yaml", "x: " + "[".repeat(200) + "]".repeat(200) + "\n");
        String p = only(f);
        assertTrue(p.contains("nest"), p);
    }

    @Test
    void oversizedFileIsRefused() throws IOException {
        Path f = write("big.yaml", "description: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n");
        String p = only(f);
        assertTrue(p.startsWith(f + ": the file is 3072 KB; scenario files are limited to 2 MB"), p);
    }

    @Test
    void tooManyPracticesInAllAreRefused() throws IOException {
        StringBuilder b = new StringBuilder("ccgs:\n");
        for (int i = 0; i < 11; i++) b.append("  - { id: c").append(i).append(", practices: 20000 }\n");
        Path f = write("big.yaml", b.toString());
        assertEquals(f + ":2:3: the scenario has 220,000 practices in all; ccgsim runs at most 200,000 (England has about 8,000)", only(f));
    }

    @Test
    void aBillionPracticesIsOutOfRange() throws IOException {
        Path f = write("s.yaml", "ccg: { practices: 1000000000 }\n");
        assertEquals(f + ":1:19: field 'ccg.practices': expected a whole number from 1 to 20000 (practices); found 1000000000", only(f));
    }

    @Test
    void duplicateKeyIsReported() throws IOException {
        Path f = write("s.yaml", "name: a\nmonths: 3\nname: b\n");
        assertTrue(only(f).startsWith(f + ":3:"), only(f));
        assertTrue(only(f).contains("'name' appears twice"), only(f));
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() throws IOException {
        Path f = write("s.yaml", "name: x\n  months: 3\n");
        assertTrue(only(f).startsWith(f + ":2:9: this is not valid YAML"), only(f));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() throws IOException {
        Path f = write("s.yaml", "- a\n- b\n");
        assertTrue(only(f).startsWith(f + ":1:1: a scenario file must be a mapping"), only(f));
    }

    @Test
    void missingFileIsReported() {
        Path f = dir.resolve("none.yaml");
        assertEquals(f + ": no such file", only(f));
    }

    @Test
    void problemsAreCappedSoTheListStaysReadable() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) b.append("bogus").append(i).append(": 1\n");
        List<String> p = problems(write("s.yaml", b.toString()));
        assertEquals(21, p.size());
        assertEquals("... and 10 more problems (fix these first)", p.get(20));
    }
}
