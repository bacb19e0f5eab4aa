package org.ccgsim.scenario;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccgsim.scenario.ParamFields.Kind;
import org.ccgsim.scenario.Problems.Loc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Follows a scenario's {@code extends} chain: reads each file (only .yaml/.yml scenario files), refuses
 * circles and over-long chains, and deep-merges each file over its base, keeping where every value came from.
 */
final class ExtendsChain {

    record Merged(ObjectNode tree, Map<String, Loc> keys, Map<String, Loc> values) {}

    static Merged readChain(Path file, String label, Deque<Path> chain, Loc namedAt) throws ScenarioException {
        Path real = file.toAbsolutePath().normalize();
        if (chain.contains(real)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain) names.add(p.getFileName().toString());
            java.util.Collections.reverse(names);
            names.add(real.getFileName().toString());
            throw new ScenarioException(namedAt + ": field 'extends': the files extend each other in a circle: "
                    + String.join(" -> ", names) + "; one of them must stop extending");
        }
        if (chain.size() >= ScenarioLoader.MAX_EXTENDS_DEPTH) {
            throw new ScenarioException(namedAt + ": field 'extends': more than " + ScenarioLoader.MAX_EXTENDS_DEPTH + " files extend one another");
        }
        if (namedAt != null && !Files.isRegularFile(file)) {
            throw new ScenarioException(namedAt + ": field 'extends': cannot find '" + label + "' (paths in extends are relative to "
                    + "the file that names them)");
        }
        YamlSource src;
        try {
            src = YamlSource.readFile(file, label);
        } catch (YamlSource.Fatal f) {
            if (namedAt != null && f.getMessage().startsWith("a scenario file must be a mapping")) {
                throw new ScenarioException(namedAt + ": field 'extends': '" + label + "' is not a ccgsim scenario file; "
                        + "extends can only name a scenario");
            }
            throw new ScenarioException(f.loc + ": " + f.getMessage());
        }
        ObjectNode tree = src.root;
        if (namedAt != null) {
            // a file named by extends is read only if it is a scenario: its content is never quoted otherwise
            Set<String> allowed = ParamFields.fields(Scenario.class).keySet();
            for (String key : LoadState.iterable(tree)) {
                if (!allowed.contains(key) && !key.equals("extends")) {
                    throw new ScenarioException(namedAt + ": field 'extends': '" + label + "' is not a ccgsim scenario file "
                            + "(its top-level keys are not scenario keys); extends can only name a scenario");
                }
            }
        }
        JsonNode ext = tree.remove("extends");
        if (ext == null || ext.isNull()) return new Merged(tree, src.keys, src.values);
        if (!ext.isTextual() || ext.asText().isBlank()) {
            throw new ScenarioException(src.keys.get("/extends") + ": field 'extends': expected the path of another scenario file, "
                    + "e.g. baseline.yaml; found " + ParamFields.found(ext));
        }
        String target = ext.asText();
        Loc extAt = src.values.get("/extends");
        if (Excerpt.hasNulOrLoneSurrogate(target)) {
            throw new ScenarioException(extAt + ": field 'extends': the path holds a character no file name can (a NUL or a broken "
                    + "surrogate); name a .yaml scenario file");
        }
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw new ScenarioException(extAt + ": field 'extends': can only name a scenario file ending in .yaml or .yml; "
                    + "other files are not read");
        }
        Path parent = file.getParent();
        Path basePath;
        try {
            basePath = parent == null ? Path.of(target) : parent.resolve(target).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(extAt + ": field 'extends': not a usable file path; name a .yaml scenario file");
        }
        chain.push(real);
        Merged base = readChain(basePath, basePath.toString(), chain, src.values.get("/extends"));
        chain.pop();
        Set<String> replaced = new LinkedHashSet<>();
        ObjectNode merged = merge(base.tree, tree, Scenario.class, "", replaced);
        Map<String, Loc> k = overlay(base.keys, replaced, src.keys);
        Map<String, Loc> v = overlay(base.values, replaced, src.values);
        return new Merged(merged, k, v);
    }

    /** Base positions, minus those under replaced values, then all of the overlay's. */
    static Map<String, Loc> overlay(Map<String, Loc> base, Set<String> replaced, Map<String, Loc> over) {
        Map<String, Loc> out = new HashMap<>();
        for (Map.Entry<String, Loc> e : base.entrySet()) if (!underAny(e.getKey(), replaced)) out.put(e.getKey(), e.getValue());
        out.putAll(over);
        return out;
    }

    static boolean underAny(String ptr, Set<String> prefixes) {
        for (String p = ptr; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (prefixes.contains(p)) return true;
            if (p.isEmpty()) return false;
        }
    }

    
    /**
     * Deep merge: {@code over}'s values win; mappings that are parameter blocks merge key by key;
     * scalars, lists and value mappings ({@code serves}, an event's {@code set}) replace whole.
     * Adds the JSON pointer of every value replaced from {@code over} to {@code replaced}.
     */
    static ObjectNode merge(ObjectNode base, ObjectNode over, Class<?> type, String ptr, Set<String> replaced) {
        ObjectNode out = base.deepCopy();
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            String name = e.getKey();
            String child = ptr + "/" + YamlSource.escape(name);
            JsonNode b = out.get(name), o = e.getValue();
            Field f = type == null ? null : ParamFields.field(type, name);
            boolean block = f == null || ParamFields.kind(f) == Kind.GROUP;
            if (block && b instanceof ObjectNode bo && o instanceof ObjectNode oo) {
                out.set(name, merge(bo, oo, f == null ? null : f.getType(), child, replaced));
            } else {
                out.set(name, o.deepCopy());
                replaced.add(child);
            }
        }
        return out;
    }
}
