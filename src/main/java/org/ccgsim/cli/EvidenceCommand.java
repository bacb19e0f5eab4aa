package org.ccgsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ccgsim.output.EvidenceWriter;
import org.ccgsim.output.Manifest;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.validation.Calibration;
import org.ccgsim.validation.EvidenceCheck;
import org.ccgsim.validation.EvidenceSuite;
import org.ccgsim.validation.EvidenceTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evidence", description = "Check the model against the figures and patterns of the evidence base (seeds/evidence.yaml). "
        + "Exit 0 when every checked item passes, 1 when any fails.")
final class EvidenceCommand implements Callable<Integer> {
    @Option(names = "--replications", description = "Replications per scenario (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Mixin OutputOptions output;

    @Option(names = "--calibrate", description = "Also run the calibration of delivery from engagement and print its result")
    boolean calibrate;

    @Override
    public Integer call() throws Exception {
        Limits.between("--replications", replications, 2, Limits.MAX_CHECK_REPLICATIONS);
        int t = threads(threads);
        if (!Files.isDirectory(Path.of("scenarios"))) throw new BadInputException("no scenarios/ folder here; run from the ccgsim directory");
        Path dir = output.prepare("evidence");
        List<EvidenceCheck> checks;
        try {
            long start = System.nanoTime();
            Manifest manifest = Manifest.experiment("evidence", commandLine(t), Main.version()).startedAt(start);
            checks = EvidenceSuite.run(replications, t);
            System.out.print(EvidenceTables.text(checks));
            EvidenceWriter.write(dir, checks, replications);
            if (calibrate) System.out.print(CalibrateCommand.describe(Calibration.deliveryHalfEngagement(CalibrateCommand.DEFAULT_REPLICATIONS, t)));
            manifest.root().put("replications", replications);
            manifest.root().put("checks", checks.size());
            manifest.root().put("failed", checks.stream().filter(EvidenceCheck::failed).count());
            manifest.write(dir, t);
            System.out.printf(Locale.ROOT, "%d replication(s) per scenario in %.1f s -> %s%n", replications, (System.nanoTime() - start) / 1e9, dir);
        } catch (Throwable e) {
            OutputFolders.discard(dir); // a failed check run leaves nothing that could pass for results
            throw e;
        }
        return checks.stream().anyMatch(EvidenceCheck::failed) ? 1 : Main.OK;
    }

    private String commandLine(int t) {
        return "ccgsim evidence --replications " + replications + " --threads " + t + (calibrate ? " --calibrate" : "");
    }

    static int threads(Integer requested) {
        return Limits.threads(requested);
    }
}
