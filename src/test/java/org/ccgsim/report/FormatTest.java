package org.ccgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ccgsim.outcome.Kind;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void numbersForPeople() {
        assertEquals("0.52 (0.50–0.54)", Format.withInterval(0.5213, 0.4987, 0.5422, Kind.SHARE));
        assertEquals("14.1", Format.value(14.13, Kind.RATE));
        assertEquals("4,512", Format.value(4512.3, Kind.COUNT));
        assertEquals("£3.08m (£2.50m–£3.66m)", Format.withInterval(3.08e6, 2.5e6, 3.66e6, Kind.MONEY));
        assertEquals("£13.8m (£13.5m–£14.0m)", Format.withInterval(13.8e6, 13.5e6, 14.0e6, Kind.MONEY));
        assertEquals("(-0.24 to -0.18)", Format.interval(-0.24, -0.18, Kind.SHARE));
        assertEquals("-0.21", Format.signed(-0.21, Kind.SHARE));
        assertEquals("+0.05", Format.signed(0.05, Kind.SHARE));
        assertEquals("p < 0.001", Format.p(0.0004));
        assertEquals("p = 0.03", Format.p(0.031));
        assertEquals("0.00", Format.value(-0.001, Kind.SHARE));
    }

    @Test
    void premiumAwardDetailsAreParsed() {
        EventLog.PremiumAward a = EventLog.parseAward(0, 11, "stoke", "potential £1.3m; MRSA 3 cases -37.5%; financial balance met");
        assertEquals(1.3e6, a.potential(), 1e-6);
        assertEquals(37.5, a.cutsPct().get("MRSA"), 1e-9);
        assertEquals(1, a.cutsPct().size());
    }
}
