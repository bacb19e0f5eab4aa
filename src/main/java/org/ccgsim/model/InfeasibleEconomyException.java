package org.ccgsim.model;

/**
 * The scenario describes an economy the model cannot start: a CCG whose allocation cannot pay for
 * the activity of its patients. A fault of the input, not of the program.
 */
public final class InfeasibleEconomyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InfeasibleEconomyException(String message) {
        super(message);
    }
}
