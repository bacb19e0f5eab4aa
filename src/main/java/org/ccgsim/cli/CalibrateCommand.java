package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.validation.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", description = "Find practice.deliverySlope so that the baseline's most engaged quarter of practices "
        + "delivers 18%% more than the least engaged quarter at month 12 (evidence id gallup-18).")
final class CalibrateCommand implements Callable<Integer> {
    static final int DEFAULT_REPLICATIONS = 20;

    @Option(names = "--replications", description = "Replications averaged per evaluation (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Override
    public Integer call() {
        Limits.between("--replications", replications, 1, Limits.MAX_CHECK_REPLICATIONS);
        int t = EvidenceCommand.threads(threads);
        if (!Files.isDirectory(Path.of("scenarios"))) throw new BadInputException("no scenarios/ folder here; run from the ccgsim directory");
        Calibration.Result r = Calibration.deliverySlope(replications, t);
        System.out.print(describe(r));
        return r.reached() ? Main.OK : 1;
    }

    static String describe(Calibration.Result r) {
        if (!r.reached()) {
            return String.format(Locale.ROOT,
                    "calibration FAILED: no practice.deliverySlope in [%.1f, %.1f] gives ratio %.2f (%d replications, month %d of baseline):%n"
                            + "  ratio at slope %.1f = %.4f, at slope %.1f = %.4f%n"
                            + "current default          = %.4f (ratio %.4f)%n",
                    Calibration.LOWER, Calibration.UPPER, Calibration.TARGET_RATIO, r.replications(), Calibration.MONTH,
                    Calibration.LOWER, r.ratioAtLower(), Calibration.UPPER, r.ratioAtUpper(), r.currentDefault(), r.ratioAtDefault());
        }
        return String.format(Locale.ROOT,
                "calibrated practice.deliverySlope = %.4f (ratio %.4f; target %.2f; %d evaluations; %d replications, month %d of baseline)%n"
                        + "current default          = %.4f (ratio %.4f); difference %+.4f%n",
                r.slope(), r.ratio(), Calibration.TARGET_RATIO, r.evaluations(), r.replications(), Calibration.MONTH,
                r.currentDefault(), r.ratioAtDefault(), r.currentDefault() - r.slope());
    }
}
