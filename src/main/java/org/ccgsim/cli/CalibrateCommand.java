package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.validation.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", description = "Find practice.deliverySlope so that the baseline's most engaged quarter of practices "
        + "delivers 18% more than the least engaged quarter at month 12 (evidence id gallup-18).")
final class CalibrateCommand implements Callable<Integer> {
    static final int DEFAULT_REPLICATIONS = 20;

    @Option(names = "--replications", description = "Replications averaged per evaluation (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Override
    public Integer call() {
        if (replications < 1) throw new BadInputException("--replications must be at least 1, found " + replications);
        int t = EvidenceCommand.threads(threads);
        if (!Files.isDirectory(Path.of("scenarios"))) throw new BadInputException("no scenarios/ folder here; run from the ccgsim directory");
        System.out.print(describe(Calibration.deliverySlope(replications, t)));
        return Main.OK;
    }

    static String describe(Calibration.Result r) {
        return String.format(Locale.ROOT,
                "calibrated practice.deliverySlope = %.4f (ratio %.4f; target %.2f; %d evaluations; %d replications, month %d of baseline)%n"
                        + "current default          = %.4f (ratio %.4f); difference %+.4f%n",
                r.slope(), r.ratio(), Calibration.TARGET_RATIO, r.evaluations(), r.replications(), Calibration.MONTH,
                r.currentDefault(), r.ratioAtDefault(), r.currentDefault() - r.slope());
    }
}
