package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a CCG does with a quality premium it earns (seed 003, 20 April). */
public enum PremiumUse implements Named {
    /** Programmes that benefit patients directly, as the guidance expects. */
    PATIENTS("patients"),
    /** An incentive for member practices: lifts engagement, but is a media story waiting to happen. */
    PRACTICES("practices");

    private final String yamlName;

    PremiumUse(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
