package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.ccgsim.outcome.Statistics;
import org.ccgsim.chart.Band;

/**
 * trusts.csv summed over trusts within each replication and month, then the mean across
 * replications with its 95% interval: the hospital side of the whole economy.
 */
public final class TrustTotals {

    /** Columns of trusts.csv that are summed. */
    public static final String[] COLUMNS = {"income", "plan_income", "surplus", "waiting_list", "breaches_18wk", "overdue_follow_ups"};

    private final Map<String, double[][]> byColumn; // column -> {months, mean, low, high}
    private final int replications;

    private TrustTotals(Map<String, double[][]> byColumn, int replications) {
        this.byColumn = byColumn;
        this.replications = replications;
    }

    public static TrustTotals read(Path file) throws IOException {
        // month -> replication -> sums per column
        Map<Integer, Map<Integer, double[]>> sums = new TreeMap<>();
        try (CSVParser p = Csv.open(file)) {
            for (CSVRecord r : p) {
                double[] s = sums.computeIfAbsent(Csv.integer(r, "month"), k -> new TreeMap<>())
                        .computeIfAbsent(Csv.integer(r, "replication"), k -> new double[COLUMNS.length]);
                for (int c = 0; c < COLUMNS.length; c++) {
                    double v = Csv.number(r, COLUMNS[c]);
                    s[c] += Double.isNaN(v) ? 0 : v;
                }
            }
        }
        int n = sums.size();
        Map<String, double[][]> byColumn = new TreeMap<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            byColumn.put(COLUMNS[c], new double[4][n]);
        }
        int i = 0;
        int reps = 0;
        for (Map.Entry<Integer, Map<Integer, double[]>> e : sums.entrySet()) {
            reps = Math.max(reps, e.getValue().size());
            for (int c = 0; c < COLUMNS.length; c++) {
                double[] values = new double[e.getValue().size()];
                int k = 0;
                for (double[] s : e.getValue().values()) {
                    values[k++] = s[c];
                }
                Statistics st = Statistics.of(values);
                double[][] col = byColumn.get(COLUMNS[c]);
                col[0][i] = e.getKey();
                col[1][i] = st.mean();
                col[2][i] = st.low();
                col[3][i] = st.high();
            }
            i++;
        }
        return new TrustTotals(byColumn, reps);
    }

    public Band band(String column, String label) {
        double[][] c = byColumn.get(column);
        return new Band(label, c[0], c[1], c[2], c[3]);
    }

    public int replications() {
        return replications;
    }

    public boolean isEmpty() {
        return byColumn.get(COLUMNS[0])[0].length == 0;
    }
}
