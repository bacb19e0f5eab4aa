package org.ccgsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccgsim.scenario.Scenario;

/** Deep copies of a scenario: each replication's economy changes its own copy (events, levers). */
public final class ScenarioCopies {
    private ScenarioCopies() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Scenario copy(Scenario scenario) {
        return MAPPER.convertValue(scenario, Scenario.class);
    }
}
