package org.ccgsim.experiment;

/** How to run a scenario's replications. */
public final class RunOptions {
    /** Worker threads; results do not depend on it. */
    public int threads = Runtime.getRuntime().availableProcessors();
    /** Run only this replication (its seed is the same as in a full run), or -1 for all. */
    public int onlyReplication = -1;
    /** Makes each replication's row recorder (a run folder's writer provides it), or null for numbers only (sweeps, sensitivity). */
    public RowRecorder.Factory rows;
    /** Recorded results to hand over instead of simulating (a merge of shards), or null. */
    public ReplicationSource source;

    /** Draw each replication's parameters from this calibration posterior (run/compare --posterior), or null. */
    public PosteriorDraws posterior;

    /** The scenario replication k runs: the scenario itself, or with its posterior draw applied. */
    public org.ccgsim.scenario.Scenario scenarioFor(org.ccgsim.scenario.Scenario scenario, int k) {
        return posterior == null ? scenario : posterior.apply(scenario, k);
    }
    /** First replication to run, when replications before it are already done (a resumed run). */
    public int resumeFrom = 0;
}
