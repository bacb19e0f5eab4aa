package org.ccgsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.scenario.EventSpec;
import org.ccgsim.scenario.Months;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/** Turns a scenario's timed {@code events} into changes the economy applies at the start of their month. */
public final class EventCompiler {
    private EventCompiler() {}

    public static List<ScheduledChange> compile(Scenario scenario) {
        List<ScheduledChange> changes = new ArrayList<>();
        for (EventSpec event : scenario.events) {
            int month = Months.parse(event.at);
            for (Map.Entry<String, Object> e : event.set.entrySet()) {
                ParamPath path = ParamPath.parse(e.getKey());
                changes.add(change(month, path, path.coerce(e.getValue())));
            }
        }
        return changes;
    }

    /** One parameter set to a value at a month; the GUI's levers use the same. */
    public static ScheduledChange change(int month, ParamPath path, Object value) {
        String text = path + " = " + (value instanceof org.ccgsim.scenario.Named n ? n.yamlName() : String.valueOf(value));
        return new ScheduledChange() {
            @Override public int month() { return month; }
            @Override public String describe() { return text; }
            @Override public void apply(HealthEconomy economy) { path.applyTo(economy.scenario(), value); }
        };
    }
}
