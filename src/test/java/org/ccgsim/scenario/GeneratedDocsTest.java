package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committed docs/scenario.schema.json and docs/parameters.md must match what the annotated
 * classes generate. To refresh them after changing a parameter, run the tests with
 * -Dccgsim.updateDocs=true.
 */
class GeneratedDocsTest {

    private static void check(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("ccgsim.updateDocs")) Files.writeString(file, generated, StandardCharsets.UTF_8);
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, file + " is out of date: run mvn test -Dtest=GeneratedDocsTest -Dccgsim.updateDocs=true");
    }

    @Test
    void committedSchemaIsCurrent() throws IOException {
        check(Path.of("docs/scenario.schema.json"), ScenarioSchema.text());
    }

    @Test
    void committedParameterTableIsCurrent() throws IOException {
        check(Path.of("docs/parameters.md"), ParameterTable.document());
    }

    @Test
    void oddDescriptionCarriesTheCurrentParameterTable() throws IOException {
        Path odd = Path.of("docs/ODD.md");
        String text = Files.readString(odd, StandardCharsets.UTF_8);
        String start = "<!-- parameters:start -->\n", end = "<!-- parameters:end -->";
        int a = text.indexOf(start), b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, "docs/ODD.md has the parameter table markers");
        String table = ParameterTable.markdown();
        if (Boolean.getBoolean("ccgsim.updateDocs")) {
            text = text.substring(0, a + start.length()) + table + (table.endsWith("\n") ? "" : "\n") + text.substring(b);
            Files.writeString(odd, text, StandardCharsets.UTF_8);
            b = text.indexOf(end);
        }
        String committed = text.substring(a + start.length(), b);
        assertEquals(table.strip(), committed.strip(), "docs/ODD.md parameter table is out of date: run mvn test -Dtest=GeneratedDocsTest -Dccgsim.updateDocs=true");
    }

    @Test
    void schemaDescribesTypesRangesEnumsAndDefaults() {
        ObjectNode s = ScenarioSchema.generate();
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertEquals(false, s.get("additionalProperties").asBoolean());
        JsonNode practices = s.at("/$defs/CcgParams/properties/practices");
        assertEquals("integer", practices.get("type").asText());
        assertEquals(1, practices.get("minimum").asInt());
        assertEquals(20000, practices.get("maximum").asInt());
        assertEquals(55, practices.get("default").asInt());
        assertTrue(practices.get("description").asText().contains("Unit: practices"));
        JsonNode style = s.at("/$defs/ManagementParams/properties/style");
        assertEquals("[\"engagement\",\"directive\",\"adaptive\",\"mix\"]", style.get("enum").toString());
        assertEquals("engagement", style.get("default").asText());
        assertEquals("#/$defs/CcgParams", s.at("/properties/ccgs/items/$ref").asText());
        assertEquals(320000000L, s.at("/$defs/FinanceParams/properties/allocation/default").asLong());
        assertTrue(s.at("/properties/extends").isObject());
    }

    @Test
    void parameterTableHasARowPerParameter() {
        String md = ParameterTable.markdown();
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(ParamPath.all().size(), rows);
        assertTrue(md.contains("| `ccg.finance.allocation` | £/year | 320000000 | 1000000 to 10000000000 |"), md);
        assertTrue(md.contains("| `ccg.management.style` | - | engagement | engagement, directive, adaptive, mix |"), md);
    }
}
