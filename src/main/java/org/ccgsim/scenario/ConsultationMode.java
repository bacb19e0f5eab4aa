package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a decision is put to member practices (seed 003, 14 April). */
public enum ConsultationMode implements Named {
    /** Monthly locality meetings and a joint meeting: six weeks or more. */
    LOCALITY("locality"),
    /** Virtual mechanisms alongside meetings: faster. */
    VIRTUAL("virtual");

    private final String yamlName;

    ConsultationMode(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
