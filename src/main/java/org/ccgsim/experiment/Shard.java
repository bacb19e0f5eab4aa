package org.ccgsim.experiment;

import java.util.Map;

/**
 * One of {@code count} equal shares of an experiment's work, numbered 1 to count. The work is the
 * experiment's replications in a fixed order (design point by design point, replication by
 * replication); shard i takes the i-th of count contiguous blocks whose sizes differ by at most one,
 * so shards balance and each reads its results in the order the unsplit run makes them.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1) throw new IllegalArgumentException("a shard count must be at least 1, found " + count);
        if (index < 1 || index > count) throw new IllegalArgumentException("shard must be from 1 to " + count + ", found " + index);
    }

    /** {@code i/N}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String[] p = text.trim().split("/", -1);
        try {
            if (p.length == 2) return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--shard: expected i/N, e.g. 2/8; found '" + text + "'");
    }

    /**
     * The shard of a Slurm array task: {@code SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN + 1} of
     * {@code SLURM_ARRAY_TASK_COUNT}; null outside an array job.
     */
    public static Shard fromSlurm(Map<String, String> env) {
        String id = env.get("SLURM_ARRAY_TASK_ID"), count = env.get("SLURM_ARRAY_TASK_COUNT");
        if (id == null || count == null) return null;
        String min = env.getOrDefault("SLURM_ARRAY_TASK_MIN", "0");
        try {
            return new Shard(Integer.parseInt(id.trim()) - Integer.parseInt(min.trim()) + 1, Integer.parseInt(count.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Slurm array task " + id + " (min " + min + ", count " + count
                    + ") is not a shard: give the array as --array=0-" + (Integer.parseInt(count.trim()) - 1) + " or pass --shard i/N");
        }
    }

    /** First work item of this shard, of {@code total}. */
    public long from(long total) { return total * (index - 1) / count; }

    /** One past this shard's last work item, of {@code total}. */
    public long to(long total) { return total * index / count; }

    @Override public String toString() { return index + "/" + count; }
}
