package org.ccgsim.experiment;

import org.ccgsim.model.CcgMonth;
import org.ccgsim.model.HealthEconomy;

/** The "all" row of a many-CCG economy: counts and money summed, levels weighted by practices or population. */
final class EconomyTotals {
    private EconomyTotals() {}

    static void fill(CcgMonth all, HealthEconomy economy, int month) {
        CcgMonth.aggregate(all, economy, month);
    }
}
