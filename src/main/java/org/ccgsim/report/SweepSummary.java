package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** sweep_summary.csv: {@code point, <parameters>, outcome, n, mean, ci_low, ci_high}. */
public record SweepSummary(List<String> parameters, List<String> outcomes, List<Row> rows) {

    /** One point of the sweep and one outcome; {@code values} are the parameter values in the order of {@link #parameters}. */
    public record Row(int point, List<String> values, String outcome, int n, double mean, double low, double high) {
    }

    public static SweepSummary read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        List<String> params = new ArrayList<>();
        try (CSVParser p = Csv.open(file)) {
            List<String> header = p.getHeaderNames();
            int from = header.indexOf("point") + 1;
            int to = header.indexOf("outcome");
            if (to < from) {
                throw new IOException("sweep_summary.csv needs columns point, <parameters>, outcome: " + file);
            }
            params.addAll(header.subList(from, to));
            for (CSVRecord r : p) {
                List<String> values = new ArrayList<>();
                for (String param : params) {
                    values.add(Csv.text(r, param));
                }
                String outcome = Csv.text(r, "outcome");
                if (!outcomes.contains(outcome)) {
                    outcomes.add(outcome);
                }
                rows.add(new Row(Csv.integer(r, "point"), List.copyOf(values), outcome, Csv.integer(r, "n"),
                        Csv.number(r, "mean"), Csv.number(r, "ci_low"), Csv.number(r, "ci_high")));
            }
        }
        return new SweepSummary(List.copyOf(params), List.copyOf(outcomes), List.copyOf(rows));
    }

    /** Distinct values of a parameter, numerically sorted when they are all numbers, else in order of appearance. */
    public List<String> values(int param) {
        List<String> v = new ArrayList<>();
        for (Row r : rows) {
            if (!v.contains(r.values().get(param))) {
                v.add(r.values().get(param));
            }
        }
        if (isNumeric(param)) {
            v.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        return v;
    }

    public boolean isNumeric(int param) {
        for (Row r : rows) {
            try {
                Double.parseDouble(r.values().get(param));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Whether an outcome's mean or interval differs anywhere in the sweep (a flat outcome gets no chart). */
    public boolean varies(String outcome) {
        List<Row> r = rows(outcome);
        if (r.isEmpty()) return false;
        Row first = r.get(0);
        for (Row x : r) {
            if (!same(x.mean(), first.mean()) || !same(x.low(), x.mean()) && !Double.isNaN(x.low())
                    || !same(x.high(), x.mean()) && !Double.isNaN(x.high())) return true;
        }
        return false;
    }

    private static boolean same(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }

    public List<Row> rows(String outcome) {
        return rows.stream().filter(r -> r.outcome().equals(outcome)).toList();
    }
}
