package org.ccgsim.experiment;

/** How to run a scenario's replications. */
public final class RunOptions {
    /** Worker threads; results do not depend on it. */
    public int threads = Runtime.getRuntime().availableProcessors();
    /** Run only this replication (its seed is the same as in a full run), or -1 for all. */
    public int onlyReplication = -1;
    /** Keep CSV rows (false for sweeps and sensitivity runs, which need only the numbers). */
    public boolean withRows = true;
    /** First replication to run, when replications before it are already done (a resumed run). */
    public int resumeFrom = 0;
}
