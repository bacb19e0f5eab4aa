package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** monthly_summary.csv: per CCG, month and outcome, the mean across replications and its 95% interval. */
public final class MonthlySummary {

    /** The economy-wide rows written when a scenario holds more than one CCG. */
    public static final String ALL = "all";

    private final Map<String, Map<String, OutcomeSeries>> byCcg;

    private MonthlySummary(Map<String, Map<String, OutcomeSeries>> byCcg) {
        this.byCcg = byCcg;
    }

    private static final class Rows {
        final List<double[]> rows = new ArrayList<>(); // month, n, mean, sd, low, high
    }

    public static MonthlySummary read(Path file) throws IOException {
        Map<String, Map<String, Rows>> raw = new TreeMap<>();
        try (CSVParser p = Csv.open(file)) {
            for (CSVRecord r : p) {
                raw.computeIfAbsent(Csv.text(r, "ccg"), k -> new TreeMap<>())
                        .computeIfAbsent(Csv.text(r, "outcome"), k -> new Rows()).rows.add(new double[] {
                                Csv.number(r, "month"), Csv.number(r, "n"), Csv.number(r, "mean"), Csv.number(r, "sd"),
                                Csv.number(r, "ci_low"), Csv.number(r, "ci_high")});
            }
        }
        Map<String, Map<String, OutcomeSeries>> byCcg = new TreeMap<>();
        raw.forEach((ccg, outcomes) -> {
            Map<String, OutcomeSeries> m = new TreeMap<>();
            outcomes.forEach((outcome, rows) -> {
                List<double[]> list = rows.rows;
                list.sort((a, b) -> Double.compare(a[0], b[0]));
                int k = list.size();
                int[] months = new int[k];
                double[][] cols = new double[5][k];
                for (int i = 0; i < k; i++) {
                    months[i] = (int) list.get(i)[0];
                    for (int c = 0; c < 5; c++) {
                        cols[c][i] = list.get(i)[c + 1];
                    }
                }
                m.put(outcome, new OutcomeSeries(ccg, outcome, months, cols[0], cols[1], cols[2], cols[3], cols[4]));
            });
            byCcg.put(ccg, m);
        });
        return new MonthlySummary(byCcg);
    }

    /** The CCG ids, without the {@code all} aggregate, sorted. */
    public List<String> ccgs() {
        List<String> out = new ArrayList<>(byCcg.keySet());
        out.remove(ALL);
        return Collections.unmodifiableList(out);
    }

    /** {@code all} when the run has several CCGs, otherwise the one CCG. */
    public String mainCcg() {
        if (byCcg.containsKey(ALL)) {
            return ALL;
        }
        return byCcg.isEmpty() ? ALL : byCcg.keySet().iterator().next();
    }

    public boolean isMultiCcg() {
        return ccgs().size() > 1;
    }

    public Optional<OutcomeSeries> series(String ccg, String outcome) {
        return Optional.ofNullable(byCcg.getOrDefault(ccg, Map.of()).get(outcome));
    }

    public Optional<OutcomeSeries> main(String outcome) {
        return series(mainCcg(), outcome);
    }

    public int lastMonth() {
        int last = -1;
        for (Map<String, OutcomeSeries> m : byCcg.values()) {
            for (OutcomeSeries s : m.values()) {
                if (s.size() > 0) {
                    last = Math.max(last, s.months()[s.size() - 1]);
                }
            }
        }
        return last;
    }
}
