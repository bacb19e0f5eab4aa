package org.ccgsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ccgsim.outcome.Outcome;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Writes small, plausible result folders in the formats of docs/outputs.md, for the chart and
 * report tests: a run (1 or 3 CCGs, 2 replications, 24 months by default), a compare folder, a
 * sweep and a sensitivity file. Values come from simple formulas plus seeded noise.
 */
public final class Fixtures {

    public static final int MONTHS = 24;
    public static final int REPS = 2;

    /** The outcomes the fixture writes; how each is aggregated comes from the catalogue ({@link Outcome}). */
    static final List<String> OUTCOMES = List.of("engagement_mean", "engagement_p25", "engagement_p75", "perceived_engagement",
            "feedback_share", "delivery_mean", "referrals_per_1000", "non_elective_per_1000", "ae_per_1000", "contracts_in_standoff",
            "waiting_list", "breaches_18wk", "ccg_allocation", "ccg_spend", "quality_premium", "mrsa_cases", "ccg_surplus",
            "surplus_target", "qipp_required", "qipp_delivered", "standoff_months");

    static String aggregate(String outcome) {
        return Outcome.of(outcome).aggregate.label;
    }

    private Fixtures() {
    }

    /** A scenario's behaviour in the fixture: how far engagement rises and whether contracts start in stand-off. */
    public record Style(String name, String description, String management, double engagementGain, boolean standoff) {
        public static final Style ENGAGEMENT = new Style("engagement-led", "Does engagement-led management deliver QIPP?",
                "engagement", 0.14, true);
        public static final Style DIRECTIVE = new Style("directive", "Does directive management deliver QIPP faster?",
                "directive", -0.06, true);
    }

    public static Path run(Path dir, int ccgs) throws IOException {
        return run(dir, ccgs, Style.ENGAGEMENT, MONTHS, REPS, true);
    }

    /** Per replication, per CCG, per outcome: monthly values. */
    static Map<Integer, Map<String, Map<String, double[]>>> simulate(int ccgs, Style style, int months, int reps) {
        Map<Integer, Map<String, Map<String, double[]>>> out = new LinkedHashMap<>();
        for (int r = 0; r < reps; r++) {
            Map<String, Map<String, double[]>> byCcg = new LinkedHashMap<>();
            for (int c = 0; c < ccgs; c++) {
                                byCcg.put(ccgId(c, ccgs), ccg(c, style, months, new Random(1000L * r + c + 31L * style.name().hashCode())));
            }
            if (ccgs > 1) {
                byCcg.put("all", aggregate(byCcg, months));
            }
            out.put(r, byCcg);
        }
        return out;
    }

    static String ccgId(int c, int ccgs) {
        return ccgs == 1 ? "stoke" : List.of("stoke", "north-staffs", "stafford", "cannock", "east-staffs", "south-east-staffs",
                "south-west-staffs").get(c);
    }

    private static Map<String, double[]> ccg(int c, Style s, int months, Random rnd) {
        Map<String, double[]> v = new LinkedHashMap<>();
        for (String o : OUTCOMES) {
            v.put(o, new double[months]);
        }
        double size = 1.0 - 0.15 * c;
        double surplus = 0;
        double qipp = 0;
        double standoff = 0;
        double waiting = 4500 * size;
        double breaches = 1100 * size;
        double start = 0.46 - 0.02 * c;
        for (int t = 0; t < months; t++) {
            if (t % 12 == 0) {
                surplus = 0;
                qipp = 0;
            }
            double eng = start + s.engagementGain() * (1 - Math.exp(-t / 9.0)) + 0.01 * rnd.nextGaussian();
            put(v, "engagement_mean", t, eng);
            put(v, "engagement_p25", t, eng - 0.11);
            put(v, "engagement_p75", t, eng + 0.10);
            put(v, "perceived_engagement", t, eng + 0.08 - 0.02 * t / months);
            put(v, "feedback_share", t, Math.min(1, eng * 0.95));
            double delivery = 0.5 + 0.9 * (eng - 0.46);
            put(v, "delivery_mean", t, delivery);
            put(v, "referrals_per_1000", t, 14.2 - 1.2 * (delivery - 0.5) * 4 * t / months + 0.2 * rnd.nextGaussian());
            put(v, "non_elective_per_1000", t, 8.1 - 0.5 * t / months + 0.1 * rnd.nextGaussian());
            put(v, "ae_per_1000", t, 29 + 2.5 * Math.cos(2 * Math.PI * (t - 9) / 12) + 0.4 * rnd.nextGaussian());
            double allocation = 26.7e6 * size;
            double spend = allocation * (1.0 - 0.004 + 0.006 * rnd.nextGaussian()) - 0.02e6 * t * (delivery - 0.5);
            surplus += allocation - spend;
            put(v, "ccg_allocation", t, allocation);
            put(v, "ccg_spend", t, spend);
            put(v, "ccg_surplus", t, surplus);
            put(v, "surplus_target", t, 0.01 * allocation * (t % 12 + 1));
            put(v, "qipp_required", t, 14e6 * size);
            qipp += 14e6 * size / 12 * (0.8 + delivery * 0.3) * (1 + 0.05 * rnd.nextGaussian());
            put(v, "qipp_delivered", t, qipp);
            int inStandoff = s.standoff() && t < 3 + (c + (int) (rnd.nextDouble() * 3)) ? 1 : 0;
            standoff += inStandoff;
            put(v, "contracts_in_standoff", t, inStandoff);
            put(v, "standoff_months", t, standoff);
            waiting = Math.max(0, waiting + 15 - 40 * (delivery - 0.5) + 20 * rnd.nextGaussian());
            breaches = Math.max(0, breaches - 25 * (delivery - 0.4) + 10 * rnd.nextGaussian());
            put(v, "waiting_list", t, waiting);
            put(v, "breaches_18wk", t, breaches);
            int mrsa = rnd.nextDouble() < 0.2 ? 1 : 0;
            put(v, "mrsa_cases", t, mrsa);
            put(v, "quality_premium", t, t % 12 == 11 ? 800_000 * size * (0.35 + 0.3 * delivery) : 0);
        }
        return v;
    }

    private static void put(Map<String, double[]> v, String outcome, int t, double value) {
        v.get(outcome)[t] = value;
    }

    private static Map<String, double[]> aggregate(Map<String, Map<String, double[]>> byCcg, int months) {
        Map<String, double[]> all = new LinkedHashMap<>();
        for (String o : OUTCOMES) {
            double[] sum = new double[months];
            for (Map<String, double[]> c : byCcg.values()) {
                for (int t = 0; t < months; t++) {
                    sum[t] += c.get(o)[t];
                }
            }
            boolean level = Outcome.of(o).acrossCcgs == Outcome.AcrossCcgs.MEAN;
            if (level) {
                for (int t = 0; t < months; t++) {
                    sum[t] /= byCcg.size();
                }
            }
            all.put(o, sum);
        }
        return all;
    }

    /** A full run folder. {@code optional} also writes contracts.csv, trusts.csv and events.csv. */
    public static Path run(Path dir, int ccgs, Style style, int months, int reps, boolean optional) throws IOException {
        Files.createDirectories(dir);
        var sim = simulate(ccgs, style, months, reps);
        List<String> ccgIds = new ArrayList<>(sim.get(0).keySet());
        StringBuilder ms = new StringBuilder("ccg,month,date,outcome,n,mean,sd,ci_low,ci_high\n");
        for (String ccg : ccgIds) {
            for (int t = 0; t < months; t++) {
                for (String o : OUTCOMES) {
                    double[] x = new double[reps];
                    for (int r = 0; r < reps; r++) {
                        x[r] = sim.get(r).get(ccg).get(o)[t];
                    }
                    double[] st = stats(x);
                    ms.append(ccg).append(',').append(t).append(',').append(date(t)).append(',').append(o).append(',').append(reps)
                            .append(',').append(num(st[0])).append(',').append(num(st[1])).append(',').append(num(st[2])).append(',')
                            .append(num(st[3])).append('\n');
                }
            }
        }
        write(dir.resolve("monthly_summary.csv"), ms.toString());
        StringBuilder js = new StringBuilder();
        js.append("{\n  \"scenario\": \"").append(style.name()).append("\", \"replications\": ").append(reps)
                .append(", \"months\": ").append(months).append(",\n  \"final_year\": { \"from_month\": ").append(months - 12)
                .append(", \"to_month\": ").append(months - 1).append(" },\n  \"outcomes\": [\n");
        boolean first = true;
        for (String ccg : ccgIds) {
            for (String o : OUTCOMES) {
                double[] st = stats(finalYear(sim, ccg, o, months, reps));
                js.append(first ? "" : ",\n").append("    { \"ccg\": \"").append(ccg).append("\", \"outcome\": \"").append(o)
                        .append("\", \"aggregate\": \"").append(aggregate(o)).append("\", \"n\": ").append(reps)
                        .append(", \"mean\": ").append(num(st[0])).append(", \"sd\": ").append(num(st[1])).append(", \"ci_low\": ")
                        .append(num(st[2])).append(", \"ci_high\": ").append(num(st[3])).append(" }");
                first = false;
            }
        }
        js.append("\n  ]\n}\n");
        write(dir.resolve("summary.json"), js.toString());
        write(dir.resolve("scenario.yaml"), scenarioYaml(style, ccgs, months, reps));
        if (optional) {
            writeContracts(dir, sim, ccgIds, months, reps);
            writeTrusts(dir, months, reps);
            writeEvents(dir, ccgIds, months, reps);
        }
        return dir;
    }

    /** Each replication's final-year value of an outcome, formed as summary.json says. */
    static double[] finalYear(Map<Integer, Map<String, Map<String, double[]>>> sim, String ccg, String o, int months, int reps) {
        double[] x = new double[reps];
        for (int r = 0; r < reps; r++) {
            double[] m = sim.get(r).get(ccg).get(o);
            double sum = 0;
            for (int t = months - 12; t < months; t++) {
                sum += m[t];
            }
            x[r] = switch (aggregate(o)) {
                case "sum" -> sum;
                case "last" -> m[months - 1];
                default -> sum / 12;
            };
        }
        return x;
    }

    private static String scenarioYaml(Style s, int ccgs, int months, int reps) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(s.name()).append("\ndescription: \"").append(s.description()).append("\"\nseed: 20130401\n")
                .append("months: ").append(months).append("\nreplications: ").append(reps).append("\n")
                .append("ccg:\n  id: stoke\n  management: { style: ").append(s.management()).append(", mix: 0.5 }\n")
                .append("  consultation: { mode: locality, share: 0.6 }\n")
                .append("  contracts: { refuseInherited: ").append(s.standoff()).append(", type: pbr }\n")
                .append("  fund: { use: primaryCare, available: 0.5 }\n  qualityPremium: { use: patients }\n");
        if (ccgs > 1) {
            y.append("ccgs:\n");
            for (int c = 0; c < ccgs; c++) {
                y.append("  - id: ").append(ccgId(c, ccgs)).append("\n    fund: { use: ").append(c == 0 ? "community" : "primaryCare").append(" }\n");
            }
        }
        y.append("areaTeam: { style: coaching, arbitrationAfterMonths: 4 }\nworld: { abolitionTalk: 0.1 }\n");
        return y.toString();
    }

    private static void writeContracts(Path dir, Map<Integer, Map<String, Map<String, double[]>>> sim, List<String> ccgIds,
                                       int months, int reps) throws IOException {
        StringBuilder b = new StringBuilder("replication,month,date,ccg,trust,state,gap_pct,contract_value\n");
        for (int r = 0; r < reps; r++) {
            for (String ccg : ccgIds) {
                if (ccg.equals("all")) {
                    continue;
                }
                double[] standoff = sim.get(r).get(ccg).get("contracts_in_standoff");
                for (String trust : List.of("uhns", "mid-staffs")) {
                    for (int t = 0; t < months; t++) {
                        String state;
                        if (trust.equals("uhns")) {
                            int end = 0;
                            while (end < months && standoff[end] > 0) {
                                end++;
                            }
                            state = t < end ? "standoff" : t < end + 2 && end > 0 ? "arbitrated" : t < 12 && end == 0 ? "inherited" : "signed";
                        } else {
                            state = t < 12 ? "inherited" : "signed";
                        }
                        b.append(r).append(',').append(t).append(',').append(date(t)).append(',').append(ccg).append(',').append(trust)
                                .append(',').append(state).append(',').append(state.equals("standoff") ? "4.5" : "0").append(',')
                                .append(trust.equals("uhns") ? "180000000" : "40000000").append('\n');
                    }
                }
            }
        }
        write(dir.resolve("contracts.csv"), b.toString());
    }

    private static void writeTrusts(Path dir, int months, int reps) throws IOException {
        StringBuilder b = new StringBuilder("replication,month,date,trust,income,plan_income,surplus,waiting_list,breaches_18wk,"
                + "overdue_follow_ups,bed_occupancy,mrsa_cases,resisting\n");
        Random rnd = new Random(7);
        for (int r = 0; r < reps; r++) {
            for (String trust : List.of("uhns", "mid-staffs")) {
                double scale = trust.equals("uhns") ? 1 : 0.25;
                for (int t = 0; t < months; t++) {
                    double plan = 15e6 * scale;
                    double income = plan * (0.99 - 0.002 * t + 0.01 * rnd.nextGaussian());
                    b.append(r).append(',').append(t).append(',').append(date(t)).append(',').append(trust).append(',')
                            .append(num(income)).append(',').append(num(plan)).append(',').append(num((income - plan) * (t % 12 + 1)))
                            .append(',').append(num(4000 * scale)).append(',').append(num(900 * scale)).append(',')
                            .append(num(40000 * scale)).append(",0.88,0,").append(t < 4 ? "true" : "false").append('\n');
                }
            }
        }
        write(dir.resolve("trusts.csv"), b.toString());
    }

    private static void writeEvents(Path dir, List<String> ccgIds, int months, int reps) throws IOException {
        StringBuilder b = new StringBuilder("replication,month,date,ccg,actor,type,detail\n");
        for (int r = 0; r < reps; r++) {
            for (String ccg : ccgIds) {
                if (ccg.equals("all")) {
                    continue;
                }
                b.append(r).append(",0,2013-04,").append(ccg).append(',').append(ccg).append(",standoff_opened,\"uhns: gap 6.0%\"\n");
                for (int t = 11; t < months; t += 12) {
                    String mrsa = (r + t) % 2 == 0 ? "MRSA 2 cases -25%" : "MRSA 1 case -12.5%";
                    b.append(r).append(',').append(t).append(',').append(date(t)).append(',').append(ccg).append(",nhs-england,")
                            .append("quality_premium_award,\"potential £800k; ").append(mrsa)
                            .append("; emergency admissions not reduced -25%; financial balance met\"\n");
                }
            }
        }
        write(dir.resolve("events.csv"), b.toString());
    }

    /** A compare folder: one run folder per scenario and comparison.csv (paired differences against the first). */
    public static Path compare(Path dir, int ccgs) throws IOException {
        List<Style> styles = List.of(Style.ENGAGEMENT, Style.DIRECTIVE);
        StringBuilder b = new StringBuilder("ccg,outcome,aggregate,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value\n");
        List<Map<Integer, Map<String, Map<String, double[]>>>> sims = new ArrayList<>();
        for (Style s : styles) {
            run(dir.resolve(s.name()), ccgs, s, MONTHS, 5, true);
            sims.add(simulate(ccgs, s, MONTHS, 5));
        }
        List<String> ccgIds = new ArrayList<>(sims.get(0).get(0).keySet());
        for (String ccg : ccgIds) {
            for (String o : OUTCOMES) {
                double[] ref = finalYear(sims.get(0), ccg, o, MONTHS, 5);
                for (int i = 0; i < styles.size(); i++) {
                    double[] x = finalYear(sims.get(i), ccg, o, MONTHS, 5);
                    double[] st = stats(x);
                    b.append(ccg).append(',').append(o).append(',').append(aggregate(o)).append(',').append(styles.get(i).name())
                            .append(",5,").append(num(st[0])).append(',').append(num(st[2])).append(',').append(num(st[3]));
                    if (i == 0) {
                        b.append(",,,,\n");
                    } else {
                        double[] d = new double[x.length];
                        for (int k = 0; k < d.length; k++) {
                            d[k] = x[k] - ref[k];
                        }
                        double[] ds = stats(d);
                        double p = ds[1] == 0 ? 1 : new TTest().pairedTTest(x, ref);
                        b.append(',').append(num(ds[0])).append(',').append(num(ds[2])).append(',').append(num(ds[3])).append(',')
                                .append(num(p)).append('\n');
                    }
                }
            }
        }
        write(dir.resolve("comparison.csv"), b.toString());
        return dir;
    }

    /** sweep_summary.csv over one or two parameters. */
    public static Path sweep(Path dir, int parameters) throws IOException {
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("point");
        List<String> params = parameters == 1 ? List.of("ccg.management.mix") : List.of("ccg.management.mix", "ccg.fund.available");
        for (String p : params) {
            b.append(',').append(p);
        }
        b.append(",outcome,n,mean,ci_low,ci_high\n");
        double[] mixes = {0, 0.25, 0.5, 0.75, 1};
        double[] funds = parameters == 1 ? new double[] {0.5} : new double[] {0, 0.5, 1};
        int point = 0;
        for (double mix : mixes) {
            for (double fund : funds) {
                double eng = 0.62 - 0.2 * mix + 0.03 * fund;
                double qipp = 11e6 + 2e6 * (1 - mix) + 1e6 * fund;
                b.append(point).append(',').append(num(mix)).append(parameters == 2 ? "," + num(fund) : "")
                        .append(",engagement_mean,10,").append(num(eng)).append(',').append(num(eng - 0.02)).append(',').append(num(eng + 0.02)).append('\n');
                b.append(point).append(',').append(num(mix)).append(parameters == 2 ? "," + num(fund) : "")
                        .append(",qipp_delivered,10,").append(num(qipp)).append(',').append(num(qipp - 4e5)).append(',').append(num(qipp + 4e5)).append('\n');
                point++;
            }
        }
        write(dir.resolve("sweep_summary.csv"), b.toString());
        return dir;
    }

    public static Path sensitivity(Path dir, boolean sobol) throws IOException {
        Files.createDirectories(dir);
        List<String> params = List.of("ccg.management.mix", "ccg.fund.available", "areaTeam.arbitrationAfterMonths", "world.abolitionTalk");
        StringBuilder b = new StringBuilder(sobol ? "method,outcome,parameter,s1,s1_low,s1_high,st,st_low,st_high,rank\n"
                : "method,outcome,parameter,mu_star,mu,sigma,rank\n");
        for (String o : List.of("engagement_mean", "qipp_delivered")) {
            double scale = o.equals("qipp_delivered") ? 2e6 : 0.1;
            for (int i = 0; i < params.size(); i++) {
                double v = (params.size() - i) / (double) params.size();
                if (sobol) {
                    b.append("sobol,").append(o).append(',').append(params.get(i)).append(',').append(num(v * 0.5)).append(',')
                            .append(num(v * 0.5 - 0.05)).append(',').append(num(v * 0.5 + 0.05)).append(',').append(num(v * 0.6))
                            .append(',').append(num(v * 0.6 - 0.05)).append(',').append(num(v * 0.6 + 0.05)).append(',').append(i + 1).append('\n');
                } else {
                    b.append("morris,").append(o).append(',').append(params.get(i)).append(',').append(num(v * scale)).append(',')
                            .append(num(-v * scale)).append(',').append(num(v * scale * 0.3)).append(',').append(i + 1).append('\n');
                }
            }
        }
        write(dir.resolve("sensitivity.csv"), b.toString());
        return dir;
    }

    /** {mean, sd, ci_low, ci_high}, 95% Student t. */
    static double[] stats(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : 0;
        return new double[] {mean, sd, mean - half, mean + half};
    }

    static String date(int month) {
        int c = 3 + month;
        return String.format(Locale.ROOT, "%d-%02d", 2013 + c / 12, c % 12 + 1);
    }

    static String num(double v) {
        return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
