package org.ccgsim.scenario;

import java.nio.file.Path;

/**
 * A scenario read, validated and resolved.
 *
 * @param scenario     complete: {@code ccgs}, {@code trusts} and {@code areaTeams} are non-empty, trusts'
 *                     {@code serves} are explicit shares, every CCG names its Area Team, events' {@code at}
 *                     is a {@code YYYY-MM} label and their {@code set} values are coerced to the fields' types
 * @param resolvedYaml the scenario with every default filled in, as YAML in a fixed field order; loading it
 *                     gives the same text again
 * @param sha256       hex SHA-256 of {@code resolvedYaml} (UTF-8)
 * @param source       the file loaded
 */
public record LoadedScenario(Scenario scenario, String resolvedYaml, String sha256, Path source) {}
