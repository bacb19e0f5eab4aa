package org.ccgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SweepDesignTest {
    @Test
    void gridCoversExactlyTheSpecifiedValues() {
        SweepParameter mix = SweepParameter.parse("ccg.management.mix=0:1:0.25");
        SweepParameter style = SweepParameter.parse("ccg.management.style=engagement,directive");
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), mix.values());
        List<List<Object>> points = SweepDesign.grid(List.of(mix, style));
        assertEquals(10, points.size());
        Set<String> seen = new HashSet<>();
        for (List<Object> p : points) seen.add(SweepParameter.text(p.get(0)) + "/" + SweepParameter.text(p.get(1)));
        assertEquals(10, seen.size());
        assertTrue(seen.contains("0.75/directive"));
        assertTrue(seen.contains("0/engagement"));
    }

    @Test
    void latinHypercubeHasOneSamplePerStratumPerParameter() {
        int n = 17, d = 4;
        double[][] x = SweepDesign.latinHypercube(n, d, 42);
        for (int j = 0; j < d; j++) {
            boolean[] hit = new boolean[n];
            for (double[] row : x) {
                assertTrue(row[j] >= 0 && row[j] < 1);
                int stratum = (int) Math.floor(row[j] * n);
                assertTrue(!hit[stratum], "stratum " + stratum + " of parameter " + j + " sampled twice");
                hit[stratum] = true;
            }
        }
        assertArrayEquals(x[3], SweepDesign.latinHypercube(n, d, 42)[3], "reproducible from the seed");
    }

    @Test
    void latinHypercubeOfRangesStaysInRange() {
        List<List<Object>> points = SweepDesign.lhs(List.of(SweepParameter.parse("ccg.management.mix=0.2:0.6")), 5, 7);
        assertEquals(5, points.size());
        for (List<Object> p : points) assertTrue((Double) p.get(0) >= 0.2 && (Double) p.get(0) <= 0.6);
    }

    @Test
    void badSpecificationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("ccg.management.mix=0.6:0.2:0.1"));
        assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("ccg.management.mix=0:1:0"));
        assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("ccg.management.mix=0:2:0.5"));
        assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("ccg.management.style=bossy"));
        assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("ccg.managment.mix=0:1:0.5"));
    }
}
