package org.ccgsim.scenario;

/** What a run writes besides the standard files. */
public class OutputParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Also write practices.csv: one row per replication, practice and month", unit = "boolean")
    public boolean practicePanel = false;
}
