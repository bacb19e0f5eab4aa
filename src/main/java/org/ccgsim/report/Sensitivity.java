package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** sensitivity.csv, Morris (mu_star, mu, sigma) or Sobol (s1, st and their intervals). */
public record Sensitivity(String method, List<String> outcomes, List<Row> rows) {

    /** One parameter's influence on one outcome. Unused columns of the other method are NaN. */
    public record Row(String outcome, String parameter, double muStar, double mu, double sigma,
                      double s1, double s1Low, double s1High, double st, double stLow, double stHigh, int rank) {
    }

    public static Sensitivity read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        String method = "";
        try (CSVParser p = Csv.open(file)) {
            for (CSVRecord r : p) {
                method = Csv.text(r, "method");
                String outcome = Csv.text(r, "outcome");
                if (!outcomes.contains(outcome)) {
                    outcomes.add(outcome);
                }
                rows.add(new Row(outcome, Csv.text(r, "parameter"), Csv.number(r, "mu_star"), Csv.number(r, "mu"),
                        Csv.number(r, "sigma"), Csv.number(r, "s1"), Csv.number(r, "s1_low"), Csv.number(r, "s1_high"),
                        Csv.number(r, "st"), Csv.number(r, "st_low"), Csv.number(r, "st_high"), Csv.integer(r, "rank")));
            }
        }
        return new Sensitivity(method.toLowerCase(java.util.Locale.ROOT), List.copyOf(outcomes), List.copyOf(rows));
    }

    public boolean isSobol() {
        return method.startsWith("sobol");
    }

    /** The rows of an outcome, most influential first (by mu* or ST; ties by name). */
    public List<Row> ranked(String outcome) {
        List<Row> r = new ArrayList<>(rows.stream().filter(x -> x.outcome().equals(outcome)).toList());
        r.sort((a, b) -> {
            int c = Double.compare(key(b), key(a));
            return c != 0 ? c : a.parameter().compareTo(b.parameter());
        });
        return r;
    }

    private double key(Row r) {
        double v = isSobol() ? r.st() : r.muStar();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
