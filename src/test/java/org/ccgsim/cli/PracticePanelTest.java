package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticePanelTest {
    @TempDir Path tmp;

    @Test
    void thePracticePanelCarriesEachPracticesPositionOnItsCcgsMapAndMonthlyCarriesMoransI() throws Exception {
        Path out = tmp.resolve("panel");
        assertEquals(0, Main.execute("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--set",
                "output.practicePanel=true", "--out", out.toString(), "--quiet", "--no-report"));
        List<String> rows = Files.readAllLines(out.resolve("practices.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int x = header.indexOf("x"), y = header.indexOf("y");
        assertTrue(x > 0 && y == x + 1, rows.get(0));
        double side = Math.sqrt(55);
        String firstMonthOfPractice1 = rows.get(1), secondMonthOfPractice1 = rows.get(1 + 55);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double px = Double.parseDouble(f[x]), py = Double.parseDouble(f[y]);
            assertTrue(px >= 0 && px <= side && py >= 0 && py <= side, row);
        }
        String[] a = firstMonthOfPractice1.split(","), b = secondMonthOfPractice1.split(",");
        assertEquals(a[x] + a[y], b[x] + b[y], "a practice stays where it is");
        assertTrue(Files.readAllLines(out.resolve("monthly.csv")).get(0).contains("engagement_morans_i"));
    }
}
