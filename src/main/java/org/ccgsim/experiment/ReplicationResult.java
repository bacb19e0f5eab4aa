package org.ccgsim.experiment;

/**
 * One replication's results: its CSV rows (already formatted, so writing is just appending) and
 * the numbers the statistics need. Held only until the writer has consumed it.
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
    public final String monthlyRows;
    public final String contractRows;
    public final String trustRows;
    public final String eventRows;
    public final String practiceRows;
    /** Largest absolute ledger imbalance seen in any month, in pence (0 when money is conserved). */
    public final long ledgerImbalance;

    /** A result read back from a journal (output.Journal), exactly as it was produced. */
    public static ReplicationResult restored(int replication, long seed, String[] units, double[][][] monthly, double[][] finalYear,
                                             String monthlyRows, String contractRows, String trustRows, String eventRows,
                                             String practiceRows, long ledgerImbalance) {
        return new ReplicationResult(replication, seed, units, monthly, finalYear, monthlyRows, contractRows, trustRows, eventRows,
                practiceRows, ledgerImbalance);
    }

    ReplicationResult(int replication, long seed, String[] units, double[][][] monthly, double[][] finalYear,
                      String monthlyRows, String contractRows, String trustRows, String eventRows, String practiceRows,
                      long ledgerImbalance) {
        this.replication = replication;
        this.seed = seed;
        this.units = units;
        this.monthly = monthly;
        this.finalYear = finalYear;
        this.monthlyRows = monthlyRows;
        this.contractRows = contractRows;
        this.trustRows = trustRows;
        this.eventRows = eventRows;
        this.practiceRows = practiceRows;
        this.ledgerImbalance = ledgerImbalance;
    }
}
