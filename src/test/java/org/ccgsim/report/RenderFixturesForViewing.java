package org.ccgsim.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Not a check: writes the fixture folders with charts and reports to a folder a person can look at. */
class RenderFixturesForViewing {

    @Test
    @EnabledIfSystemProperty(named = "ccgsim.renderDir", matches = ".+")
    void render() throws Exception {
        Path dir = Path.of(System.getProperty("ccgsim.renderDir"));
        ReportBuilder.buildRun(Fixtures.run(dir.resolve("run-1ccg"), 1, Fixtures.Style.ENGAGEMENT, 60, 5, true));
        ReportBuilder.buildRun(Fixtures.run(dir.resolve("run-3ccg"), 3));
        ReportBuilder.buildComparison(Fixtures.compare(dir.resolve("compare"), 1));
        ReportBuilder.buildSweep(Fixtures.sweep(dir.resolve("sweep-1"), 1));
        ReportBuilder.buildSweep(Fixtures.sweep(dir.resolve("sweep-2"), 2));
        ReportBuilder.buildSensitivity(Fixtures.sensitivity(dir.resolve("morris"), false));
        ReportBuilder.buildSensitivity(Fixtures.sensitivity(dir.resolve("sobol"), true));
    }
}
