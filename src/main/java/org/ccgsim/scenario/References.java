package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ccgsim.scenario.Problems.Loc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The organisations and what refers to them: defaults blocks merged into the lists, sizes, ids,
 * Area Teams, and each trust's shares of its CCGs (which must add up to 1; within the tolerance a
 * file may round to they are scaled to 1 exactly, as the model requires).
 */
final class References {
    private final LoadState st;

    References(LoadState st) {
        this.st = st;
    }

    /** Every entry of ccgs gets the ccg block's values it does not set itself; no ccgs means one CCG from the block. */
    void materialise(OrgList l) {
        ObjectNode defaults = st.root.get(l.defaults) instanceof ObjectNode o ? o : st.root.putObject(l.defaults);
        ArrayNode list = st.root.get(l.list) instanceof ArrayNode a ? a : st.root.putArray(l.list);
        if (list.isEmpty()) list.add(JsonNodeFactory.instance.objectNode());
        String from = "/" + l.defaults;
        for (int i = 0; i < list.size(); i++) {
            String to = "/" + l.list + "/" + i;
            list.set(i, ExtendsChain.merge(defaults, (ObjectNode) list.get(i), l.type, to, new LinkedHashSet<>()));
            // values inherited from the defaults block are reported where the block sets them
            for (Map<String, Loc> m : List.of(st.keys, st.values)) {
                for (Map.Entry<String, Loc> e : new ArrayList<>(m.entrySet())) {
                    String k = e.getKey();
                    if (k.equals(from) || k.startsWith(from + "/")) m.putIfAbsent(to + k.substring(from.length()), e.getValue());
                }
            }
        }
    }

    void checkSizes(Scenario s) {
        long practices = s.totalPractices();
        String where = s.generate.ccgs > 0 ? "/generate/practices" : st.root.has("ccgs") && st.keys.containsKey("/ccgs") ? "/ccgs" : "/ccg/practices";
        if (practices > ScenarioLoader.MAX_TOTAL_PRACTICES) {
            st.problems.add(st.valueLoc(where), null, "the scenario has " + String.format("%,d", practices) + " practices in all; ccgsim runs "
                    + "at most " + String.format("%,d", ScenarioLoader.MAX_TOTAL_PRACTICES) + " (England has about 8,000)");
        } else if ((double) practices * s.months > ScenarioLoader.MAX_PRACTICE_MONTHS) {
            st.problems.add(st.valueLoc("/months"), null, String.format("%,d practices for %,d months is %,.0f practice-months; ccgsim "
                    + "runs at most %,.0f per replication (fewer months or practices)", practices, s.months,
                    (double) practices * s.months, ScenarioLoader.MAX_PRACTICE_MONTHS));
        }
        for (int i = 0; i < s.ccgs.size(); i++) {
            CcgParams c = s.ccgs.get(i);
            if (c.localities > c.practices) {
                st.problems.add(st.valueLoc("/ccgs/" + i + "/localities"), "ccgs[" + i + "].localities", "expected no more localities than "
                        + "practices (" + c.practices + "); found " + c.localities);
            }
        }
    }

    /** True when every id is well formed and unique, so references to them can be checked. */
    boolean checkIds(Scenario s) {
        boolean ok = checkIds(OrgList.CCGS, s.ccgs, c -> c.id);
        ok &= checkIds(OrgList.TRUSTS, s.trusts, t -> t.id);
        ok &= checkIds(OrgList.AREA_TEAMS, s.areaTeams, a -> a.id);
        return ok;
    }

    <T> boolean checkIds(OrgList l, List<T> orgs, Function<T, String> id) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            String ptr = "/" + l.list + "/" + i + "/id", disp = l.list + "[" + i + "].id";
            String v = id.apply(orgs.get(i));
            if (!v.matches(ScenarioLoader.ID_PATTERN)) {
                ok = false;
                st.problems.add(st.valueLoc(ptr), disp, "expected an id of letters, digits, '-' and '_' (it is used in paths such as "
                        + l.list + ".<id>.name); found '" + v + "'");
            }
            Integer first = seen.putIfAbsent(v, i);
            if (first != null) {
                ok = false;
                st.problems.add(st.valueLoc(ptr), disp, "id '" + v + "' is already used by " + l.list + "[" + first + "]; give each "
                        + l.noun + " its own id");
            }
        }
        return ok;
    }

    void resolveAreaTeams(Scenario s) {
        List<String> teams = s.areaTeams.stream().map(a -> a.id).toList();
        for (int i = 0; i < s.ccgs.size(); i++) {
            CcgParams c = s.ccgs.get(i);
            if (c.areaTeam.isEmpty()) {
                c.areaTeam = teams.get(0);
            } else if (!teams.contains(c.areaTeam)) {
                st.problems.add(st.valueLoc("/ccgs/" + i + "/areaTeam"), "ccgs[" + i + "].areaTeam", "no Area Team has id '" + c.areaTeam + "'"
                        + ParamFields.didYouMean(c.areaTeam, teams) + "; the Area Teams are: " + String.join(", ", teams));
            }
        }
    }

    /**
     * Makes every trust's serves explicit. For each CCG, trusts that name it keep their shares,
     * which must add up to 1; a CCG no trust names is split equally among the trusts that name none.
     */
    void resolveShares(Scenario s) {
        List<String> ccgIds = s.ccgs.stream().map(c -> c.id).toList();
        List<TrustParams> servesAll = new ArrayList<>();
        boolean refsOk = true;
        for (int t = 0; t < s.trusts.size(); t++) {
            TrustParams trust = s.trusts.get(t);
            if (trust.serves.isEmpty()) servesAll.add(trust);
            for (String ccg : trust.serves.keySet()) {
                if (!ccgIds.contains(ccg)) {
                    refsOk = false;
                    st.problems.add(st.keyLoc("/trusts/" + t + "/serves/" + YamlSource.escape(ccg)), "trusts[" + t + "].serves." + ccg,
                            "no CCG has id '" + ccg + "'" + ParamFields.didYouMean(ccg, ccgIds) + "; the CCGs are: " + String.join(", ", ccgIds));
                }
            }
        }
        if (!refsOk) return;
        Map<TrustParams, Map<String, Double>> resolved = new LinkedHashMap<>();
        for (TrustParams trust : s.trusts) resolved.put(trust, new LinkedHashMap<>(trust.serves));
        for (int c = 0; c < ccgIds.size(); c++) {
            String ccg = ccgIds.get(c);
            double sum = 0;
            List<String> parts = new ArrayList<>();
            int firstTrust = -1;
            for (int t = 0; t < s.trusts.size(); t++) {
                Double share = s.trusts.get(t).serves.get(ccg);
                if (share == null) continue;
                if (firstTrust < 0) firstTrust = t;
                sum += share;
                parts.add(s.trusts.get(t).id + " " + ParamFields.number(share));
            }
            if (firstTrust >= 0) {
                if (Math.abs(sum - 1) <= ScenarioLoader.SHARE_TOLERANCE && Math.abs(sum - 1) > 1e-12) {
                    // within the tolerance a file may round to, the shares are scaled to add up to 1 exactly, as the model requires
                    for (TrustParams trust : s.trusts) {
                        Double share = trust.serves.get(ccg);
                        if (share != null) resolved.get(trust).put(ccg, share / sum);
                    }
                }
                if (Math.abs(sum - 1) > ScenarioLoader.SHARE_TOLERANCE) {
                    st.problems.add(st.keyLoc("/trusts/" + firstTrust + "/serves/" + YamlSource.escape(ccg)), "trusts[" + firstTrust + "].serves." + ccg,
                            "the shares of CCG '" + ccg + "' across the trusts that serve it must add up to 1; found "
                                    + ParamFields.number(Math.round(sum * 1e6) / 1e6) + " (" + String.join(", ", parts) + ")");
                }
            } else if (servesAll.isEmpty()) {
                st.problems.add(st.valueLoc("/ccgs/" + c + "/id"), "ccgs[" + c + "]", "CCG '" + ccg + "' is served by no trust: list it in a "
                        + "trust's serves, or leave one trust's serves empty so that it serves every CCG");
            } else {
                for (TrustParams trust : servesAll) resolved.get(trust).put(ccg, 1.0 / servesAll.size());
            }
        }
        for (int t = 0; t < s.trusts.size(); t++) {
            TrustParams trust = s.trusts.get(t);
            if (trust.serves.isEmpty() && resolved.get(trust).isEmpty()) {
                st.problems.add(st.valueLoc("/trusts/" + t), "trusts[" + t + "].serves", "trust '" + trust.id + "' lists no CCGs, so it "
                        + "would serve every CCG that other trusts do not already serve in full, but there is none; give it shares");
            }
        }
        for (TrustParams trust : s.trusts) trust.serves = resolved.get(trust);
    }
}
