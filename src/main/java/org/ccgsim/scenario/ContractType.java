package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a CCG pays an acute trust. */
public enum ContractType implements Named {
    /** Payment by results: every unit of activity at national tariff. */
    PBR("pbr"),
    /** A fixed monthly sum whatever the activity. */
    BLOCK("block"),
    /** Tariff, but savings below the contract baseline are shared with the trust (seed 003, 14 May). */
    GAINSHARE("gainshare");

    private final String yamlName;

    ContractType(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
