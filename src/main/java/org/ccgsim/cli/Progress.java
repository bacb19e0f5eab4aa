package org.ccgsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, only on a console and without --quiet (as for run). */
final class Progress {
    private Progress() {}

    static ProgressBar bar(boolean quiet, String name, long total) {
        if (quiet || System.console() == null) return null;
        return new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    }

    static void stepTo(ProgressBar bar, long done) {
        if (bar != null) bar.stepTo(done);
    }
}
