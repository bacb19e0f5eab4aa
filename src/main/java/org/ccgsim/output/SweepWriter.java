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

    private final Outcome[] outcomes;

    public SweepWriter(Path dir, List<ParamPath> paths) throws IOException {
        this(dir, paths, List.of(OUTCOMES));
    }

    /** @param outcomes the outcomes to record and summarise (--outcomes), in catalogue order */
    public SweepWriter(Path dir, List<ParamPath> paths, List<Outcome> outcomes) throws IOException {
        this.outcomes = outcomes.toArray(Outcome[]::new);
        StringBuilder params = new StringBuilder();
        for (ParamPath p : paths) params.append(',').append(p);
        rows = Files.newBufferedWriter(dir.resolve("sweep.csv"), StandardCharsets.UTF_8);
        summary = Files.newBufferedWriter(dir.resolve("sweep_summary.csv"), StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("point,replication,seed").append(params);
        for (Outcome o : this.outcomes) h.append(',').append(o.column);
        rows.write(h.append('\n').toString());
        summary.write("point" + params + ",outcome,n,mean,ci_low,ci_high\n");
    }

    @Override
    public void accept(int i, List<Object> point, FinalYearValues v) throws IOException {
        StringBuilder values = new StringBuilder();
        for (Object x : point) values.append(',').append(SweepParameter.text(x));
        int u = v.mainUnit();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < v.replications(); r++) {
            sb.append(i).append(',').append(r).append(',').append(v.seeds().get(r)).append(values);
            for (Outcome out : outcomes) {
                int o = out.ordinal();
                sb.append(',');
                Cells.num(sb, v.value(r, u, o), OUTCOMES[o].decimals);
            }
            sb.append('\n');
        }
        rows.write(sb.toString());
        sb.setLength(0);
        for (Outcome out : outcomes) {
            int o = out.ordinal();
            Statistics st = v.statistics(u, o);
            int d = OUTCOMES[o].decimals + 2;
            sb.append(i).append(values).append(',').append(OUTCOMES[o].column).append(',').append(st.n()).append(',');
            Cells.num(sb, st.mean(), d); sb.append(',');
            Cells.num(sb, st.low(), d); sb.append(',');
            Cells.num(sb, st.high(), d); sb.append('\n');
        }
        summary.write(sb.toString());
    }

    @Override
    public void close() throws IOException {
        try (rows; summary) {
            // both closed, even if one fails
        }
    }
}
