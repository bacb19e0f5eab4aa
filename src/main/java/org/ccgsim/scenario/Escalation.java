package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a CCG handles a practice that over-refers (seed 000). */
public enum Escalation implements Named {
    /** Peer comparison within the CCG. */
    PEER("peer"),
    /** Escalate to the Area Team, which holds the GP contract. */
    AREA_TEAM("areaTeam");

    private final String yamlName;

    Escalation(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
