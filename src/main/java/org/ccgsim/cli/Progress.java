package org.ccgsim.cli;

import java.io.PrintStream;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr through every phase of a command (simulating, then summaries, charts and
 * report). On a terminal, a bar with rate and ETA that reaches 100% only when the last phase ends;
 * without one (batch jobs, logs), a line every few seconds: done/total, rate, ETA, phase.
 * {@code --quiet} silences both.
 */
final class Progress implements AutoCloseable {
    /** Seconds between lines without a terminal (a system property, so tests can ask for every step). */
    static double lineSeconds() {
        return Double.parseDouble(System.getProperty("ccgsim.progressSeconds", "5"));
    }

    private final String name;
    private final long total;
    private final int afterPhases;
    private final ProgressBar bar;
    private final PrintStream log;
    private final long startNanos = System.nanoTime();
    private long firstDone = -1;
    private long done;
    private long lastLineNanos;
    private int phasesDone;

    private Progress(String name, long total, int afterPhases, ProgressBar bar, PrintStream log) {
        this.name = name;
        this.total = total;
        this.afterPhases = afterPhases;
        this.bar = bar;
        this.log = log;
        this.lastLineNanos = startNanos;
    }

    /**
     * @param total       simulated replications in all
     * @param afterPhases phases after simulating that the bar should cover (summaries and report count one each)
     */
    static Progress start(boolean quiet, String name, long total, int afterPhases) {
        if (quiet) return new Progress(name, total, afterPhases, null, null);
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total + 1 + afterPhases)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .showSpeed().build();
            bar.setExtraMessage("simulating");
            return new Progress(name, total, afterPhases, bar, null);
        }
        return new Progress(name, total, afterPhases, null, System.err);
    }

    /** A bar for the old call sites: simulations only. */
    static Progress bar(boolean quiet, String name, long total) {
        return start(quiet, name, total, 0);
    }

    static void stepTo(Progress p, long done) {
        if (p != null) p.stepTo(done);
    }

    synchronized void stepTo(long done) {
        if (firstDone < 0) firstDone = done;
        this.done = done;
        if (bar != null) bar.stepTo(done);
        if (log != null) {
            long now = System.nanoTime();
            if ((now - lastLineNanos) / 1e9 >= lineSeconds() || done == total) {
                lastLineNanos = now;
                log.println(line(now));
            }
        }
    }

    private String line(long now) {
        double seconds = (now - startNanos) / 1e9;
        long ran = done - Math.max(0, firstDone);
        double rate = seconds > 0 ? ran / seconds : 0;
        String eta = rate > 0 ? clock((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "%s: %d/%d replications, %.2f/s, ETA %s (simulating)", name, done, total, rate, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A phase after simulating begins (summaries, charts and report). */
    synchronized void phase(String phase) {
        if (bar != null) {
            bar.setExtraMessage(phase);
            bar.stepTo(total + phasesDone);
        }
        if (log != null) log.println(String.format(Locale.ROOT, "%s: %s (%.1f s so far)", name, phase, (System.nanoTime() - startNanos) / 1e9));
        phasesDone++;
    }

    /** The current phase ended. */
    synchronized void phaseDone() {
        if (bar != null) bar.stepTo(total + Math.min(phasesDone, afterPhases));
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.setExtraMessage("done");
            bar.stepTo(total + 1 + afterPhases);
            bar.close();
        }
    }
}
