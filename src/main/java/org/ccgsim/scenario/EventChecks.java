package org.ccgsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.scenario.ParamFields.BadValue;

import com.fasterxml.jackson.databind.JsonNode;

/** Timed events: each needs a month within the run and parameters that may change during a run, naming organisations that exist. */
final class EventChecks {
    private final LoadState st;

    EventChecks(LoadState st) {
        this.st = st;
    }

    void checkEvents(Scenario s) {
        Map<ParamPath.Scope, List<String>> ids = Map.of(
                ParamPath.Scope.CCG_ID, s.ccgs.stream().map(c -> c.id).toList(),
                ParamPath.Scope.TRUST_ID, s.trusts.stream().map(t -> t.id).toList(),
                ParamPath.Scope.AREA_TEAM_ID, s.areaTeams.stream().map(a -> a.id).toList());
        for (int i = 0; i < s.events.size(); i++) {
            EventSpec e = s.events.get(i);
            String ptr = "/events/" + i, disp = "events[" + i + "]";
            if (ScenarioLoader.REPORTED_MONTH.equals(e.at)) {
                // already reported as the wrong kind of value
            } else if (e.at == null || e.at.isBlank()) {
                st.problems.add(st.valueLoc(ptr), disp + ".at", "an event needs 'at': the month it happens, as YYYY-MM or a month number");
            } else {
                try {
                    int month = Months.parse(e.at);
                    if (month >= s.months) {
                        st.problems.add(st.valueLoc(ptr + "/at"), disp + ".at", "expected a month within the run (2013-04 to "
                                + Months.label(s.months - 1) + ", months 0 to " + (s.months - 1) + "); found '" + e.at + "' (month "
                                + month + ")");
                    } else {
                        e.at = Months.label(month);
                    }
                } catch (IllegalArgumentException bad) {
                    st.problems.add(st.valueLoc(ptr + "/at"), disp + ".at", bad.getMessage());
                }
            }
            JsonNode setNode = st.root.path("events").path(i).path("set");
            if (setNode.isEmpty()) {
                st.problems.add(st.valueLoc(ptr), disp + ".set", "an event needs 'set': at least one parameter path and its new value, "
                        + "e.g. set: {ccg.management.style: directive}");
            }
            Map<String, Object> coerced = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> kv : setNode.properties()) {
                String key = kv.getKey();
                String kp = ptr + "/set/" + YamlSource.escape(key), kd = disp + ".set." + key;
                ParamPath path;
                try {
                    path = ParamPath.parse(key);
                } catch (IllegalArgumentException bad) {
                    st.problems.add(st.keyLoc(kp), disp + ".set", bad.getMessage());
                    continue;
                }
                if (!path.changeableDuringRun()) {
                    st.problems.add(st.keyLoc(kp), kd, "'" + path + "' is fixed when a run starts; an event cannot change it");
                    continue;
                }
                List<String> known = ids.get(path.scope());
                if (known != null && !known.contains(path.targetId())) {
                    String noun = path.scope() == ParamPath.Scope.CCG_ID ? "CCG" : path.scope() == ParamPath.Scope.TRUST_ID ? "trust" : "Area Team";
                    st.problems.add(st.keyLoc(kp), kd, "no " + noun + " has id '" + path.targetId() + "'"
                            + ParamFields.didYouMean(path.targetId(), known) + "; the ids are: " + String.join(", ", known));
                    continue;
                }
                try {
                    coerced.put(path.toString(), path.coerce(kv.getValue()));
                } catch (BadValue bad) {
                    st.problems.add(bad.aboutValue ? st.valueLoc(kp) : st.keyLoc(kp), kd, bad.getMessage());
                } catch (IllegalArgumentException bad) {
                    st.problems.add(st.valueLoc(kp), kd, bad.getMessage());
                }
            }
            e.set = coerced;
        }
    }
}
