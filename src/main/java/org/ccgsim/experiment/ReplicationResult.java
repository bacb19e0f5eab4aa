package org.ccgsim.experiment;

/**
 * One replication's results: the outcome numbers the statistics need and, when the run keeps
 * rows, the recorder that holds them. Held only until the sink has consumed it.
 */
public final class ReplicationResult {
    public final int replication;
    public final long seed;
    /** Row labels: CCG ids, then "all" when there is more than one CCG. */
    public final String[] units;
    /** [unit][month][outcome] monthly values. */
    public final double[][][] monthly;
    /** [unit][outcome] final-year values. */
    public final double[][] finalYear;
    /** The row recorder the run was given (null when it keeps only numbers). */
    public final RowRecorder rows;
    /** Largest absolute ledger imbalance seen in any month, in pence (0 when money is conserved). */
    public final long ledgerImbalance;

    /** A result read back from a journal (output.Journal) or a part, exactly as it was produced. */
    public static ReplicationResult restored(int replication, long seed, String[] units, double[][][] monthly, double[][] finalYear,
                                             RowRecorder rows, long ledgerImbalance) {
        return new ReplicationResult(replication, seed, units, monthly, finalYear, rows, ledgerImbalance);
    }

    public ReplicationResult(int replication, long seed, String[] units, double[][][] monthly, double[][] finalYear, RowRecorder rows,
                      long ledgerImbalance) {
        this.replication = replication;
        this.seed = seed;
        this.units = units;
        this.monthly = monthly;
        this.finalYear = finalYear;
        this.rows = rows;
        this.ledgerImbalance = ledgerImbalance;
    }
}
