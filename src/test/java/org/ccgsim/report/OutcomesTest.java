package org.ccgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ccgsim.outcome.Outcome;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    @Test
    void aFiguresWordingMatchesThePeriodItCovers() {
        assertEquals("over the whole run", Outcomes.period("standoff_months", Outcome.STANDOFF_MONTHS.aggregate.label));
        assertEquals("by the end of the final year", Outcomes.period("qipp_delivered", Outcome.QIPP_DELIVERED.aggregate.label));
        assertEquals("over the final year", Outcomes.period("ccg_spend", Outcome.CCG_SPEND.aggregate.label));
        assertEquals("on average in the final year", Outcomes.period("engagement_mean", Outcome.ENGAGEMENT_MEAN.aggregate.label));
    }

    @Test
    void anOutcomeOutsideTheCatalogueIsAnErrorNotAGuess() {
        assertThrows(IllegalArgumentException.class, () -> Outcomes.label("made_up_cost"));
    }
}
