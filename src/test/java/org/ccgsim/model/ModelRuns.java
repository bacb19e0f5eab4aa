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
