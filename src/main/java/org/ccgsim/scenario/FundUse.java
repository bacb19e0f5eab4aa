package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the non-recurrent 2% transformation fund goes (seed 003, 5 May). */
public enum FundUse implements Named {
    NONE("none"),
    PRIMARY_CARE("primaryCare"),
    COMMUNITY("community"),
    SOCIAL_CARE("socialCare"),
    /** Handed to the acute trust, which presses for its "fair share". */
    ACUTE("acute");

    private final String yamlName;

    FundUse(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
