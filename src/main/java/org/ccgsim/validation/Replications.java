package org.ccgsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.ccgsim.experiment.Replication;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioException;
import org.ccgsim.scenario.ScenarioLoader;

/** Runs replications of a shipped scenario directly (no output files), each with the seed it has in a full run. */
final class Replications {
    private Replications() {}

    static Scenario load(Path scenarios, String name, List<String> sets) {
        try {
            return ScenarioLoader.load(scenarios.resolve(name + ".yaml"), sets).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException("shipped scenario " + name + " does not load: " + e.problems(), e);
        }
    }

    /** Runs one replication for {@code months} months and returns its trace. */
    static Trace run(Scenario scenario, int months, int replication) {
        Trace trace = new Trace(months);
        Replication.runObserved(scenario, months, replication, trace);
        return trace;
    }

    /** Queues replications 0..n-1 on the pool. */
    static List<Future<Trace>> submit(ExecutorService pool, Scenario scenario, int months, int n) {
        List<Future<Trace>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int rep = k;
            out.add(pool.submit(() -> run(scenario, months, rep)));
        }
        return out;
    }

    static List<Trace> await(List<Future<Trace>> futures) {
        List<Trace> out = new ArrayList<>();
        try {
            for (Future<Trace> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replication failed: " + e.getCause(), e.getCause());
        }
        return out;
    }
}
