package org.ccgsim.scenario;

/** An enumerated scenario value with the name it has in YAML files. */
public interface Named {
    String yamlName();
}
