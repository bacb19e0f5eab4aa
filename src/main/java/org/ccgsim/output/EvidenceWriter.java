package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ccgsim.validation.EvidenceCheck;
import org.ccgsim.validation.EvidenceTables;

/** evidence.csv and evidence.md: the model held to its sources, check by check. */
public final class EvidenceWriter {
    private EvidenceWriter() {}

    public static void write(Path dir, List<EvidenceCheck> checks, int replications) throws IOException {
        Files.writeString(dir.resolve("evidence.csv"), csv(checks), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("evidence.md"), EvidenceTables.markdown(checks, replications), StandardCharsets.UTF_8);
    }

    public static String csv(List<EvidenceCheck> checks) {
        StringBuilder sb = new StringBuilder();
        CsvRow row = new CsvRow(sb).record("id", "status", "source_figure", "model_value", "mean", "low_95", "high_95", "tolerance", "note");
        for (EvidenceCheck c : checks) {
            row.text(c.id()).text(c.status().label).text(c.source()).text(c.value()).text(num(c.mean())).text(num(c.low()))
                    .text(num(c.high())).text(c.tolerance()).text(c.note()).end();
        }
        return sb.toString();
    }

    private static String num(double x) { return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.6g", x); }
}
