package org.ccgsim.cli;

import java.nio.file.Path;

/** Charts and report for a finished folder (wired to the report package once it lands). */
final class Reports {
    private Reports() {}

    static void buildRun(Path dir) {
        // filled in by the charts and report work
    }
}
