package org.ccgsim.gui;

import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.scenario.Named;
import org.ccgsim.scenario.ParamPath;

/**
 * A lever moved in the GUI: the new value, written into the economy's own scenario at the start
 * of {@code month}, exactly as a scenario event with the same path would be. The model logs it as
 * a "parameter_change" event in the words of {@link #describe()}.
 */
final class LeverChange implements ScheduledChange {
    private static final long serialVersionUID = 1L;
    static final String SUFFIX = " (lever moved in the GUI)";

    private final int month;
    private final ParamPath path;
    private volatile Object value;
    /** Tells the levers the value is in; not saved in a checkpoint (a reopened run has no pending lever). */
    private final transient Runnable onApplied;

    LeverChange(int month, ParamPath path, Object coercedValue, Runnable onApplied) {
        this.month = month;
        this.path = path;
        this.value = coercedValue;
        this.onApplied = onApplied;
    }

    @Override public int month() { return month; }

    /** A slider still moving before the change is applied: the change takes the latest value, and is logged once. */
    void retarget(Object coercedValue) { value = coercedValue; }

    Object value() { return value; }

    @Override
    public String describe() {
        return path + " = " + (value instanceof Named n ? n.yamlName() : String.valueOf(value)) + SUFFIX;
    }

    @Override
    public void apply(HealthEconomy economy) {
        path.applyTo(economy.scenario(), value);
        if (onApplied != null) onApplied.run();
    }
}
