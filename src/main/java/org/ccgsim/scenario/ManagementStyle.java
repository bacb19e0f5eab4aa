package org.ccgsim.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a CCG leads its member practices (seed 003, 7 April). */
public enum ManagementStyle implements Named {
    /** Visible leaders, consultation, transparency: delivery through ownership. */
    ENGAGEMENT("engagement"),
    /** Performance management "just like the PCT": short-lived compliance, eroded engagement. */
    DIRECTIVE("directive"),
    /** Starts engaging, reverts to directive when QIPP delivery lags a threshold. */
    ADAPTIVE("adaptive"),
    /** A fixed blend: {@code mix} is the directive share. */
    MIX("mix");

    private final String yamlName;

    ManagementStyle(String yamlName) { this.yamlName = yamlName; }

    @JsonValue @Override public String yamlName() { return yamlName; }
}
