package org.ccgsim.model;

/** A change of parameters at a given month: a scenario event, or a lever moved in the GUI. */
public interface ScheduledChange extends java.io.Serializable {
    int month();

    /** Plain words for the events log, e.g. "ccg.management.style = directive". */
    String describe();

    void apply(HealthEconomy economy);
}
