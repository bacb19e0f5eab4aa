package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an NHS England Area Team behaves towards CCGs and practices (seed 003, 27 April). */
public enum AreaTeamStyle implements Named {
    COACHING("coaching"),
    DIRECTIVE("directive");

    private final String yamlName;

    AreaTeamStyle(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
