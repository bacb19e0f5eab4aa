package org.ccgsim.validation;

import java.util.List;
import java.util.Locale;

/** The evidence table as text and Markdown (output.EvidenceWriter writes evidence.csv). */
public final class EvidenceTables {
    private EvidenceTables() {}

    public static String text(List<EvidenceCheck> checks) {
        int w = 30;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-11s  %-40s  %s%n", "check", "result", "model value [95% interval]", "source figure / tolerance"));
        for (EvidenceCheck c : checks) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-11s  %-40s  %s%n", c.id(), c.status().label, c.value(), c.source()));
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-11s  %-40s  tolerance: %s%n", "", "", "", c.tolerance()));
        }
        long pass = checks.stream().filter(c -> c.status() == EvidenceCheck.Status.PASS).count();
        long fail = checks.stream().filter(EvidenceCheck::failed).count();
        sb.append(String.format(Locale.ROOT, "%d passed, %d failed, %d not checked%n", pass, fail, checks.size() - pass - fail));
        return sb.toString();
    }

    public static String markdown(List<EvidenceCheck> checks, int replications) {
        StringBuilder sb = new StringBuilder("# ccgsim evidence checks\n\n")
                .append(replications).append(" replications per scenario; intervals are 95% Student t intervals across replications.\n\n")
                .append("| check | result | source figure | model value [95% interval] | tolerance | assumed |\n")
                .append("|---|---|---|---|---|---|\n");
        for (EvidenceCheck c : checks) {
            sb.append("| ").append(String.join(" | ", md(c.id()), md(c.status().label), md(c.source()), md(c.value()),
                    md(c.tolerance()), md(c.note()))).append(" |\n");
        }
        return sb.toString();
    }

    private static String md(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
