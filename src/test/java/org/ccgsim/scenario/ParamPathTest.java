package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParamPathTest {

    private static String parseError(String path) {
        return assertThrows(IllegalArgumentException.class, () -> ParamPath.parse(path)).getMessage();
    }

    private static String coerceError(String path, Object raw) {
        return assertThrows(IllegalArgumentException.class, () -> ParamPath.parse(path).coerce(raw)).getMessage();
    }

    @Test
    void parsesEachScope() {
        ParamPath p = ParamPath.parse("ccg.management.style");
        assertEquals(ParamPath.Scope.CCG, p.scope());
        assertNull(p.targetId());
        assertEquals(ManagementStyle.class, p.fieldType());
        assertEquals("management.style", p.relative());
        assertTrue(p.param().doc().startsWith("Management style"));

        ParamPath one = ParamPath.parse("ccgs.stoke.fund.use");
        assertEquals(ParamPath.Scope.CCG_ID, one.scope());
        assertEquals("stoke", one.targetId());
        assertEquals(FundUse.class, one.fieldType());

        assertEquals(ParamPath.Scope.AREA_TEAM, ParamPath.parse("areaTeam.arbitrationAfterMonths").scope());
        assertEquals(ParamPath.Scope.TRUST_ID, ParamPath.parse("trusts.uhns.initialOccupancy").scope());
        assertEquals(ParamPath.Scope.AREA_TEAM_ID, ParamPath.parse("areaTeams.north.style").scope());
        assertEquals(ParamPath.Scope.PRACTICE, ParamPath.parse("practice.aDirective").scope());
        assertEquals(ParamPath.Scope.TARIFF, ParamPath.parse("tariff.aeAttendance").scope());
        assertEquals(ParamPath.Scope.WORLD, ParamPath.parse("world.abolitionTalk").scope());
        assertEquals(ParamPath.Scope.ROOT, ParamPath.parse("months").scope());
        assertEquals(int.class, ParamPath.parse("months").fieldType());
    }

    @Test
    void unknownSegmentsGiveDidYouMean() {
        assertEquals("unknown parameter 'ccg.managment.style': 'ccg' has no 'managment' (did you mean 'management'?)",
                parseError("ccg.managment.style"));
        assertEquals("unknown parameter 'ccg.management.styel': 'ccg.management' has no 'styel' (did you mean 'style'?)",
                parseError("ccg.management.styel"));
        assertTrue(parseError("monhts").contains("(did you mean 'months'?)"));
        assertTrue(parseError("ccgs.fund.use").contains("ccgs.<id>.<parameter>"));
        assertTrue(parseError("ccg.management").startsWith("'ccg.management' is a block of parameters; name one of: style, mix"));
        assertTrue(parseError("months.x").contains("single value"));
        assertTrue(parseError("ccg..style").contains("empty segment"));
    }

    @Test
    void coerceConvertsAndChecks() {
        assertEquals(ManagementStyle.DIRECTIVE, ParamPath.parse("ccg.management.style").coerce("directive"));
        assertEquals(24, ParamPath.parse("months").coerce("24"));
        assertEquals(24, ParamPath.parse("months").coerce(24L));
        assertEquals(20130401L, ParamPath.parse("seed").coerce(20130401));
        assertEquals(0.5, ParamPath.parse("ccg.management.mix").coerce("0.5"));
        assertEquals(1.0, ParamPath.parse("ccg.management.mix").coerce(1));
        assertEquals(Boolean.TRUE, ParamPath.parse("ccg.contracts.refuseInherited").coerce("true"));
        assertEquals(Map.of("stoke", 1.0), ParamPath.parse("trusts.uhns.serves").coerce(Map.of("stoke", 1)));

        assertEquals("expected one of engagement, directive, adaptive, mix; found 'directiv' (did you mean 'directive'?)",
                coerceError("ccg.management.style", "directiv"));
        assertEquals("expected a whole number from 1 to 600 (months); found 0", coerceError("months", 0));
        assertEquals("expected a whole number from 1 to 600 (months); found 2.5", coerceError("months", 2.5));
        assertEquals("expected a number from 0 to 1 (share 0-1); found 'lots'", coerceError("ccg.management.mix", "lots"));
        assertEquals("expected true or false; found 'maybe'", coerceError("ccg.contracts.refuseInherited", "maybe"));
        assertEquals("expected a number from 0 to 1 (share 0-1); found nothing (an empty value)", coerceError("ccg.management.mix", null));
    }

    @Test
    void setAndGetWalkFromTheScopeObject() {
        CcgParams c = new CcgParams();
        ParamPath p = ParamPath.parse("ccgs.stoke.management.style");
        p.set(c, p.coerce("adaptive"));
        assertEquals(ManagementStyle.ADAPTIVE, c.management.style);
        assertEquals(ManagementStyle.ADAPTIVE, p.get(c));

        Scenario s = new Scenario();
        ParamPath months = ParamPath.parse("months");
        months.set(s, months.coerce("24"));
        assertEquals(24, s.months);
        assertThrows(IllegalArgumentException.class, () -> p.set(new TrustParams(), ManagementStyle.ADAPTIVE));
    }

    @Test
    void applyToSetsEveryTargetAndTheDefaultsBlock() {
        Scenario s = new Scenario();
        s.ccgs = List.of(new CcgParams(), new CcgParams());
        s.ccgs.get(1).id = "b";
        ParamPath all = ParamPath.parse("ccg.fund.use");
        all.applyTo(s, FundUse.ACUTE);
        assertEquals(FundUse.ACUTE, s.ccg.fund.use);
        assertEquals(FundUse.ACUTE, s.ccgs.get(0).fund.use);
        assertEquals(FundUse.ACUTE, s.ccgs.get(1).fund.use);

        ParamPath one = ParamPath.parse("ccgs.b.fund.use");
        one.applyTo(s, FundUse.NONE);
        assertEquals(FundUse.ACUTE, s.ccgs.get(0).fund.use);
        assertEquals(FundUse.NONE, s.ccgs.get(1).fund.use);
    }

    @Test
    void describesItsFieldForSweepsAndTheGui() {
        assertTrue(ParamPath.parse("ccg.finance.allocation").isNumeric());
        assertFalse(ParamPath.parse("ccg.management.style").isNumeric());
        assertArrayEquals(new Object[] {"engagement", "directive", "adaptive", "mix"}, ParamPath.parse("ccg.management.style").enumValues());
        assertEquals(0, ParamPath.parse("months").enumValues().length);
        assertFalse(ParamPath.parse("ccg.practices").changeableDuringRun());
        assertTrue(ParamPath.parse("ccg.management.style").changeableDuringRun());
    }

    @Test
    void allListsEveryLeafOnce() {
        List<ParamPath> all = ParamPath.all();
        assertTrue(all.contains(ParamPath.parse("ccg.finance.allocation")));
        assertTrue(all.contains(ParamPath.parse("practice.workloadSpread")));
        assertEquals(all.size(), all.stream().distinct().count());
        for (ParamPath p : all) assertEquals(p, ParamPath.parse(p.toString()));
    }
}
