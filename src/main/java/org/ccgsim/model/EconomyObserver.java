package org.ccgsim.model;

/** Receives what happens in the economy: the output writers, the GUI's ticker and the tests listen here. */
public interface EconomyObserver {
    /** Something worth a line in events.csv: a stand-off opened, an arbitration, a remedial action, ... */
    default void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {}

    /** The month's books are closed: every CCG's {@link CcgMonth} is filled in. */
    default void monthEnded(HealthEconomy economy, int month) {}
}
