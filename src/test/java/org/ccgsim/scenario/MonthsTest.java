package org.ccgsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonthsTest {
    @Test
    void parsesLabelsAndNumbers() {
        assertEquals(0, Months.parse("2013-04"));
        assertEquals(12, Months.parse("2014-04"));
        assertEquals(11, Months.parse("2014-03"));
        assertEquals(9, Months.parse("2014-1"));
        assertEquals(7, Months.parse("7"));
    }

    @Test
    void labelsMonths() {
        assertEquals("2013-04", Months.label(0));
        assertEquals("2014-04", Months.label(12));
        assertEquals("2013-12", Months.label(8));
        assertEquals("2014-01", Months.label(9));
        assertEquals("Apr 2014", Months.longLabel(12));
        assertEquals("Sep 2013", Months.longLabel(5));
        for (int m = 0; m < 600; m++) assertEquals(m, Months.parse(Months.label(m)));
    }

    @Test
    void refusesMonthsBeforeCcgsOrMalformed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Months.parse("2013-03")).getMessage().contains("from 2013-04"));
        assertThrows(IllegalArgumentException.class, () -> Months.parse("2014-13"));
        assertThrows(IllegalArgumentException.class, () -> Months.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Months.parse("April"));
        assertThrows(IllegalArgumentException.class, () -> Months.label(-1));
    }

    @Test
    void knowsFinancialYearStarts() {
        assertTrue(Months.isApril(0));
        assertTrue(Months.isApril(24));
        assertEquals(2015, Months.year(24));
        assertEquals(3, Months.calendarMonth(11));
    }
}
