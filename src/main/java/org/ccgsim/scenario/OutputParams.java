package org.ccgsim.scenario;

/** What a run writes besides the standard files. */
public class OutputParams {
    @Param(doc = "Also write practices.csv: one row per replication, practice and month", unit = "boolean")
    public boolean practicePanel = false;
}
