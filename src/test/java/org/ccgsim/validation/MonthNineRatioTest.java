package org.ccgsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ccgsim.validation.EvidenceCheck.Status;
import org.junit.jupiter.api.Test;

/** The Stoke ratio checks read month 9 over month 0 per replication, and leave out, visibly, a replication that starts from 0. */
class MonthNineRatioTest {

    private static Trace breaches(double start, double nine) {
        Trace t = new Trace(10);
        t.breaches18wk[0] = start;
        t.breaches18wk[9] = nine;
        return t;
    }

    @Test
    void aReplicationStartingFromNothingIsLeftOutAndSaidSo() {
        EvidenceCheck c = EvidenceSuite.stokeBacklog(List.of(breaches(400, 140), breaches(0, 50), breaches(500, 170)));
        assertEquals((0.35 + 0.34) / 2, c.mean(), 1e-12);
        assertEquals(Status.PASS, c.status());
        assertTrue(c.value().contains("1 of 3 replications start from 0"), c.value());
    }

    @Test
    void withNoStartingCountTheCheckIsNotMadeRatherThanFailedOnNaN() {
        EvidenceCheck c = EvidenceSuite.stokeBacklog(List.of(breaches(0, 10), breaches(0, 0)));
        assertEquals(Status.NOT_CHECKED, c.status());
    }

    @Test
    void aRatioOutsideTheToleranceOnEitherSideFails() {
        assertEquals(Status.FAIL, EvidenceSuite.stokeBacklog(List.of(breaches(400, 40))).status());
        assertEquals(Status.FAIL, EvidenceSuite.stokeBacklog(List.of(breaches(400, 400))).status());
    }
}
