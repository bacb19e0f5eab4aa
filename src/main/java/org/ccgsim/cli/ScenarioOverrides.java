package org.ccgsim.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --months} and {@code --set}: changes to a scenario applied as it loads (a picocli mixin). */
final class ScenarioOverrides {
    @Option(names = "--months", description = "Months from April 2013 (overrides the scenario)")
    Integer months;

    @Option(names = "--set", paramLabel = "path=value", description = "Override a scenario field, e.g. --set ccg.management.style=directive")
    List<String> sets = new ArrayList<>();

    /** The overrides as {@code path=value} strings in the order they apply, with any the command adds after them. */
    List<String> with(String... more) {
        List<String> all = new ArrayList<>(sets);
        if (months != null) all.add("months=" + months);
        for (String m : more) if (m != null) all.add(m);
        return all;
    }

    /** Appends the overrides as they would be typed, for the command line recorded in a manifest. */
    void appendTo(StringBuilder commandLine) {
        if (months != null) commandLine.append(" --months ").append(months);
        for (String s : sets) commandLine.append(" --set ").append(s);
    }
}
