package org.ccgsim.cli;

/**
 * Bounds on the sizes a command line can ask for, checked before anything is simulated or
 * written, so a typo (an extra zero, a huge thread count) is bad input rather than hours of
 * work, an exhausted memory or a stack trace.
 */
final class Limits {
    private Limits() {}

    static final int MAX_THREADS = 256;
    static final int MAX_SWEEP_POINTS = 100_000;
    static final int MAX_TRAJECTORIES = 10_000;
    static final int MAX_LEVELS = 100;
    static final long MAX_REPLICATION_RUNS = 10_000_000L;
    static final int MAX_PILOT = 10_000;
    static final int MAX_PLANNED = 1_000_000;
    static final int MAX_CHECK_REPLICATIONS = 10_000;
    static final long MAX_SWEEP_FILE_BYTES = 10L * 1024 * 1024;

    static int threads(Integer requested) {
        if (requested == null) return Runtime.getRuntime().availableProcessors();
        return between("--threads", requested, 1, MAX_THREADS);
    }

    static int between(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " must be from " + String.format("%,d", min) + " to " + String.format("%,d", max) + ", found " + value);
        }
        return value;
    }

    /** points x replications simulated replications, at most {@link #MAX_REPLICATION_RUNS}. */
    static void work(String what, long points, int replications) {
        if (points > MAX_SWEEP_POINTS) {
            throw new BadInputException(what + " has " + String.format("%,d", points) + " design points; at most "
                    + String.format("%,d", MAX_SWEEP_POINTS) + " are allowed");
        }
        if (points * replications > MAX_REPLICATION_RUNS) {
            throw new BadInputException(what + ": " + String.format("%,d", points) + " points x " + replications + " replications is more than "
                    + String.format("%,d", MAX_REPLICATION_RUNS) + " replications in all; use fewer points or replications");
        }
    }
}
