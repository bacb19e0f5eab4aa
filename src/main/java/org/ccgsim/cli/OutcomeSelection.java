package org.ccgsim.cli;

import java.util.ArrayList;
import java.util.List;

import org.ccgsim.outcome.Outcome;
import picocli.CommandLine.Option;

/** {@code --outcomes a,b,c}: record and summarise only these outcomes (a picocli mixin for sweep and sensitivity). */
final class OutcomeSelection {
    @Option(names = "--outcomes", split = ",", paramLabel = "OUTCOME", description = "Record and summarise only these outcomes "
            + "(comma-separated columns, e.g. engagement_mean,qipp_delivered; default all)")
    List<String> names = new ArrayList<>();

    /** The chosen outcomes in catalogue order (all when none is named); an unknown name is bad input. */
    List<Outcome> outcomes() {
        if (names.isEmpty()) return List.of(Outcome.values());
        List<Outcome> chosen = new ArrayList<>();
        for (String n : names) {
            Outcome o = Outcome.byColumn(n.trim());
            if (o == null) {
                List<String> all = new ArrayList<>();
                for (Outcome x : Outcome.values()) all.add(x.column);
                throw new BadInputException("--outcomes: unknown outcome '" + n.trim() + "'; expected some of " + String.join(", ", all));
            }
            if (!chosen.contains(o)) chosen.add(o);
        }
        chosen.sort(null);
        return chosen;
    }

    /** As typed, for the command line a manifest records. */
    void appendTo(StringBuilder commandLine) {
        if (!names.isEmpty()) commandLine.append(" --outcomes ").append(String.join(",", names));
    }
}
