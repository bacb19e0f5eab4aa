package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.scenario.Problems.Loc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code --set path=value}: applied to the tree after extends, or, for one generated organisation, once the world is laid out. */
final class Overrides {
    private final LoadState st;

    Overrides(LoadState st) {
        this.st = st;
    }

    /** --set values for one generated organisation (ccgs.<id>.x), applied once the world is laid out. */
    record DeferredSet(ParamPath path, Object value, Loc at) {}
    final List<DeferredSet> deferredSets = new ArrayList<>();

    boolean generatedWorld() {
        return st.root.path("generate").path("ccgs").asInt(0) > 0;
    }

    void checkNoListsBesideGenerator() {
        for (OrgList l : OrgList.values()) {
            if (st.root.get(l.list) instanceof ArrayNode a && !a.isEmpty()) {
                st.problems.add(st.keyLoc("/" + l.list), l.list, "generate.ccgs is " + st.root.path("generate").path("ccgs").asInt()
                        + ", so the " + l.plural() + " are generated; remove the " + l.list + " list (put shared values in the "
                        + l.defaults + " block) or set generate.ccgs to 0");
            }
        }
    }

    void applyDeferredSets(Scenario s) {
        for (DeferredSet d : deferredSets) {
            if (d.path.targets(s).isEmpty()) {
                OrgList l = orgList(d.path.scope());
                List<String> ids = switch (l) {
                    case CCGS -> s.ccgs.stream().map(c -> c.id).toList();
                    case TRUSTS -> s.trusts.stream().map(t -> t.id).toList();
                    case AREA_TEAMS -> s.areaTeams.stream().map(a -> a.id).toList();
                };
                st.problems.add(d.at, d.path.toString(), "no generated " + l.noun + " has id '" + d.path.targetId() + "'"
                        + ParamFields.didYouMean(d.path.targetId(), ids) + "; they run from " + ids.get(0) + " to " + ids.get(ids.size() - 1));
            } else {
                d.path.applyTo(s, d.value);
            }
        }
    }

    void applySet(String arg) {
        Loc at = Loc.of("--set " + Excerpt.of(arg));
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            st.problems.add(at, null, "expected path=value, e.g. --set ccg.management.style=directive");
            return;
        }
        String pathText = arg.substring(0, eq).trim();
        ParamPath path;
        try {
            path = ParamPath.parse(pathText);
        } catch (IllegalArgumentException e) {
            st.problems.add(at, null, e.getMessage());
            return;
        }
        Object value;
        try {
            value = path.coerce(parseScalar(arg.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            st.problems.add(at, path.toString(), e.getMessage());
            return;
        }
        if (path.scope().hasId() && generatedWorld()) {
            deferredSets.add(new DeferredSet(path, value, at));
            return;
        }
        JsonNode node = ScenarioLoader.plainNumbers(ScenarioLoader.BINDER.valueToTree(value));
        List<List<String>> targets = setTargets(path, at);
        for (List<String> segs : targets) {
            ObjectNode o = st.root;
            StringBuilder ptr = new StringBuilder();
            for (int i = 0; i < segs.size() - 1; i++) {
                String s = segs.get(i);
                ptr.append('/').append(YamlSource.escape(s));
                JsonNode next = o.get(s);
                if (next instanceof ArrayNode a) {
                    String idx = segs.get(++i);
                    ptr.append('/').append(idx);
                    next = a.get(Integer.parseInt(idx));
                }
                if (!(next instanceof ObjectNode)) {
                    next = o.putObject(s);
                }
                o = (ObjectNode) next;
            }
            String leaf = segs.get(segs.size() - 1);
            ptr.append('/').append(YamlSource.escape(leaf));
            o.set(leaf, node.deepCopy());
            String p = ptr.toString();
            st.keys.keySet().removeIf(k -> k.startsWith(p + "/"));
            st.values.keySet().removeIf(k -> k.startsWith(p + "/"));
            st.keys.put(p, at);
            st.values.put(p, at);
        }
    }

    /** A --set value is one YAML scalar ("24", "directive", "true"); a mapping is allowed for serves. */
    static JsonNode parseScalar(String text) {
        if (text.isBlank()) return JsonNodeFactory.instance.textNode(text.strip());
        try {
            JsonNode n = ScenarioLoader.SCALARS.readTree(text);
            return n == null ? JsonNodeFactory.instance.textNode(text) : n;
        } catch (Exception e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    /** The tree locations a --set writes: for ccg.x the defaults block and every entry of ccgs, so it applies to all. */
    List<List<String>> setTargets(ParamPath path, Loc at) {
        List<String> rel = path.fieldNames();
        List<List<String>> out = new ArrayList<>();
        switch (path.scope()) {
            case ROOT -> out.add(rel);
            case CCG, TRUST, AREA_TEAM -> {
                OrgList l = orgList(path.scope());
                out.add(concat(List.of(l.defaults), rel));
                if (st.root.get(l.list) instanceof ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) out.add(concat(List.of(l.list, String.valueOf(i)), rel));
                }
            }
            case CCG_ID, TRUST_ID, AREA_TEAM_ID -> {
                OrgList l = orgList(path.scope());
                List<String> ids = new ArrayList<>();
                if (st.root.get(l.list) instanceof ArrayNode a && !a.isEmpty()) {
                    for (int i = 0; i < a.size(); i++) {
                        String id = effectiveId(l, a.get(i));
                        ids.add(id);
                        if (id.equals(path.targetId())) out.add(concat(List.of(l.list, String.valueOf(i)), rel));
                    }
                } else {
                    String id = effectiveId(l, null);
                    ids.add(id);
                    if (id.equals(path.targetId())) out.add(concat(List.of(l.defaults), rel));
                }
                if (out.isEmpty()) {
                    st.problems.add(at, path.toString(), "no " + l.noun + " has id '" + path.targetId() + "'"
                            + ParamFields.didYouMean(path.targetId(), ids) + "; the " + l.plural() + " are: " + String.join(", ", ids));
                }
            }
            default -> out.add(concat(List.of(path.scope().prefix()), rel));
        }
        return out;
    }

    String effectiveId(OrgList l, JsonNode entry) {
        if (entry != null && entry.get("id") != null && entry.get("id").isValueNode()) return entry.get("id").asText();
        JsonNode d = st.root.get(l.defaults);
        if (d != null && d.get("id") != null && d.get("id").isValueNode()) return d.get("id").asText();
        return switch (l) {
            case CCGS -> new CcgParams().id;
            case TRUSTS -> new TrustParams().id;
            case AREA_TEAMS -> new AreaTeamParams().id;
        };
    }

    static OrgList orgList(ParamPath.Scope s) {
        return switch (s) {
            case CCG, CCG_ID -> OrgList.CCGS;
            case TRUST, TRUST_ID -> OrgList.TRUSTS;
            default -> OrgList.AREA_TEAMS;
        };
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
