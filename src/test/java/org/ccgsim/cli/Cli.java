package org.ccgsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed, for tests of exit codes and messages. */
final class Cli {
    record Result(int code, String out, String err) {
        boolean hasTrace() {
            return err.contains("\tat ") || err.contains("Exception") || out.contains("\tat ") || err.contains("internal error");
        }

        @Override public String toString() { return "exit " + code + "\nstdout: " + out + "\nstderr: " + err; }
    }

    private Cli() {}

    static synchronized Result run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
