package org.ccgsim.cli;

/** Bad input from the user: printed as it is, exit status 2, nothing written. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
}
