package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** summary.json: each outcome's final-year value across replications. */
public record FinalYearSummary(String scenario, int replications, int months, int fromMonth, int toMonth,
                               Map<String, Map<String, Value>> outcomes) {

    /** One outcome: how a replication's final-year value is formed ({@code mean}, {@code sum}, {@code last}) and its statistics. */
    public record Value(String aggregate, int n, double mean, double sd, double low, double high) {
    }

    public static FinalYearSummary read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Map<String, Value>> outcomes = new TreeMap<>();
        for (JsonNode o : root.path("outcomes")) {
            outcomes.computeIfAbsent(o.path("ccg").asText(), k -> new TreeMap<>()).put(o.path("outcome").asText(),
                    new Value(o.path("aggregate").asText("mean"), o.path("n").asInt(),
                            number(o.get("mean")), number(o.get("sd")), number(o.get("ci_low")), number(o.get("ci_high"))));
        }
        int months = root.path("months").asInt();
        JsonNode fy = root.path("final_year");
        return new FinalYearSummary(root.path("scenario").asText(""), root.path("replications").asInt(), months,
                fy.path("from_month").asInt(Math.max(0, months - 12)), fy.path("to_month").asInt(Math.max(0, months - 1)), outcomes);
    }

    private static double number(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() ? Double.NaN : n.asDouble();
    }

    public Optional<Value> get(String ccg, String outcome) {
        return Optional.ofNullable(outcomes.getOrDefault(ccg, Map.of()).get(outcome));
    }
}
