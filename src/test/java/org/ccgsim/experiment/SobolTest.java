package org.ccgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SobolTest {
    /** Ishigami and Homma (1990) on [-pi, pi]^3, mapped from the unit cube. */
    private static double ishigami(double[] u) {
        double a = 7, b = 0.1;
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void recoversTheAnalyticIndicesOfTheIshigamiFunction() {
        // Analytic values for a = 7, b = 0.1.
        double a = 7, b = 0.1, pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2), v2 = a * a / 8, v13 = b * b * Math.pow(Math.PI, 8) * 8 / 225;
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        Sobol.Design d = Sobol.design(3, 4096);
        List<Sobol.Index> idx = Sobol.analyse(d, Sobol.evaluate(d, SobolTest::ishigami), 200, 1);
        for (int i = 0; i < 3; i++) {
            System.out.printf("Ishigami x%d: S1 %.4f (analytic %.4f) ST %.4f (analytic %.4f)%n", i + 1, idx.get(i).firstOrder(), s1[i],
                    idx.get(i).total(), st[i]);
            assertEquals(s1[i], idx.get(i).firstOrder(), 0.05, "S" + (i + 1));
            assertEquals(st[i], idx.get(i).total(), 0.05, "ST" + (i + 1));
        }
        assertEquals(List.of(1, 2, 3), idx.stream().map(Sobol.Index::rank).toList(), "ranked by total index");
    }

    @Test
    void anInertParameterHasNoTotalEffectAndRanksLast() {
        Sobol.Design d = Sobol.design(3, 512);
        List<Sobol.Index> idx = Sobol.analyse(d, Sobol.evaluate(d, x -> 2 * x[0] + x[2] * x[2] + 0 * x[1]), 500, 7);
        assertEquals(0.0, idx.get(1).total(), 1e-12, "f(A) = f(AB_i) when factor i does nothing");
        assertEquals(0.0, idx.get(1).firstOrder(), 1e-12);
        assertEquals(3, idx.get(1).rank());
        assertEquals(1, idx.get(0).rank());
        assertEquals(2, idx.get(2).rank());
    }

    @Test
    void bootstrapIntervalsContainTheEstimateAndRepeatWithTheSeed() {
        Sobol.Design d = Sobol.design(3, 256);
        double[][] y = Sobol.evaluate(d, SobolTest::ishigami);
        List<Sobol.Index> one = Sobol.analyse(d, y, 1000, 42);
        for (Sobol.Index i : one) {
            assertTrue(i.firstOrderLow() <= i.firstOrder() && i.firstOrder() <= i.firstOrderHigh(), i.toString());
            assertTrue(i.totalLow() <= i.total() && i.total() <= i.totalHigh(), i.toString());
            assertTrue(i.totalHigh() - i.totalLow() > 0, "resampling 256 rows varies the estimate");
        }
        assertEquals(one, Sobol.analyse(d, y, 1000, 42), "same seed, same intervals");
        assertTrue(!one.equals(Sobol.analyse(d, y, 1000, 43)), "another seed resamples differently");
    }

    @Test
    void theDesignIsDeterministicAndSwapsOneColumnPerMatrix() {
        Sobol.Design d = Sobol.design(4, 16);
        Sobol.Design again = Sobol.design(4, 16);
        assertEquals(16 * 6, d.evaluations(), "N (k + 2)");
        for (int j = 0; j < 16; j++) {
            assertTrue(java.util.Arrays.equals(d.point(0, j), again.point(0, j)));
            assertTrue(java.util.Arrays.equals(d.point(1, j), again.point(1, j)));
            for (int i = 0; i < 4; i++) {
                double[] ab = d.point(2 + i, j);
                for (int c = 0; c < 4; c++) assertEquals(c == i ? d.b()[j][c] : d.a()[j][c], ab[c], 0.0);
            }
        }
        assertTrue(d.a()[0][0] > 0, "the origin is skipped");
    }

    @Test
    void anOutcomesLevelDoesNotChangeItsIndices() {
        Sobol.Design d = Sobol.design(3, 64);
        List<Sobol.Index> plain = Sobol.analyse(d, Sobol.evaluate(d, SobolTest::ishigami), 200, 5);
        List<Sobol.Index> pounds = Sobol.analyse(d, Sobol.evaluate(d, x -> 1e7 + ishigami(x)), 200, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.get(i).firstOrder(), pounds.get(i).firstOrder(), 1e-6, "S" + (i + 1));
            assertEquals(plain.get(i).firstOrderHigh(), pounds.get(i).firstOrderHigh(), 1e-6);
            assertEquals(plain.get(i).total(), pounds.get(i).total(), 1e-6, "ST" + (i + 1));
        }
    }

    @Test
    void aConstantOutcomeHasNoIndices() {
        Sobol.Design d = Sobol.design(2, 8);
        List<Sobol.Index> idx = Sobol.analyse(d, Sobol.evaluate(d, x -> 3.0), 100, 1);
        assertTrue(Double.isNaN(idx.get(0).total()) && Double.isNaN(idx.get(0).totalLow()));
        assertEquals(List.of(1, 2), idx.stream().map(Sobol.Index::rank).toList());
    }

    @Test
    void rejectsTooFewSamples() {
        assertThrows(IllegalArgumentException.class, () -> Sobol.design(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Sobol.design(0, 8));
    }
}
