package org.ccgsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.ccgsim.scenario.AreaTeamParams;
import org.ccgsim.scenario.CcgParams;
import org.ccgsim.scenario.PracticeParams;
import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.TariffParams;
import org.ccgsim.scenario.TrustParams;
import org.ccgsim.scenario.WorldParams;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The health economy: CCGs with their member practices, acute trusts and Area Teams, stepped
 * monthly from April 2013 in the order of docs/ODD.md section 3 (process overview and scheduling): changes, Area Teams, CCGs
 * (each followed by its practices), trusts, accounts. The economy owns its {@link Scenario} copy: events and GUI levers
 * change it in place, so each replication gets a fresh one from the supplier.
 */
public class HealthEconomy extends SimState {
    private static final long serialVersionUID = 1L;

    public static final int ORDER_CHANGES = 0;
    public static final int ORDER_AREA_TEAMS = 1;
    /** Each CCG, followed at once by its practices (once ordering 3 of their own): see {@link #start}. */
    public static final int ORDER_CCGS = 2;
    public static final int ORDER_TRUSTS = 4;
    public static final int ORDER_ACCOUNTS = 5;

    private final transient Supplier<Scenario> scenarioSupplier;
    private final transient Function<Scenario, List<ScheduledChange>> changeCompiler;
    /** Who watches this run (the GUI, a replication's recorder): not part of a checkpoint. */
    private transient List<EconomyObserver> observers = new ArrayList<>();
    private final List<ScheduledChange> pendingChanges = new ArrayList<>();
    /** Makes the random streams at start (see {@link RandomStreams}); the benchmark's draw counter substitutes a counting one. */
    private transient RandomStreams.Maker streamMaker = MersenneTwisterFast::new;

    Scenario scenario;
    PracticeParams practiceParams;
    TariffParams tariff;
    WorldParams world;
    Ccg[] ccgs;
    AcuteTrust[] trusts;
    AreaTeam[] areaTeams;
    Practice[] practices;
    Ledger ledger;
    /** This month's emergency demand against the year's mean (winter peak; see {@link #startMonth}). */
    double emergencySeason = 1;
    /** This financial year's winter against an average one (0 = no winter peak). */
    double winterSeverity = 1;

    /** Emergencies in month {@code m} against the year's mean: a cosine season peaking in January, {@code severity} times the average winter's. */
    double emergencySeason(int m, double severity) {
        return 1 + world.winterPeakPct / 100 * severity * Math.cos(2 * Math.PI * (m % 12 - 9) / 12.0);
    }
    /** The world's stream: each year's winter. */
    MersenneTwisterFast winterRandom;
    int nhsEnglandAccount, otherCommissionersAccount, prescribingAccount, otherProvidersAccount,
            practicesAccount, communityAccount, socialCareAccount, runningCostsAccount, suppliersAccount;

    /**
     * @param scenarioSupplier a fresh copy of the scenario for each start
     * @param changeCompiler   turns the scenario's timed events into changes (the scenario package's job)
     */
    public HealthEconomy(long seed, Supplier<Scenario> scenarioSupplier, Function<Scenario, List<ScheduledChange>> changeCompiler) {
        super(seed);
        this.scenarioSupplier = scenarioSupplier;
        this.changeCompiler = changeCompiler;
    }

    public void addObserver(EconomyObserver observer) { observers.add(observer); }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        observers = new ArrayList<>(); // a restored run has no watchers until someone adds one
        streamMaker = MersenneTwisterFast::new;
    }

    public void removeObserver(EconomyObserver observer) { observers.remove(observer); }

    /** How the next start makes its random streams (the benchmark counts draws with its own generator). */
    public void setStreamMaker(RandomStreams.Maker maker) { streamMaker = maker; }

    /** The current month: 0 is April 2013. */
    public int month() { return (int) Math.round(schedule.getTime()); }

    @Override
    public void start() {
        super.start();
        scenario = scenarioSupplier.get();
        practiceParams = scenario.practice;
        tariff = scenario.tariff;
        world = scenario.world;
        pendingChanges.clear();
        pendingChanges.addAll(changeCompiler.apply(scenario));
        build();
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_CHANGES, (Steppable) s -> startMonth(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_AREA_TEAMS, new Sequence(areaTeams), 1.0);
        // each CCG's month and then its practices', CCG by CCG in scenario order: the numbers of stepping every CCG and then
        // every CCG's practices (no CCG reads another's practices, draws or month before its end: neighbours see each other as
        // they were at last month's end), but each CCG's state and members come into the processor's cache once, not twice
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_CCGS, (Steppable) s -> { for (Ccg c : ccgs) { c.step(this); c.stepPractices(this); } }, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_TRUSTS, new Sequence(trusts), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ACCOUNTS, (Steppable) s -> closeMonth(), 1.0);
    }

    private void build() {
        // derived after any reseeding of random (the GUI reseeds before start), one draw whatever the scenario
        RandomStreams streams = new RandomStreams(streamMaker, random);
        winterRandom = streams.ofWorld("winter");
        ledger = new Ledger();
        nhsEnglandAccount = ledger.open("NHS England (allocations, quality premium)");
        otherCommissionersAccount = ledger.open("Other commissioners");
        prescribingAccount = ledger.open("Primary-care prescribing");
        otherProvidersAccount = ledger.open("Other providers (mental health, community, continuing care)");
        practicesAccount = ledger.open("GP practices (investment, incentives)");
        communityAccount = ledger.open("Community services (transformation fund)");
        socialCareAccount = ledger.open("Social care (transformation fund)");
        runningCostsAccount = ledger.open("CCG running costs");
        suppliersAccount = ledger.open("Trust staff and suppliers");

        List<AreaTeamParams> atParams = scenario.areaTeams.isEmpty() ? List.of(scenario.areaTeam) : scenario.areaTeams;
        areaTeams = new AreaTeam[atParams.size()];
        Map<String, AreaTeam> areaTeamById = new LinkedHashMap<>();
        for (int i = 0; i < areaTeams.length; i++) {
            areaTeams[i] = new AreaTeam(i, atParams.get(i));
            areaTeamById.put(atParams.get(i).id, areaTeams[i]);
        }

        List<CcgParams> ccgParams = scenario.ccgs.isEmpty() ? List.of(scenario.ccg) : scenario.ccgs;
        ccgs = new Ccg[ccgParams.size()];
        Map<String, Ccg> ccgById = new LinkedHashMap<>();
        List<Practice> all = new ArrayList<>();
        for (int i = 0; i < ccgs.length; i++) {
            CcgParams p = ccgParams.get(i);
            Ccg ccg = new Ccg(i, p, ledger.open(p.name));
            ccgs[i] = ccg;
            ccgById.put(p.id, ccg);
            ccg.random = streams.ofCcg(p.id);
            ccg.areaTeam = p.areaTeam == null || p.areaTeam.isEmpty() ? areaTeams[0] : areaTeamById.get(p.areaTeam);
            if (ccg.areaTeam == null) throw new IllegalArgumentException("CCG " + p.id + ": unknown Area Team " + p.areaTeam);
            ccg.areaTeam.addCcg(ccg);
            ccg.practices = createPractices(ccg);
            for (Practice pr : ccg.practices) all.add(pr);
        }
        practices = all.toArray(new Practice[0]);

        List<TrustParams> trustParams = scenario.trusts.isEmpty() ? List.of(scenario.trust) : scenario.trusts;
        trusts = new AcuteTrust[trustParams.size()];
        List<List<Contract>> contractsOf = new ArrayList<>();
        for (int i = 0; i < ccgs.length; i++) contractsOf.add(new ArrayList<>());
        int unlisted = 0;
        for (TrustParams t : trustParams) if (t.serves == null || t.serves.isEmpty()) unlisted++;
        for (int i = 0; i < trusts.length; i++) {
            TrustParams t = trustParams.get(i);
            trusts[i] = new AcuteTrust(i, t, ledger.open(t.name));
            trusts[i].random = streams.ofTrust(t.id);
            if (t.serves == null || t.serves.isEmpty()) {
                for (Ccg ccg : ccgs) {
                    double listed = listedShare(trustParams, ccg.params.id);
                    if (listed < 1) contractsOf.get(ccg.index).add(connect(streams, ccg, trusts[i], (1 - listed) / unlisted));
                }
            } else {
                for (Map.Entry<String, Double> e : t.serves.entrySet()) {
                    Ccg ccg = ccgById.get(e.getKey());
                    if (ccg == null) throw new IllegalArgumentException("Trust " + t.id + " serves unknown CCG " + e.getKey());
                    if (e.getValue() > 0) contractsOf.get(ccg.index).add(connect(streams, ccg, trusts[i], e.getValue()));
                }
            }
        }
        for (Ccg ccg : ccgs) {
            List<Contract> cs = contractsOf.get(ccg.index);
            double total = 0;
            for (Contract c : cs) total += c.share;
            if (cs.isEmpty() || Math.abs(total - 1) > 1e-6) {
                throw new IllegalArgumentException("CCG " + ccg.params.id + ": trusts' shares of its activity sum to " + total + ", not 1");
            }
            ccg.contracts = cs.toArray(new Contract[0]);
        }
        for (Ccg ccg : ccgs) {
            ccg.partners.findNeighbours(ccgs);
            ccg.initialise(this);
        }
        for (AcuteTrust t : trusts) t.initialise(this);
    }

    private static double listedShare(List<TrustParams> trusts, String ccgId) {
        double s = 0;
        for (TrustParams t : trusts) if (t.serves != null && t.serves.containsKey(ccgId)) s += t.serves.get(ccgId);
        return s;
    }

    private Contract connect(RandomStreams streams, Ccg ccg, AcuteTrust trust, double share) {
        Contract c = new Contract(ccg, trust, share);
        c.random = streams.ofContract(ccg.params.id, trust.params.id);
        trust.addContract(c);
        return c;
    }

    /** Practices with list sizes, referral habits, engagement and workload drawn from the scenario's distributions. */
    private Practice[] createPractices(Ccg ccg) {
        CcgParams p = ccg.params;
        PracticeParams pp = practiceParams;
        MersenneTwisterFast random = ccg.random.practices();
        double mean = pp.engagementMean, sd = pp.engagementSd;
        double variance = Math.min(sd * sd, 0.95 * mean * (1 - mean));
        BetaDistribution engagement = null;
        if (variance > 1e-9 && mean > 0 && mean < 1) {
            double common = mean * (1 - mean) / variance - 1;
            engagement = new BetaDistribution(new MasonRandom(random), mean * common, (1 - mean) * common);
        }
        Practice[] result = new Practice[p.practices];
        ccg.map = PracticeMap.lay(random, p.practices, p.localities, pp.peers, p.localityLeadSpread > 0);
        double sigma = pp.referralSpread;
        for (int i = 0; i < result.length; i++) {
            int list = (int) Math.round(Math.max(Math.max(500, 0.2 * p.listSizeMean), p.listSizeMean + p.listSizeSd * random.nextGaussian()));
            double multiplier = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
            double e = engagement == null ? mean : engagement.sample();
            double workload = Math.max(0.5, 1 + pp.workloadSpread * random.nextGaussian());
            result[i] = new Practice(i, ccg, ccg.map.localityOf(i), list, multiplier, e, workload);
        }
        ccg.map.place(result);
        return result;
    }

    private void startMonth() {
        ledger.startMonth();
        for (AcuteTrust t : trusts) for (Contract c : t.contracts) c.startMonth();
        int m = month();
        for (int i = 0; i < pendingChanges.size(); i++) {
            ScheduledChange change = pendingChanges.get(i);
            if (change.month() <= m) {
                change.apply(this);
                for (Ccg ccg : ccgs) log(ccg, "scenario", "parameter_change", change.describe());
                pendingChanges.remove(i--);
            }
        }
        // each financial year draws its winter; emergency demand follows a cosine, highest in January (month 9)
        if (m % 12 == 0) winterSeverity = Math.max(0, 1 + world.winterSeveritySd * winterRandom.nextGaussian());
        emergencySeason = emergencySeason(m, winterSeverity);
    }

    /** National tariff prices this month against 2013/14. */
    double tariffIndex() { return tariff.priceIndex(month() / 12); }

    private void closeMonth() {
        int m = month();
        for (Ccg ccg : ccgs) ccg.endMonth(this, m);
        for (EconomyObserver o : observers) o.monthEnded(this, m);
    }

    void contractRound(Ccg ccg, int m) {
        for (Contract c : ccg.contracts) ContractRound.open(this, c, m);
    }

    AreaTeamParams areaTeamParamsOf(Ccg ccg) { return ccg.areaTeam.params; }

    /** Whether anyone listens to events: callers that build a costly message check first. */
    boolean logging() { return !observers.isEmpty(); }

    void log(Ccg ccg, String actor, String type, String detail) {
        int m = month();
        for (EconomyObserver o : observers) o.event(this, m, ccg, actor, type, detail);
    }

    /** Steps {@code months} months, one schedule step each: the run loop of every headless use. */
    public void runMonths(int months) {
        for (int m = 0; m < months; m++) schedule.step(this);
    }

    /** One whole replication: start, every month of the scenario, finish. */
    public void runToHorizon() {
        start();
        runMonths(scenario.months);
        finish();
    }

    /** Queues a change for the start of next month (GUI levers use this). */
    public void changeNextMonth(ScheduledChange change) {
        pendingChanges.add(change);
    }

    /** Takes back a queued change that has not been applied yet (a GUI lever moved back where it was). */
    public boolean withdrawChange(ScheduledChange change) { return pendingChanges.remove(change); }

    public Scenario scenario() { return scenario; }
    public Ccg[] ccgs() { return ccgs; }
    public AcuteTrust[] trusts() { return trusts; }
    public AreaTeam[] areaTeams() { return areaTeams; }
    public Practice[] practices() { return practices; }
    public Ledger ledger() { return ledger; }
}
