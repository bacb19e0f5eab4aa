package org.ccgsim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streaming access to the run's CSV files (header row, comma, UTF-8). */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private Csv() {
    }

    static CSVParser open(Path file) throws IOException {
        Reader reader = file.toString().endsWith(".gz")
                ? new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16),
                        StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.parse(reader, FORMAT);
    }

    /** A numeric cell; empty or missing is NaN. */
    static double number(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return Double.NaN;
        }
        String s = r.get(column);
        if (s == null || s.isBlank() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    static int integer(CSVRecord r, String column) {
        return (int) Math.round(number(r, column));
    }

    static String text(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }
}
