package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** contracts.csv says what each contract paid against national tariff, so the money moved above or below tariff can be read off. */
class ContractMoneyColumnsTest {
    @TempDir Path tmp;

    @Test
    void paymentIsTheTariffValueAtThePaidIndexExceptWhenAStandOffSettles() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("run", "scenarios/standoff.yaml", "--replications", "3", "--months", "36", "--out", out.toString(),
                "--quiet", "--no-report"));
        Map<String, String> lastState = new HashMap<>();
        int checked = 0, standoffRows = 0, settlements = 0, belowTariff = 0;
        try (Reader in = Files.newBufferedReader(out.resolve("contracts.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String key = r.get("replication") + "/" + r.get("ccg") + "/" + r.get("trust");
                String state = r.get("state");
                double index = Double.parseDouble(r.get("price_index"));
                double tariff = Double.parseDouble(r.get("tariff_value"));
                double payment = Double.parseDouble(r.get("payment"));
                assertTrue(index > 0.5 && index < 1.6, "price index " + index);
                assertTrue(tariff > 0, "tariff value " + tariff);
                boolean settledNow = "standoff".equals(lastState.get(key)) && !state.equals("standoff");
                if (settledNow) {
                    settlements++;
                    // the settlement trues up the months paid on the CCG's offer: the trust gains what the index rose by
                    assertTrue(payment > tariff * index, "a settlement pays more than the month's activity at its index");
                } else {
                    assertEquals(tariff * index, payment, 1e-5 * payment + 0.02, key + " month " + r.get("month"));
                    checked++;
                }
                if (state.equals("standoff")) standoffRows++;
                if (index < 1) belowTariff++;
                lastState.put(key, state);
            }
        }
        assertTrue(checked > 100 && standoffRows > 0 && settlements > 0, checked + " rows, " + standoffRows + " in stand-off, " + settlements + " settlements");
        assertTrue(belowTariff > 0, "contract measures put some contracts below tariff");
    }
}
