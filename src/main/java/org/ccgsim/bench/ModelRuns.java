package org.ccgsim.bench;

import java.lang.management.ManagementFactory;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.WorldGenerator;

/** The bare model: one replication stepped month by month with no observers and no output. */
final class ModelRuns {
    private ModelRuns() {}

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Bytes this thread has allocated so far (HotSpot's count). */
    static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** A started economy; with {@code counting}, every draw (its random streams' too) counts in that generator's tally. */
    static HealthEconomy start(Scenario scenario, long seed, CountingRandom counting) {
        HealthEconomy economy = new HealthEconomy(seed, () -> ScenarioCopies.copy(scenario), EventCompiler::compile);
        if (counting != null) {
            economy.random = counting;
            economy.setStreamMaker(counting::stream);
        }
        economy.start();
        return economy;
    }

    /** Seconds to build the economy (scenario copy, practices, contracts) and to step it through every month. */
    record Timing(double build, double steps) {
        double total() { return build + steps; }
    }

    /** Wall time of one whole replication, split into building and stepping. */
    static Timing time(Scenario scenario, long seed) {
        long t0 = System.nanoTime();
        HealthEconomy economy = start(scenario, seed, null);
        long t1 = System.nanoTime();
        economy.runMonths(scenario.months);
        long t2 = System.nanoTime();
        economy.finish();
        return new Timing((t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /**
     * Bytes this thread allocates while the model steps from month {@code from} to the end, after
     * the economy is built and its first year has sized every buffer.
     */
    static long steadyAllocation(Scenario scenario, long seed, int from) {
        HealthEconomy economy = start(scenario, seed, null);
        economy.runMonths(from);
        long before = allocatedBytes();
        economy.runMonths(scenario.months - from);
        long bytes = allocatedBytes() - before;
        economy.finish();
        return bytes;
    }

    /**
     * Bytes allocated per extra practice-month in steady state: the allocation of a world with twice
     * the practices (and money) less that of the world itself, per added practice-month. Zero when
     * nothing is allocated per practice; what the economy allocates per CCG or per year cancels out.
     */
    static double marginalBytesPerPracticeMonth(Scenario scenario, long seed, int from) {
        Scenario doubled = withPracticesTimes(scenario, 2);
        steadyAllocation(scenario, seed, from); // warm both before measuring
        steadyAllocation(doubled, seed, from);
        long one = steadyAllocation(scenario, seed, from);
        long two = steadyAllocation(doubled, seed, from);
        long addedPracticeMonths = (doubled.totalPractices() - scenario.totalPractices()) * (scenario.months - from);
        return (double) (two - one) / addedPracticeMonths;
    }

    /** The same world with every CCG's practices and allocation multiplied. */
    static Scenario withPracticesTimes(Scenario scenario, int factor) {
        Scenario s = ScenarioCopies.copy(scenario);
        if (s.generate.ccgs > 0) {
            s.generate.practices *= factor;
            WorldGenerator.generate(s);
            return s;
        }
        s.ccg.practices *= factor;
        s.ccg.finance.allocation *= factor;
        for (CcgParams c : s.ccgs) {
            c.practices *= factor;
            c.finance.allocation *= factor;
        }
        return s;
    }
}
