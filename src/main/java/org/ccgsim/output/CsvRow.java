package org.ccgsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ccgsim.outcome.Num;

/**
 * The CSV of every output file, written with commons-csv: RFC 4180 quoting where a value needs it,
 * '\n' line ends, numbers as {@link Num} writes them (the same text on every machine). One reused
 * cell buffer, so a row costs no allocation per number.
 */
final class CsvRow {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).build();

    private final CSVPrinter printer;
    private final Appendable out;
    private final StringBuilder cell = new StringBuilder(32);

    CsvRow(Appendable out) {
        this.out = out;
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole record of plain values (a header). */
    CsvRow record(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CsvRow text(Object value) {
        try {
            printer.print(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CsvRow integer(long value) {
        cell.setLength(0);
        cell.append(value);
        return text(cell);
    }

    /** A number to {@code decimals} places; NaN is written "NA". */
    CsvRow number(double value, int decimals) {
        cell.setLength(0);
        Num.append(cell, value, decimals);
        return text(cell);
    }

    /** A number to {@code decimals} places; NaN leaves the cell empty. */
    CsvRow numberOrEmpty(double value, int decimals) {
        cell.setLength(0);
        if (!Double.isNaN(value) && !Double.isInfinite(value)) Num.append(cell, value, decimals);
        return text(cell);
    }

    /** Free text, always in quotes (events' details), as a later field of the record. */
    CsvRow quoted(String value) {
        try {
            QUOTED.print(value, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the record. */
    void end() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
