package org.ccgsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.experiment.ReplicationSink;
import org.ccgsim.experiment.RowRecorder;
import org.ccgsim.outcome.Num;
import org.ccgsim.outcome.Outcome;
import org.ccgsim.outcome.Statistics;
import org.ccgsim.scenario.Months;
import org.ccgsim.scenario.Scenario;

/**
 * Writes a run folder as replications arrive: rows are appended to the CSV files straight away,
 * statistics accumulate; {@link #finish} writes the summaries and, last, the manifest.
 */
public final class RunWriter implements ReplicationSink, AutoCloseable {
    private static final Outcome[] OUTCOMES = Outcome.values();
    static final String[] MONTHLY_KEYS = {"replication", "seed", "month", "date", "ccg"};

    private final Path dir;
    private final Scenario scenario;
    private BufferedWriter monthly, contracts, trusts, events;
    private BufferedWriter practices;
    private String[] units;
    private Statistics[][][] monthlyStats; // [unit][month][outcome]
    private Statistics[][] finalYearStats;  // [unit][outcome]
    private final List<Long> seeds = new ArrayList<>();
    private long worstLedgerImbalance;
    private final long startNanos;
    /** Extra facts for manifest.json (run --posterior records its draws here). */
    private java.util.function.Consumer<ObjectNode> manifestFacts = n -> {};

    /** Creates the folder (refusing an existing one unless {@code force}) and opens the CSV files. */
    public RunWriter(Path dir, Scenario scenario, String resolvedYaml, boolean force) throws IOException {
        this(dir, scenario, resolvedYaml, force, false);
    }

    /**
     * @param compress write the per-replication files (monthly, contracts, trusts, events, practices)
     *                 gzipped as {@code NAME.csv.gz}, same columns; R's read.csv and pandas read them directly
     */
    public RunWriter(Path dir, Scenario scenario, String resolvedYaml, boolean force, boolean compress) throws IOException {
        this(dir, scenario, resolvedYaml, force, compress, true);
    }

    /** A writer for a folder being resumed (see {@link Journal#prepareResume}): the folder is not prepared again. */
    public static RunWriter resuming(Path dir, Scenario scenario, String resolvedYaml, boolean compress) throws IOException {
        return new RunWriter(dir, scenario, resolvedYaml, false, compress, false);
    }

    public static RunWriter resuming(Path dir, Scenario scenario, String resolvedYaml) throws IOException {
        return resuming(dir, scenario, resolvedYaml, false);
    }

    private RunWriter(Path dir, Scenario scenario, String resolvedYaml, boolean force, boolean compress, boolean prepare) throws IOException {
        this.dir = dir;
        this.compress = compress;
        this.scenario = scenario;
        if (prepare) OutputFolders.prepare(dir, force);
        else Files.createDirectories(dir);
        startNanos = System.nanoTime();
        try {
            OutputFolders.writeScenario(dir, resolvedYaml);
            List<String> monthlyHeader = new ArrayList<>(List.of(MONTHLY_KEYS));
            for (Outcome o : OUTCOMES) monthlyHeader.add(o.column);
            monthly = open("monthly.csv", monthlyHeader.toArray());
            contracts = open("contracts.csv", RunRows.CONTRACTS_HEADER);
            trusts = open("trusts.csv", RunRows.TRUSTS_HEADER);
            events = open("events.csv", RunRows.EVENTS_HEADER);
            if (scenario.output.practicePanel) practices = open("practices.csv", RunRows.PRACTICES_HEADER);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (prepare) OutputFolders.discard(dir); // a folder that could not even be started is not left behind
            throw e;
        }
    }

    private void closeQuietly() {
        for (BufferedWriter w : new BufferedWriter[]{monthly, contracts, trusts, events, practices}) {
            try {
                if (w != null) w.close();
            } catch (IOException ignored) {
                // the writer is being abandoned after a failure already reported
            }
        }
    }

    /** Makes each replication's recorder of contract, trust, event and practice rows (give it to the run's options). */
    public static RowRecorder.Factory rows() {
        return (replication, seed) -> new RunRows(replication);
    }

    private final boolean compress;

    private BufferedWriter open(String name, Object... header) throws IOException {
        return open(compress && !name.equals("monthly_summary.csv"), name, header);
    }

    /** A CSV file with its header; gzipped (the same bytes inside, a fixed gzip header) as NAME.gz. */
    private BufferedWriter open(boolean gzip, String name, Object... header) throws IOException {
        BufferedWriter w = gzip
                ? new BufferedWriter(new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                        Files.newOutputStream(dir.resolve(name + ".gz")), 1 << 16), StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        new CsvRow(w).record(header);
        return w;
    }

    @Override
    public void accept(ReplicationResult r) throws IOException {
        if (units == null) {
            units = r.units;
            monthlyStats = new Statistics[units.length][r.monthly[0].length][OUTCOMES.length];
            finalYearStats = new Statistics[units.length][OUTCOMES.length];
            for (int u = 0; u < units.length; u++) {
                for (int o = 0; o < OUTCOMES.length; o++) {
                    finalYearStats[u][o] = new Statistics();
                    for (int m = 0; m < monthlyStats[u].length; m++) monthlyStats[u][m][o] = new Statistics();
                }
            }
        }
        writeMonthlyRows(r);
        if (r.rows instanceof RunRows rows) {
            contracts.append(rows.contractRows);
            trusts.append(rows.trustRows);
            events.append(rows.eventRows);
            if (practices != null) practices.append(rows.practiceRows);
        }
        for (int u = 0; u < units.length; u++) {
            for (int m = 0; m < r.monthly[u].length; m++) {
                for (int o = 0; o < OUTCOMES.length; o++) monthlyStats[u][m][o].add(r.monthly[u][m][o]);
            }
            for (int o = 0; o < OUTCOMES.length; o++) finalYearStats[u][o].add(r.finalYear[u][o]);
        }
        seeds.add(r.seed);
        worstLedgerImbalance = Math.max(worstLedgerImbalance, r.ledgerImbalance);
    }

    /** monthly.csv's rows of one replication: month by month, each CCG then "all". */
    private void writeMonthlyRows(ReplicationResult r) throws IOException {
        monthly.append(monthlyRows(r, units));
    }

    /** monthly.csv's rows of one replication (the benchmark formats them too, to time what a run does). */
    public static StringBuilder monthlyRows(ReplicationResult r, String[] units) {
        StringBuilder sb = new StringBuilder();
        CsvRow row = new CsvRow(sb);
        for (int m = 0; m < r.monthly[0].length; m++) {
            for (int u = 0; u < units.length; u++) {
                row.integer(r.replication).integer(r.seed).integer(m).text(Months.label(m)).text(units[u]);
                double[] values = r.monthly[u][m];
                for (int o = 0; o < OUTCOMES.length; o++) row.number(values[o], OUTCOMES[o].decimals);
                row.end();
            }
        }
        return sb;
    }

    /** Closes the CSV files and writes monthly_summary.csv and summary.json (charts and report read them). */
    public void writeSummaries() throws IOException {
        closeCsv();
        writeMonthlySummary();
        writeSummaryJson();
    }

    /** Writes the manifest, last: the folder is complete when this returns. */
    public void finish(String command, String version, String scenarioHash, int threads) throws IOException {
        writeManifest(command, version, scenarioHash, threads);
    }

    private void writeMonthlySummary() throws IOException {
        try (BufferedWriter w = open("monthly_summary.csv", "ccg", "month", "date", "outcome", "n", "mean", "sd", "ci_low", "ci_high")) {
            CsvRow row = new CsvRow(w);
            for (int u = 0; u < units.length; u++) {
                for (int m = 0; m < monthlyStats[u].length; m++) {
                    for (int o = 0; o < OUTCOMES.length; o++) {
                        Statistics s = monthlyStats[u][m][o];
                        int d = OUTCOMES[o].decimals + 2;
                        row.text(units[u]).integer(m).text(Months.label(m)).text(OUTCOMES[o].column).integer(s.n())
                                .number(s.mean(), d).number(s.sd(), d).number(s.low(), d).number(s.high(), d).end();
                    }
                }
            }
        }
    }

    private void writeSummaryJson() throws IOException {
        ObjectMapper mapper = Json.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario.name);
        root.put("description", scenario.description);
        root.put("replications", seeds.size());
        root.put("months", scenario.months);
        ObjectNode fy = root.putObject("final_year");
        fy.put("from_month", Math.max(0, scenario.months - 12));
        fy.put("to_month", scenario.months - 1);
        fy.put("from_date", Months.label(Math.max(0, scenario.months - 12)));
        fy.put("to_date", Months.label(scenario.months - 1));
        ArrayNode outcomes = root.putArray("outcomes");
        for (int u = 0; u < units.length; u++) {
            for (int o = 0; o < OUTCOMES.length; o++) {
                Statistics s = finalYearStats[u][o];
                ObjectNode n = outcomes.addObject();
                n.put("ccg", units[u]);
                n.put("outcome", OUTCOMES[o].column);
                n.put("aggregate", OUTCOMES[o].aggregate.label);
                n.put("n", s.n());
                int d = OUTCOMES[o].decimals + 2;
                putNumber(n, "mean", s.mean(), d);
                putNumber(n, "sd", s.sd(), d);
                putNumber(n, "ci_low", s.low(), d);
                putNumber(n, "ci_high", s.high(), d);
            }
        }
        Json.write(dir.resolve("summary.json"), root);
    }

    static void putNumber(ObjectNode n, String field, double value, int decimals) {
        if (Double.isNaN(value)) n.putNull(field);
        else n.put(field, new java.math.BigDecimal(Num.format(value, decimals)));
    }

    /** Adds facts to manifest.json (written by {@link #finish}). */
    public void manifestFacts(java.util.function.Consumer<ObjectNode> facts) {
        this.manifestFacts = facts;
    }

    private void writeManifest(String command, String version, String scenarioHash, int threads) throws IOException {
        Manifest manifest = Manifest.run(command, version).startedAt(startNanos);
        ObjectNode root = manifest.root();
        root.put("scenario", scenario.name);
        root.put("scenario_sha256", scenarioHash);
        root.put("scenario_seed", scenario.seed);
        root.put("seed_derivation", Manifest.SEED_DERIVATION);
        ArrayNode s = root.putArray("replication_seeds");
        for (long seed : seeds) s.add(seed);
        root.put("threads", threads);
        root.put("ledger_max_imbalance_pence", worstLedgerImbalance);
        manifestFacts.accept(root);
        manifest.write(dir);
    }

    private boolean closed;

    private void closeCsv() throws IOException {
        if (closed) return;
        closed = true;
        monthly.close();
        contracts.close();
        trusts.close();
        events.close();
        if (practices != null) practices.close();
    }

    /** Abandons the folder's files after a failure: never throws (a full disk must not hide the first error or stop the clean-up). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        closeQuietly();
    }

    public Path dir() { return dir; }
    public long worstLedgerImbalance() { return worstLedgerImbalance; }
}
