package org.ccgsim.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.ccgsim.report.ReportBuilder;

/** Charts and report for a finished folder. */
final class Reports {
    private Reports() {}

    static void buildRun(Path dir) throws IOException {
        ReportBuilder.buildRun(dir);
    }
}
