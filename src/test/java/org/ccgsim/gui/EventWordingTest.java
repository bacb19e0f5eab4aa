package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventWordingTest {
    @Test
    void standOffReadsAsPlainWords() {
        assertEquals("Jul 2013: stand-off with University Hospital of North Staffordshire opens. No agreement (gap 6.0%)",
                EventWording.line(3, null, "standoff_opened", "No agreement (University Hospital of North Staffordshire, gap 6.0%)"));
    }

    @Test
    void leverChangesAndMoney() {
        assertEquals("Apr 2014: Stoke-on-Trent: lever moved: management style is now directive",
                EventWording.line(12, "NHS Stoke-on-Trent CCG", "parameter_change", "ccg.management.style = directive" + LeverChange.SUFFIX));
        assertEquals("scenario event: Area Team style is now directive", EventWording.words("parameter_change", "areaTeam.style = directive"));
        assertEquals("Quality premium £936,413 of £1,338,685", EventWording.words("quality_premium_award", "Quality premium £936413 of £1338685"));
    }
}
