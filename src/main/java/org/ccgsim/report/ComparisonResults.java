package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A compare folder: comparison.csv and one run folder per scenario. The first scenario is the reference. */
public record ComparisonResults(Path dir, List<String> scenarios, List<Row> rows, Map<String, RunResults> runs) {

    /** One line of comparison.csv; the difference columns are NaN for the reference scenario. */
    public record Row(String ccg, String outcome, String aggregate, String scenario, int n, double mean, double low, double high,
                      double diff, double diffLow, double diffHigh, double p) {
    }

    public static ComparisonResults read(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        Path csv = dir.resolve("comparison.csv");
        if (Files.isRegularFile(csv)) {
            try (CSVParser p = Csv.open(csv)) {
                for (CSVRecord r : p) {
                    String scenario = Csv.text(r, "scenario");
                    if (!scenarios.contains(scenario)) {
                        scenarios.add(scenario);
                    }
                    rows.add(new Row(Csv.text(r, "ccg"), Csv.text(r, "outcome"), Csv.text(r, "aggregate"), scenario,
                            Csv.integer(r, "n"), Csv.number(r, "mean"), Csv.number(r, "ci_low"), Csv.number(r, "ci_high"),
                            Csv.number(r, "diff"), Csv.number(r, "diff_ci_low"), Csv.number(r, "diff_ci_high"), Csv.number(r, "p_value")));
                }
            }
        }
        // Run folders, matched to scenarios by the name in their files or by folder name.
        Map<String, RunResults> found = new LinkedHashMap<>();
        List<Path> subdirs;
        try (Stream<Path> s = Files.list(dir)) {
            subdirs = s.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("summary.json"))).sorted().toList();
        }
        for (Path d : subdirs) {
            RunResults run = RunResults.read(d);
            String folder = d.getFileName().toString();
            String name = scenarios.contains(run.scenarioName()) || !scenarios.contains(folder) ? run.scenarioName() : folder;
            found.putIfAbsent(name, run);
        }
        Map<String, RunResults> runs = new LinkedHashMap<>();
        for (String s : scenarios) {
            if (found.containsKey(s)) {
                runs.put(s, found.get(s));
            }
        }
        found.forEach((k, v) -> {
            if (!runs.containsKey(k)) {
                runs.put(k, v);
                scenarios.add(k);
            }
        });
        if (scenarios.isEmpty()) {
            throw new IOException("no comparison.csv and no run folders in " + dir);
        }
        return new ComparisonResults(dir, List.copyOf(scenarios), List.copyOf(rows), runs);
    }

    public String reference() {
        return scenarios.get(0);
    }

    /** The CCG the comparison reports on: {@code all} when present, else the first CCG in the file. */
    public String mainCcg() {
        for (Row r : rows) {
            if (MonthlySummary.ALL.equals(r.ccg())) {
                return MonthlySummary.ALL;
            }
        }
        if (!rows.isEmpty()) {
            return rows.get(0).ccg();
        }
        return runs.values().iterator().next().monthly().mainCcg();
    }

    public Optional<Row> row(String ccg, String outcome, String scenario) {
        return rows.stream().filter(r -> r.ccg().equals(ccg) && r.outcome().equals(outcome) && r.scenario().equals(scenario)).findFirst();
    }
}
