package org.ccgsim.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomeTest {
    @Test
    void intervalsAreClippedToWhatAQuantityCanBe() {
        assertEquals(1.0, Outcome.ENGAGEMENT_MEAN.clip(1.03), 0);
        assertEquals(0.0, Outcome.CONTRACTS_IN_STANDOFF.clip(-0.2), 0);
        assertEquals(0.0, Outcome.QIPP_REQUIRED.clip(-21_000), 0);
        assertEquals(-21_000, Outcome.CCG_SURPLUS.clip(-21_000), 0);
        assertEquals(1.03, Outcome.CONTRACTS_IN_STANDOFF.clip(1.03), 0);
    }

    @Test
    void everyColumnNamesOneOutcome() {
        for (Outcome o : Outcome.values()) assertEquals(o, Outcome.of(o.column));
    }
}
