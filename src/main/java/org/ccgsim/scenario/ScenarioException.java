package org.ccgsim.scenario;

import java.util.List;

/**
 * A scenario that cannot be run: one message per problem, each naming the file, line and column
 * (or the {@code --set} argument), the field, what was expected and what was found.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
