package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.ManagementStyle;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each organisation and process draws from a stream of its own (see {@link RandomStreams}), so a change
 * that makes one CCG draw differently leaves every other stream where it would have been.
 */
class RandomStreamsTest {

    private static HealthEconomy cluster(ManagementStyle northStaffordshire, int months) throws Exception {
        Scenario s = ModelRuns.load("staffordshire-cluster");
        s.months = months;
        for (CcgParams c : s.ccgs) if (c.id.equals("north-staffs")) c.management.style = northStaffordshire;
        return ModelRuns.run(s, 0, null);
    }

    private static Ccg ccg(HealthEconomy e, String id) {
        for (Ccg c : e.ccgs()) if (c.params.id.equals(id)) return c;
        throw new AssertionError(id);
    }

    @Test
    void oneCcgsStyleLeavesTheOtherOrganisationsStreamsAndItsOwnOtherProcessesInStep() throws Exception {
        HealthEconomy engaged = cluster(ManagementStyle.ENGAGEMENT, 24), directive = cluster(ManagementStyle.DIRECTIVE, 24);
        // a directive CCG consults on nothing, so it makes fewer draws for its decisions
        assertFalse(ccg(engaged, "north-staffs").random.decisions().stateEquals(ccg(directive, "north-staffs").random.decisions()));
        // every practice draws one engagement shock a month, whatever the style: North Staffordshire's own stream is in step
        assertTrue(ccg(engaged, "north-staffs").random.engagement().stateEquals(ccg(directive, "north-staffs").random.engagement()));
        for (String id : new String[] {"stoke", "stafford", "east-staffs"}) {
            for (int p = 0; p < 7; p++) {
                MersenneTwisterFast a = stream(ccg(engaged, id).random, p), b = stream(ccg(directive, id).random, p);
                if (p == 2 || p == 3 || p == 6) continue; // activity, decisions and oversight follow the CCG's own state, which its neighbours move
                assertTrue(a.stateEquals(b), id + " stream " + p);
            }
        }
        // a trust draws the same number each month whatever its work, so even the shared hospital's stream is in step
        for (int t = 0; t < engaged.trusts().length; t++) {
            assertTrue(engaged.trusts()[t].random.stateEquals(directive.trusts()[t].random), engaged.trusts()[t].params.id);
        }
        assertTrue(engaged.winterRandom.stateEquals(directive.winterRandom));
    }

    private static MersenneTwisterFast stream(RandomStreams.OfCcg s, int p) {
        return switch (p) {
            case 0 -> s.practices();
            case 1 -> s.engagement();
            case 2 -> s.activity();
            case 3 -> s.decisions();
            case 4 -> s.finance();
            case 5 -> s.premium();
            default -> s.oversight();
        };
    }

    @Test
    void everyOrganisationAndProcessHasAStreamOfItsOwn() throws Exception {
        HealthEconomy e = cluster(ManagementStyle.MIX, 1);
        java.util.List<MersenneTwisterFast> all = new java.util.ArrayList<>();
        for (Ccg c : e.ccgs()) for (int p = 0; p < 7; p++) all.add(stream(c.random, p));
        for (AcuteTrust t : e.trusts()) {
            all.add(t.random);
            for (Contract c : t.contracts) all.add(c.random);
        }
        all.add(e.winterRandom);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertNotSame(all.get(i), all.get(j));
                assertFalse(all.get(i).stateEquals(all.get(j)), i + " and " + j);
            }
        }
    }

    @Test
    void streamsFollowTheSeedAndOrganisationsIdsNotTheirOrder() {
        MersenneTwisterFast root = new MersenneTwisterFast(7);
        RandomStreams a = new RandomStreams(MersenneTwisterFast::new, root);
        RandomStreams b = new RandomStreams(MersenneTwisterFast::new, new MersenneTwisterFast(7));
        RandomStreams c = new RandomStreams(MersenneTwisterFast::new, new MersenneTwisterFast(8));
        assertTrue(a.stream("finance", "stoke").stateEquals(b.stream("finance", "stoke")));
        assertFalse(a.stream("finance", "stoke").stateEquals(c.stream("finance", "stoke")));
        assertFalse(a.stream("round", "ab", "c").stateEquals(a.stream("round", "a", "bc")));
        assertFalse(a.stream("finance", "stoke").stateEquals(a.stream("premium", "stoke")));
    }
}
