package org.ccgsim.scenario;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Map;

import org.ccgsim.scenario.ParamFields.BadValue;
import org.ccgsim.scenario.ParamFields.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks every key and value of the tree against the annotated parameter classes: unknown keys,
 * types, ranges, enums, list sizes. A bad value is reported and dropped, so the defaults stand in
 * and the rest of the file is still checked: every problem is found in one pass.
 */
final class FieldChecks {
    private final LoadState st;

    FieldChecks(LoadState st) {
        this.st = st;
    }

    void checkGroup(ObjectNode node, Class<?> type, String ptr, String disp) {
        Map<String, Field> fields = ParamFields.fields(type);
        for (String name : new ArrayList<>(LoadState.iterable(node))) {
            String child = ptr + "/" + YamlSource.escape(name);
            String childDisp = disp.isEmpty() ? name : disp + "." + name;
            Field f = fields.get(name);
            if (f == null) {
                String hint = ParamFields.didYouMean(name, fields.keySet());
                if (hint.isEmpty()) {
                    hint = "; the keys allowed " + (disp.isEmpty() ? "at the top level" : "under '" + disp + "'") + " are: "
                            + String.join(", ", fields.keySet());
                }
                st.problems.add(st.keyLoc(child), null, "unknown key '" + name + "'" + (disp.isEmpty() ? "" : " under '" + disp + "'") + hint);
                node.remove(name); // reported; the rest of the file is still checked
                continue;
            }
            checkValue(node, name, f, child, childDisp);
        }
    }

    void checkValue(ObjectNode parent, String name, Field f, String ptr, String disp) {
        JsonNode v = parent.get(name);
        Kind kind = ParamFields.kind(f);
        Param p = f.getAnnotation(Param.class);
        if (v.isNull() && (kind == Kind.GROUP || kind == Kind.LIST || kind == Kind.MAP)) {
            parent.remove(name); // "ccg:" with nothing under it means "the defaults"
            return;
        }
        switch (kind) {
            case GROUP -> {
                if (v instanceof ObjectNode o) checkGroup(o, f.getType(), ptr, disp);
                else dropped(parent, name, ptr, disp, f.getType(), p, v);
            }
            case LIST -> {
                if (!(v instanceof ArrayNode a)) {
                    dropped(parent, name, ptr, disp, f.getType(), p, v);
                    return;
                }
                int max = f.getName().equals("events") ? ScenarioLoader.MAX_EVENTS : ScenarioLoader.MAX_ORGANISATIONS;
                if (a.size() > max) {
                    st.problems.add(st.keyLoc(ptr), disp, "a list of " + a.size() + " entries; at most " + max + " are allowed");
                    return;
                }
                Class<?> element = ParamFields.elementType(f);
                for (int i = 0; i < a.size(); i++) {
                    String ep = ptr + "/" + i, ed = disp + "[" + i + "]";
                    if (a.get(i) instanceof ObjectNode o) checkGroup(o, element, ep, ed);
                    else st.problems.add(st.valueLoc(ep), ed, "expected " + ParamFields.expected(element, null) + "; found "
                            + ParamFields.found(a.get(i)));
                }
            }
            case MAP -> {
                if (!(v instanceof ObjectNode o)) {
                    dropped(parent, name, ptr, disp, f.getType(), p, v);
                    return;
                }
                if (f.getName().equals("serves")) checkShares(o, ptr, disp);
                // events' set is checked once the ids and months are known
            }
            default -> checkScalar(parent, name, f, p, v, ptr, disp);
        }
    }

    void checkShares(ObjectNode serves, String ptr, String disp) {
        for (String ccg : LoadState.iterable(serves)) {
            String sp = ptr + "/" + YamlSource.escape(ccg);
            try {
                ParamFields.coerce(double.class, ParamPath.SHARE, serves.get(ccg));
            } catch (BadValue e) {
                st.problems.add(e.aboutValue ? st.valueLoc(sp) : st.keyLoc(sp), disp + "." + ccg, e.getMessage());
                serves.remove(ccg);
            }
        }
    }

    void checkScalar(ObjectNode parent, String name, Field f, Param p, JsonNode v, String ptr, String disp) {
        Kind kind = ParamFields.kind(f);
        if (f.getDeclaringClass() == EventSpec.class && name.equals("at")) {
            if (!(v.isTextual() || v.isIntegralNumber())) {
                st.problems.add(st.keyLoc(ptr), disp, "expected a month as YYYY-MM (from 2013-04) or a month number; found "
                        + ParamFields.found(v));
                parent.put(name, ScenarioLoader.REPORTED_MONTH);
            }
            return; // checked against months once they are known
        }
        boolean typeOk = switch (kind) {
            case INTEGER, NUMBER -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case ENUM -> v.isTextual();
            case STRING -> v.isValueNode() && !v.isNull();
            default -> false;
        };
        if (!typeOk) {
            dropped(parent, name, ptr, disp, f.getType(), p, v);
            return;
        }
        try {
            Object value = ParamFields.coerce(f.getType(), p, v);
            if (kind == Kind.STRING && !v.isTextual()) parent.put(name, (String) value); // "id: 5" means the text "5"
        } catch (BadValue e) {
            st.problems.add(e.aboutValue ? st.valueLoc(ptr) : st.keyLoc(ptr), disp, e.getMessage());
            parent.remove(name);
        }
    }

    /** Reports a value of the wrong type and drops it, so the default stands in while the rest is checked. */
    void dropped(ObjectNode parent, String name, String ptr, String disp, Class<?> type, Param p, JsonNode found) {
        st.problems.add(st.keyLoc(ptr), disp, "expected " + ParamFields.expected(type, p) + "; found " + ParamFields.found(found));
        parent.remove(name);
    }
}
