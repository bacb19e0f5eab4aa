package org.ccgsim.bench;

/** How many draws of each kind one replication makes. */
public record DrawCounts(long doubles, long gaussians, long booleans, long ints) {
    public long total() { return doubles + gaussians + booleans + ints; }

    public double perPracticeMonth(long draws, long practiceMonths) {
        return (double) draws / practiceMonths;
    }
}
