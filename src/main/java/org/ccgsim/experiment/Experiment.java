package org.ccgsim.experiment;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.ccgsim.model.ScheduledChange;
import org.ccgsim.scenario.Scenario;

/**
 * Runs a scenario's replications on a pool of threads and hands the results to a sink strictly in
 * replication order. At most a few results wait in memory at once, so memory stays bounded
 * however many replications run, and the output is the same for any number of threads.
 */
public final class Experiment {
    private Experiment() {}

    public static void run(Scenario scenario, RunOptions options, Function<Scenario, List<ScheduledChange>> changes,
                           ReplicationSink sink, IntConsumer progress) throws Exception {
        int first = options.onlyReplication >= 0 ? options.onlyReplication : options.resumeFrom;
        int last = options.onlyReplication >= 0 ? options.onlyReplication : scenario.replications - 1;
        if (options.source != null) {
            for (int k = first; k <= last; k++) {
                sink.accept(options.source.next(scenario, k));
                progress.accept(k - first + 1);
            }
            return;
        }
        runRange(scenario, first, last, options, changes, sink, progress);
    }

    /**
     * Runs one shard of a plan: the experiment's design points (or compared scenarios) in order,
     * each with its replications, of which this shard runs its contiguous block. Results go to the
     * sink with their point's index. Returns the number of replications run.
     */
    public static long runShard(List<Scenario> plan, Shard shard, RunOptions options, Function<Scenario, List<ScheduledChange>> changes,
                                PointSink sink, java.util.function.LongConsumer progress) throws Exception {
        long total = 0;
        for (Scenario s : plan) total += s.replications;
        long from = shard.from(total), to = shard.to(total), start = 0, done = 0;
        for (int p = 0; p < plan.size(); p++) {
            Scenario s = plan.get(p);
            long a = Math.max(from, start), b = Math.min(to, start + s.replications);
            if (a < b) {
                int point = p;
                long before = done;
                runRange(s, (int) (a - start), (int) (b - start - 1), options, changes, r -> sink.accept(point, r),
                        k -> progress.accept(before + k));
                done += b - a;
            }
            start += s.replications;
        }
        return done;
    }

    /** Receives a shard's results with the index of their design point in the plan. */
    public interface PointSink {
        void accept(int point, ReplicationResult result) throws Exception;
    }

    private static void runRange(Scenario scenario, int first, int last, RunOptions options, Function<Scenario, List<ScheduledChange>> changes,
                                 ReplicationSink sink, IntConsumer progress) throws Exception {
        int threads = Math.max(1, options.threads);
        if (threads == 1) {
            for (int k = first; k <= last; k++) {
                sink.accept(new Replication(options.scenarioFor(scenario, k), k, changes, options.rows).run());
                progress.accept(k - first + 1);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>();
            int next = first;
            int done = 0;
            int window = threads * 4; // enough queued that a slow replication at the head does not idle the others
            while (next <= last || !inFlight.isEmpty()) {
                while (next <= last && inFlight.size() < window) {
                    int k = next++;
                    inFlight.add(pool.submit(() -> new Replication(options.scenarioFor(scenario, k), k, changes, options.rows).run()));
                }
                sink.accept(inFlight.poll().get());
                progress.accept(++done);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) throw (Exception) cause;
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }
}
