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
        Map<Integer, Map<Integer, double[]>> byYear = new TreeMap<>(); // year -> replication -> {sum, months seen}
        try (CSVParser p = Csv.open(file)) {
            if (!p.getHeaderMap().containsKey("payment") || !p.getHeaderMap().containsKey("tariff_value")) {
                return new TariffTransfer(new int[0], new double[0], new double[0], new double[0]);
            }
            Map<Integer, Map<Integer, java.util.Set<Integer>>> months = new TreeMap<>();
            for (CSVRecord r : p) {
                int month = Csv.integer(r, "month");
                int rep = Csv.integer(r, "replication");
                double moved = Csv.number(r, "payment") - Csv.number(r, "tariff_value");
                byYear.computeIfAbsent(Math.floorDiv(month, 12), k -> new TreeMap<>()).computeIfAbsent(rep, k -> new double[1])[0] +=
                        Double.isNaN(moved) ? 0 : moved;
                months.computeIfAbsent(Math.floorDiv(month, 12), k -> new TreeMap<>()).computeIfAbsent(rep, k -> new java.util.TreeSet<>()).add(month);
            }
            byYear.keySet().removeIf(y -> months.get(y).values().stream().anyMatch(s -> s.size() < 12)); // complete years only
        }
        int n = byYear.size();
        int[] years = new int[n];
        double[] mean = new double[n], low = new double[n], high = new double[n];
        int i = 0;
        for (Map.Entry<Integer, Map<Integer, double[]>> e : byYear.entrySet()) {
            Statistics s = Statistics.of(e.getValue().values().stream().mapToDouble(v -> v[0]).toArray());
            years[i] = e.getKey();
            mean[i] = s.mean();
            low[i] = s.low();
            high[i] = s.high();
            i++;
        }
        return new TariffTransfer(years, mean, low, high);
    }

    public int size() { return years.length; }
}
