package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the charts and report need from one finished run folder. Only monthly_summary.csv
 * and summary.json are required; the rest are optional and the charts that need them are skipped.
 */
public record RunResults(Path dir, MonthlySummary monthly, FinalYearSummary summary, Optional<ScenarioInfo> scenario,
                         Optional<ContractTimeline> contracts, Optional<TrustTotals> trusts, Optional<EventLog> events,
                         Optional<TariffTransfer> tariffTransfer) {

    public static RunResults read(Path dir) throws IOException {
        Path monthlyFile = dir.resolve("monthly_summary.csv");
        Path summaryFile = dir.resolve("summary.json");
        if (!Files.isRegularFile(monthlyFile) || !Files.isRegularFile(summaryFile)) {
            throw new IOException("not a finished run folder (needs monthly_summary.csv and summary.json): " + dir);
        }
        return new RunResults(dir, MonthlySummary.read(monthlyFile), FinalYearSummary.read(summaryFile),
                optional(dir.resolve("scenario.yaml"), ScenarioInfo::read),
                optional(dir.resolve("contracts.csv"), ContractTimeline::read),
                optional(dir.resolve("trusts.csv"), TrustTotals::read),
                optional(dir.resolve("events.csv"), EventLog::read),
                optional(dir.resolve("contracts.csv"), TariffTransfer::read));
    }

    private interface Reader<T> {
        T read(Path p) throws IOException;
    }

    /** The file, or its gzipped form (written with --compress), read if there. */
    private static <T> Optional<T> optional(Path file, Reader<T> reader) throws IOException {
        if (Files.isRegularFile(file)) return Optional.of(reader.read(file));
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        return Files.isRegularFile(gz) ? Optional.of(reader.read(gz)) : Optional.empty();
    }

    /** The scenario's name: from scenario.yaml, else summary.json, else the folder name. */
    public String scenarioName() {
        String n = scenario.map(ScenarioInfo::name).orElse("");
        if (n.isBlank()) {
            n = summary.scenario();
        }
        return n.isBlank() ? dir.getFileName().toString() : n;
    }

    public int replications() {
        if (summary.replications() > 0) {
            return summary.replications();
        }
        return scenario.map(ScenarioInfo::replications).orElse(0);
    }
}
