package org.ccgsim.bench;

/** How many draws of each kind one replication makes. */
public record DrawCounts(long doubles, long gaussians, long booleans, long ints) {
    public long total() { return doubles + gaussians + booleans + ints; }

    DrawCounts minus(DrawCounts o) {
        return new DrawCounts(doubles - o.doubles, gaussians - o.gaussians, booleans - o.booleans, ints - o.ints);
    }
}
