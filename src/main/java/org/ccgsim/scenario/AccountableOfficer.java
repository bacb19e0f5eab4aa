package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is the CCG's accountable officer (seed 003, 19 May: only 22% of CCGs have a GP). */
public enum AccountableOfficer implements Named {
    GP("gp"),
    MANAGER("manager");

    private final String yamlName;

    AccountableOfficer(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
