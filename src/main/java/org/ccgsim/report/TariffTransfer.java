package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccgsim.outcome.Statistics;

/**
 * What the commissioners paid their hospitals against national tariff: contracts.csv's {@code payment - tariff_value}
 * summed over contracts within each replication and complete financial year, then the mean across replications with
 * its 95% interval. Negative is money kept below tariff (contract measures the trusts accepted), positive paid above it.
 * Files written before these columns existed give no years.
 */
public record TariffTransfer(int[] years, double[] mean, double[] low, double[] high) {

    public static TariffTransfer read(Path file) throws IOException {
        Map<Integer, Map<Integer, YearSum>> byYear = new TreeMap<>(); // financial year -> replication -> its sum
        try (CSVParser p = Csv.open(file)) {
            if (!p.getHeaderMap().containsKey("payment") || !p.getHeaderMap().containsKey("tariff_value")) {
                return new TariffTransfer(new int[0], new double[0], new double[0], new double[0]);
            }
            for (CSVRecord r : p) {
                int month = Csv.integer(r, "month");
                YearSum y = byYear.computeIfAbsent(Math.floorDiv(month, 12), k -> new TreeMap<>())
                        .computeIfAbsent(Csv.integer(r, "replication"), k -> new YearSum());
                double moved = Csv.number(r, "payment") - Csv.number(r, "tariff_value");
                y.sum += Double.isNaN(moved) ? 0 : moved;
                y.months |= 1 << Math.floorMod(month, 12);
            }
        }
        byYear.values().removeIf(reps -> reps.values().stream().anyMatch(y -> y.months != 0xFFF)); // complete years only
        int n = byYear.size();
        int[] years = new int[n];
        double[] mean = new double[n], low = new double[n], high = new double[n];
        int i = 0;
        for (Map.Entry<Integer, Map<Integer, YearSum>> e : byYear.entrySet()) {
            Statistics s = Statistics.of(e.getValue().values().stream().mapToDouble(y -> y.sum).toArray());
            years[i] = e.getKey();
            mean[i] = s.mean();
            low[i] = s.low();
            high[i] = s.high();
            i++;
        }
        return new TariffTransfer(years, mean, low, high);
    }

    public int size() { return years.length; }

    /** One replication's money moved against tariff in one financial year, and which of its months were seen (bit k: month k). */
    private static final class YearSum {
        double sum;
        int months;
    }
}
