package org.ccgsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.scenario.Problems.Loc;
import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * One YAML text read into a Jackson tree, remembering where each key and value stood. Binding YAML
 * straight to Java loses positions (and reports unknown keys at the end of their mapping), so the
 * tree is built from the streaming parser and the validator walks it with the positions at hand.
 */
final class YamlSource {
    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_DEPTH = 50;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static final YAMLFactory FACTORY = factory();

    private static YAMLFactory factory() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(50);
        limits.setNestingDepthLimit(MAX_DEPTH);
        limits.setCodePointLimit((int) MAX_BYTES + 1024);
        return YAMLFactory.builder()
                .loaderOptions(limits)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 10)
                        .maxStringLength((int) MAX_BYTES)
                        .maxNumberLength(100)
                        .build())
                .build();
    }

    /** A file's tree and the position of each key and value, by JSON pointer ("/ccg/management/style"). */
    final ObjectNode root;
    final Map<String, Loc> keys = new HashMap<>();
    final Map<String, Loc> values = new HashMap<>();
    private final String label;

    private YamlSource(String label) {
        this.label = label;
        this.root = NODES.objectNode();
    }

    /** Something that stops reading this text at all. */
    static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Loc loc;

        Fatal(Loc loc, String message) {
            super(message);
            this.loc = loc;
        }
    }

    static YamlSource readFile(Path file, String label) throws Fatal {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Fatal(Loc.of(label), "the file is " + size / 1024 + " KB; scenario files are limited to "
                        + MAX_BYTES / 1024 / 1024 + " MB (use the ccg/trust/areaTeam defaults blocks to keep lists short)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Fatal(Loc.of(label), "no such file");
        } catch (IOException e) {
            throw new Fatal(Loc.of(label), "cannot read the file: " + e.getMessage());
        }
        return readText(utf8(bytes, label), label);
    }

    /** The bytes as UTF-8 text; a byte that is not UTF-8 is reported at its line and column. */
    private static String utf8(byte[] bytes, String label) throws Fatal {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1, column = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') { line++; column = 1; } else column++;
            }
            throw new Fatal(new Loc(label, line, column), "the file is not UTF-8 text (a byte here is not UTF-8; save the file as UTF-8)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    static YamlSource readText(String text, String label) throws Fatal {
        if (text.length() > MAX_BYTES) throw new Fatal(Loc.of(label), "the text is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        YamlSource src = new YamlSource(label);
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) return src; // an empty file: every default
            if (t != JsonToken.START_OBJECT) {
                throw new Fatal(src.loc(p.currentTokenLocation()), "a scenario file must be a mapping of keys to values "
                        + "(name: ..., months: ..., ccg: ...); found " + (t == JsonToken.START_ARRAY ? "a list" : "a single value"));
            }
            src.values.put("", src.loc(p.currentTokenLocation()));
            src.fill(p, src.root, "", "", 0);
            if (p.nextToken() != null) {
                throw new Fatal(src.loc(p.currentTokenLocation()), "only one YAML document is allowed in a scenario file (remove the '---')");
            }
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Duplicate field '")) {
                String key = msg.substring("Duplicate field '".length(), msg.indexOf('\'', "Duplicate field '".length()));
                throw new Fatal(src.loc(e.getLocation()), "key '" + key + "' appears twice in the same mapping; keep one");
            }
            Loc at = src.loc(e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation());
            if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                if (msg != null && msg.startsWith("Number value length")) throw new Fatal(at, "a number with more than 100 digits; no parameter needs one");
                if (msg != null && msg.contains("nesting depth")) throw new Fatal(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
                throw new Fatal(at, "a value is longer than scenario files allow");
            }
            throw new Fatal(at, "this is not valid YAML: " + firstLine(msg));
        } catch (IOException e) {
            throw new Fatal(Loc.of(label), "cannot read: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new Fatal(Loc.of(label), "the YAML is nested too deeply");
        }
        return src;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        // the parser's text ends with " in 'reader', line n, column m:" and a copy of the offending line: never echo file content
        List<String> kept = new ArrayList<>();
        for (String l : s.strip().split("\n")) {
            if (l.contains("in 'reader'") || l.contains(" at [Source")) break;
            if (!l.isBlank()) kept.add(l.strip());
        }
        String line = kept.isEmpty() ? "syntax error" : String.join("; ", kept).replaceAll(" ?\\(from `[^`]*`\\)", "");
        return Excerpt.of(line.length() > 200 ? line.substring(0, 200) : line);
    }

    private void fill(JsonParser p, ObjectNode obj, String ptr, String disp, int depth) throws IOException, Fatal {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String child = ptr + "/" + escape(name);
            String childDisp = disp.isEmpty() ? name : disp + "." + name;
            Loc keyLoc = loc(p.currentTokenLocation());
            Loc first = keys.get(child);
            JsonNode v = value(p, p.nextToken(), child, childDisp, depth + 1);
            if (obj.has(name)) {
                throw new Fatal(keyLoc, "field '" + childDisp + "': appears twice in the same mapping (first at line "
                        + (first == null ? "?" : first.line()) + "); keep one");
            }
            keys.put(child, keyLoc);
            obj.set(name, v);
        }
        if (t != JsonToken.END_OBJECT) throw new Fatal(loc(p.currentTokenLocation()), "unexpected " + t);
    }

    private JsonNode value(JsonParser p, JsonToken t, String ptr, String disp, int depth) throws IOException, Fatal {
        Loc at = loc(p.currentTokenLocation());
        values.put(ptr, at);
        if (depth > MAX_DEPTH) throw new Fatal(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                fill(p, o, ptr, disp, depth);
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, e, ptr + "/" + i, disp + "[" + i + "]", depth + 1));
                    i++;
                }
                return a;
            }
            case VALUE_STRING -> {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw new Fatal(at, (disp.isEmpty() ? "" : "field '" + disp + "': ") + "YAML aliases (*" + p.getText()
                            + ") are not allowed in scenario files; share settings with extends or the ccg/trust/areaTeam defaults blocks");
                }
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                return Double.isFinite(d) ? NODES.numberNode(p.getDecimalValue()) : NODES.numberNode(d);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new Fatal(at, (disp.isEmpty() ? "" : "field '" + disp + "': ") + "unsupported YAML value (" + t + ")");
        }
    }

    Loc loc(JsonLocation l) {
        if (l == null || l.getLineNr() <= 0) return Loc.of(label);
        return new Loc(label, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    /** JSON pointer escaping of one key. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
