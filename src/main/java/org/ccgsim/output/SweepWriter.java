package org.ccgsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.outcome.Statistics;
import org.ccgsim.scenario.ParamPath;

/** sweep.csv (one row per point and replication) and sweep_summary.csv (per point and outcome), written as points finish. */
public final class SweepWriter implements Sweep.PointSink, AutoCloseable {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private final BufferedWriter rows;
    private final BufferedWriter summary;
    private final CsvRow rowCsv;
    private final CsvRow summaryCsv;

    public SweepWriter(Path dir, List<ParamPath> paths) throws IOException {
        rows = Files.newBufferedWriter(dir.resolve("sweep.csv"), StandardCharsets.UTF_8);
        summary = Files.newBufferedWriter(dir.resolve("sweep_summary.csv"), StandardCharsets.UTF_8);
        rowCsv = new CsvRow(rows);
        summaryCsv = new CsvRow(summary);
        rowCsv.text("point").text("replication").text("seed");
        summaryCsv.text("point");
        for (ParamPath p : paths) {
            rowCsv.text(p.toString());
            summaryCsv.text(p.toString());
        }
        for (Outcome o : OUTCOMES) rowCsv.text(o.column);
        rowCsv.end();
        summaryCsv.text("outcome").text("n").text("mean").text("ci_low").text("ci_high").end();
    }

    @Override
    public void accept(int i, List<Object> point, FinalYearValues v) throws IOException {
        int u = v.mainUnit();
        for (int r = 0; r < v.replications(); r++) {
            rowCsv.integer(i).integer(r).integer(v.seeds().get(r));
            for (Object x : point) rowCsv.text(SweepParameter.text(x));
            for (int o = 0; o < OUTCOMES.length; o++) rowCsv.numberOrEmpty(v.value(r, u, o), OUTCOMES[o].decimals);
            rowCsv.end();
        }
        for (int o = 0; o < OUTCOMES.length; o++) {
            Statistics st = v.statistics(u, o);
            int d = OUTCOMES[o].decimals + 2;
            summaryCsv.integer(i);
            for (Object x : point) summaryCsv.text(SweepParameter.text(x));
            summaryCsv.text(OUTCOMES[o].column).integer(st.n()).numberOrEmpty(st.mean(), d).numberOrEmpty(st.low(), d)
                    .numberOrEmpty(st.high(), d).end();
        }
    }

    @Override
    public void close() throws IOException {
        try (rows; summary) {
            // both closed, even if one fails
        }
    }
}
