package org.ccgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MorrisTest {
    @Test
    void ranksAnInertParameterLast() {
        Morris.Design d = Morris.design(3, 10, 4, 123);
        List<Morris.Effect> e = Morris.analyse(d, Morris.evaluate(d, x -> 5 * x[0] + x[1] * x[1] + 0 * x[2]));
        assertEquals(1, e.get(0).rank());
        assertEquals(2, e.get(1).rank());
        assertEquals(3, e.get(2).rank());
        assertEquals(5.0, e.get(0).muStar(), 1e-9, "a linear factor's effect is its slope");
        assertEquals(0.0, e.get(0).sigma(), 1e-9, "and does not vary");
        assertEquals(0.0, e.get(2).muStar(), 0.0);
        assertTrue(e.get(1).sigma() > 0, "x2^2 is non-linear");
    }

    @Test
    void trajectoriesStayOnTheGridAndMoveOneFactorByDelta() {
        Morris.Design d = Morris.design(4, 6, 4, 9);
        double delta = Morris.delta(4);
        for (double[][] traj : d.points()) {
            for (int j = 0; j < 4; j++) {
                int changed = 0;
                for (int i = 0; i < 4; i++) {
                    double diff = Math.abs(traj[j + 1][i] - traj[j][i]);
                    if (diff > 1e-12) { changed++; assertEquals(delta, diff, 1e-12); }
                    assertTrue(traj[j + 1][i] >= -1e-12 && traj[j + 1][i] <= 1 + 1e-12);
                    double level = traj[j + 1][i] * 3;
                    assertEquals(Math.round(level), level, 1e-9);
                }
                assertEquals(1, changed);
            }
        }
    }
}
