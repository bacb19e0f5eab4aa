package org.ccgsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ccgsim.experiment.ReplicationResult;
import org.ccgsim.experiment.ReplicationSink;
import org.ccgsim.experiment.Statistics;
import org.ccgsim.scenario.Scenario;

/**
 * Writes a run folder as replications arrive: rows are appended to the CSV files straight away,
 * statistics accumulate; {@link #finish} writes the summaries and, last, the manifest.
 */
public final class RunWriter implements ReplicationSink, AutoCloseable {
    private static final Outcome[] OUTCOMES = Outcome.values();
    public static final String MONTHLY_HEADER;
    static {
        StringBuilder h = new StringBuilder("replication,seed,month,date,ccg");
        for (Outcome o : OUTCOMES) h.append(',').append(o.column);
        MONTHLY_HEADER = h.toString();
    }

    private final Path dir;
    private final Scenario scenario;
    private BufferedWriter monthly, contracts, trusts, events;
    private BufferedWriter practices;
    private String[] units;
    private Statistics[][][] monthlyStats; // [unit][month][outcome]
    private Statistics[][] finalYearStats;  // [unit][outcome]
    private final List<Long> seeds = new ArrayList<>();
    private long worstLedgerImbalance;
    private final long startNanos = System.nanoTime();

    /** Creates the folder (refusing an existing one unless {@code force}) and opens the CSV files. */
    public RunWriter(Path dir, Scenario scenario, String resolvedYaml, boolean force) throws IOException {
        this(dir, scenario, resolvedYaml, force, true);
    }

    /** A writer for a folder being resumed (see {@link Journal#prepareResume}): the folder is not prepared again. */
    public static RunWriter resuming(Path dir, Scenario scenario, String resolvedYaml) throws IOException {
        return new RunWriter(dir, scenario, resolvedYaml, false, false);
    }

    private RunWriter(Path dir, Scenario scenario, String resolvedYaml, boolean force, boolean prepare) throws IOException {
        this.dir = dir;
        this.scenario = scenario;
        if (prepare) OutputFolders.prepare(dir, force);
        else Files.createDirectories(dir);
        try {
            open(dir, scenario, resolvedYaml);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (prepare) OutputFolders.discard(dir); // a folder that could not even be started is not left behind
            throw e;
        }
    }

    private void open(Path dir, Scenario scenario, String resolvedYaml) throws IOException {
        Files.writeString(dir.resolve("scenario.yaml"), resolvedYaml, StandardCharsets.UTF_8);
        monthly = open("monthly.csv", MONTHLY_HEADER);
        contracts = open("contracts.csv", "replication,month,date,ccg,trust,state,gap_pct,contract_value");
        trusts = open("trusts.csv", "replication,month,date,trust,income,plan_income,surplus,waiting_list,breaches_18wk,"
                + "overdue_follow_ups,bed_occupancy,mrsa_cases,resisting");
        events = open("events.csv", "replication,month,date,ccg,actor,type,detail");
        if (scenario.output.practicePanel) {
            practices = open("practices.csv", "replication,month,ccg,practice,locality,list_size,engagement,compliance,delivery,referrals,remedial");
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

    private BufferedWriter open(String name, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
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
        monthly.write(r.monthlyRows);
        contracts.write(r.contractRows);
        trusts.write(r.trustRows);
        events.write(r.eventRows);
        if (practices != null) practices.write(r.practiceRows);
        for (int u = 0; u < units.length; u++) {
            for (int m = 0; m < r.monthly[u].length; m++) {
                for (int o = 0; o < OUTCOMES.length; o++) monthlyStats[u][m][o].add(r.monthly[u][m][o]);
            }
            for (int o = 0; o < OUTCOMES.length; o++) finalYearStats[u][o].add(r.finalYear[u][o]);
        }
        seeds.add(r.seed);
        worstLedgerImbalance = Math.max(worstLedgerImbalance, r.ledgerImbalance);
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
        try (BufferedWriter w = open("monthly_summary.csv", "ccg,month,date,outcome,n,mean,sd,ci_low,ci_high")) {
            StringBuilder sb = new StringBuilder();
            for (int u = 0; u < units.length; u++) {
                for (int m = 0; m < monthlyStats[u].length; m++) {
                    for (int o = 0; o < OUTCOMES.length; o++) {
                        Statistics s = monthlyStats[u][m][o];
                        sb.setLength(0);
                        sb.append(units[u]).append(',').append(m).append(',').append(org.ccgsim.scenario.Months.label(m)).append(',')
                                .append(OUTCOMES[o].column).append(',').append(s.n()).append(',');
                        int d = OUTCOMES[o].decimals + 2;
                        Num.append(sb, s.mean(), d); sb.append(',');
                        Num.append(sb, s.sd(), d); sb.append(',');
                        Num.append(sb, s.low(), d); sb.append(',');
                        Num.append(sb, s.high(), d); sb.append('\n');
                        w.write(sb.toString());
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
        fy.put("from_date", org.ccgsim.scenario.Months.label(Math.max(0, scenario.months - 12)));
        fy.put("to_date", org.ccgsim.scenario.Months.label(scenario.months - 1));
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

    private void writeManifest(String command, String version, String scenarioHash, int threads) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("tool", "ccgsim");
        root.put("version", version);
        root.put("command", command);
        root.put("scenario", scenario.name);
        root.put("scenario_sha256", scenarioHash);
        root.put("scenario_seed", scenario.seed);
        root.put("seed_derivation", org.ccgsim.experiment.ReplicationSeeds.DERIVATION);
        ArrayNode s = root.putArray("replication_seeds");
        for (long seed : seeds) s.add(seed);
        root.put("threads", threads);
        root.put("ledger_max_imbalance_pence", worstLedgerImbalance);
        ObjectNode timings = root.putObject("timings");
        timings.put("wall_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3);
        timings.put("finished_utc", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, String> e : checksums().entrySet()) files.put(e.getKey(), e.getValue());
        Json.write(dir.resolve("manifest.json"), root);
    }

    /** SHA-256 of every file already in the folder (charts and report included), in name order. */
    private Map<String, String> checksums() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        List<Path> paths;
        try (var stream = Files.walk(dir)) {
            paths = stream.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : paths) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (name.equals("manifest.json") || Journal.notResult(name)) continue;
            result.put(name, sha256(p));
        }
        return result;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
