package org.ccgsim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;

/** Helpers for tests that run the model directly. */
final class ModelRuns {
    private ModelRuns() {}

    static Scenario load(String name) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml")).scenario();
    }

    /**
     * The Stoke-like setup of the evidence checks (stoke-follow-ups, stoke-18-week-backlog): the shipped scenario {@code base}
     * with its first CCG putting its whole fund into community services and its first trust's capacity at 1.05, run for
     * {@code months}. The CCG keeps its investment up (no in-year recovery), so that joint working builds and its
     * mechanisms can be tested; with recovery on, a 2013/14-size QIPP holds the fund back from the first months
     * ({@code BacklogWorkTest} tests that).
     */
    static Scenario stokeLike(String base, int months) throws Exception {
        Scenario s = load(base);
        s.months = months;
        s.ccgs.get(0).fund.use = org.ccgsim.scenario.FundUse.COMMUNITY;
        s.ccgs.get(0).fund.available = 1.0;
        s.ccgs.get(0).finance.inYearRecoveryShare = 0;
        s.trusts.get(0).electiveCapacityRatio = 1.05;
        return s;
    }

    /** Runs one replication to the end, calling {@code each} after every month. */
    static HealthEconomy run(Scenario scenario, int replication, EconomyObserver observer) {
        HealthEconomy economy = new HealthEconomy(ReplicationSeeds.seed(scenario.seed, replication),
                () -> ScenarioCopies.copy(scenario), EventCompiler::compile);
        if (observer != null) economy.addObserver(observer);
        economy.start();
        economy.runMonths(scenario.months);
        return economy;
    }

    /** Collects events of one type. */
    static final class EventLog implements EconomyObserver {
        final List<String> lines = new ArrayList<>();
        final List<Integer> months = new ArrayList<>();
        final List<String> types = new ArrayList<>();

        @Override
        public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
            lines.add(month + " " + type + " " + detail);
            months.add(month);
            types.add(type);
        }

        long count(String type) { return types.stream().filter(type::equals).count(); }
    }

    static EconomyObserver monthly(Consumer<HealthEconomy> each) {
        return new EconomyObserver() {
            @Override public void monthEnded(HealthEconomy economy, int month) { each.accept(economy); }
        };
    }
}
