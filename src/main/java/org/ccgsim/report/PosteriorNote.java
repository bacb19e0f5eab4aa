package org.ccgsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sentence a report gains when its replications drew their parameters from a calibration posterior
 * (run/compare --posterior; the folder then holds posterior_draws.csv): its intervals then include what
 * is not known about the parameters, not only the model's chance.
 */
final class PosteriorNote {
    private PosteriorNote() {}

    static final String DRAWS = "posterior_draws.csv";
    static final String TEXT = "Parameter uncertainty included: each replication drew its parameter values from a calibration "
            + "posterior (posterior_draws.csv lists each draw), so the intervals below include what we do not know about "
            + "the calibrated parameters as well as the model's chance.";

    /** Whether the folder, or a scenario folder inside it, holds posterior draws. */
    static boolean drawn(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(DRAWS))) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isRegularFile(p.resolve(DRAWS)));
        }
    }

    /** The report's HTML with the note after its title, when the runs drew from a posterior. */
    static String insert(String html, Path dir) throws IOException {
        if (!drawn(dir)) return html;
        int at = html.indexOf("</h1>");
        if (at < 0) return html;
        at += "</h1>".length();
        return html.substring(0, at) + "\n<p class=\"posterior-note\"><strong>" + TEXT + "</strong></p>" + html.substring(at);
    }
}
