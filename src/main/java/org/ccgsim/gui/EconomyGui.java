package org.ccgsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.ReplicationSeeds;
import org.ccgsim.scenario.Months;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.experiment.ScenarioFiles;
import org.ccgsim.model.AcuteTrust;
import org.ccgsim.model.AreaTeam;
import org.ccgsim.model.Ccg;
import org.ccgsim.model.Contract;
import org.ccgsim.model.EconomyObserver;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.model.Practice;
import org.ccgsim.model.ScheduledChange;
import org.ccgsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The teaching GUI: MASON's Console with a picture of the health economy, the policy levers in
 * the Model tab, live charts, an events ticker, a Scenario menu and an About page.
 *
 * <p>Threads: the Console steps the model on its own thread; the model's observer callbacks run
 * there too, so they only take a snapshot and pass it to the Swing thread with invokeLater. The
 * GUI never draws from the model's random number generator, so a run is the same with or without it.
 */
public class EconomyGui extends GUIState {
    static final int DISPLAY_SIZE = 700;

    /** The scenario each start begins from; a holder, because the economy is built before this GUIState. */
    private static final class ScenarioSource {
        volatile Scenario template;
        ScenarioSource(Scenario s) { template = ScenarioCopies.copy(s); }
        Scenario fresh() { return ScenarioCopies.copy(template); }
    }

    private final ScenarioSource source;
    private final Function<Path, Scenario> loader;
    private final List<Path> shippedScenarios;
    private final Function<Scenario, List<ScheduledChange>> changeCompiler;
    private final Relay relay = new Relay();
    final Levers levers;
    /** The Console's seed for the live run: the run is replication 0 of {@code ./ccgsim run} with this seed. */
    volatile long consoleSeed;
    /** Lever settings the live run started with, to label it when it becomes an earlier run. */
    private java.util.LinkedHashMap<String, String> runSettings;
    private long runSeed;
    private int runNumber;
    private volatile boolean leverMoved;
    /** The economy came from a checkpoint: it cannot start afresh, so the next start builds a new one. */
    private volatile boolean reopened;
    /** The live run's months, for the debrief. Swing thread. */
    final List<EconomyFigures> history = new ArrayList<>();
    /** Every agent's inspected numbers month by month, for "Chart over time". */
    final AgentHistory agentHistory = new AgentHistory();
    JFrame debriefFrame;
    javax.swing.JEditorPane debrief;

    private final ContinuousPortrayal2D agentsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D flowsPortrayal = new NetworkPortrayal2D();
    private volatile EconomyLayout layout;
    private volatile double largestFlow;
    private volatile int contractCount;
    private volatile boolean running;
    /** Counts starts, so snapshots from a run that has been stopped are dropped. */
    private volatile int generation;

    public Display2D display;
    public JFrame displayFrame;
    JFrame chartsFrame;
    JFrame tickerFrame;
    /** The practices of a CCG where they are, with the peer links on request; opened from View. */
    PracticeMap2D map;
    LiveCharts charts;
    EventsTicker ticker;
    LegendPanel legend;

    public static String getName() { return "ccgsim: a CCG and its health economy"; }

    public static Object getInfo() { return EconomyGui.class.getResource("about.html"); }

    /**
     * @param scenario          the scenario to start from (copied: the GUI never changes the caller's object)
     * @param loader            reads a scenario file, throwing an unchecked exception with a readable message if it is bad
     * @param shippedScenarios  scenario files offered in the Scenario menu
     * @param changeCompiler    turns a scenario's timed events into changes (scenario events)
     */
    public EconomyGui(Scenario scenario, Function<Path, Scenario> loader, List<Path> shippedScenarios,
                      Function<Scenario, List<ScheduledChange>> changeCompiler) {
        this(new ScenarioSource(scenario), loader, shippedScenarios, changeCompiler);
    }

    private EconomyGui(ScenarioSource source, Function<Path, Scenario> loader, List<Path> shippedScenarios,
                       Function<Scenario, List<ScheduledChange>> changeCompiler) {
        super(new HealthEconomy(source.template.seed, source::fresh, changeCompiler));
        this.source = source;
        this.loader = loader;
        this.shippedScenarios = List.copyOf(shippedScenarios);
        this.changeCompiler = changeCompiler;
        this.consoleSeed = source.template.seed;
        this.levers = new Levers(this::economy, () -> source.template, () -> running);
        economy().addObserver(relay);
    }

    public HealthEconomy economy() { return (HealthEconomy) state; }

    /** The scenario the next start begins from. */
    public Scenario startingScenario() { return source.template; }

    EconomyLayout layout() { return layout; }

    /** For tests: the portrayal of the agents, as the display hit-tests it. */
    ContinuousPortrayal2D agentsPortrayal() { return agentsPortrayal; }

    // ---- launching ----

    /**
     * Opens the Console for a scenario. Call from any thread; returns once the windows are up.
     *
     * @param scenario         the scenario to start from
     * @param loader           reads a scenario file (for the Scenario menu); may throw an unchecked exception whose message is shown
     * @param shippedScenarios files listed in the Scenario menu, e.g. scenarios/*.yaml
     * @return the GUI, whose {@code controller} is the Console
     */
    public static EconomyGui launch(Scenario scenario, Function<Path, Scenario> loader, List<Path> shippedScenarios) {
        return launch(scenario, loader, shippedScenarios, EventCompiler::compile);
    }

    /** As {@link #launch(Scenario, Function, List)}, with the compiler of the scenario's timed events. */
    public static EconomyGui launch(Scenario scenario, Function<Path, Scenario> loader, List<Path> shippedScenarios,
                                    Function<Scenario, List<ScheduledChange>> changeCompiler) {
        EconomyGui gui = new EconomyGui(scenario, loader, shippedScenarios, changeCompiler);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Console console = new EconomyConsole(gui);
                console.setIncrementSeedOnStop(false); // restarting replays the same seed
                console.setBounds(WindowPlan.of(screen()).console());
                console.setVisible(true);
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not open the GUI", e);
        }
        return gui;
    }

    /** Reads a scenario file as every front end does (experiment.ScenarioFiles), problems as one readable message. */
    public static Scenario load(Path file) {
        return ScenarioFiles.load(file, List.of()).scenario();
    }

    /** The .yaml files of a folder, sorted; none if it does not exist. */
    public static List<Path> scenariosIn(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** {@code java org.ccgsim.gui.EconomyGui [SCENARIO.yaml]}: the GUI without the CLI. */
    public static void main(String[] args) {
        Scenario s = args.length > 0 ? load(Paths.get(args[0])) : new Scenario();
        launch(s, EconomyGui::load, scenariosIn(Paths.get("scenarios")));
    }

    // ---- GUIState ----

    /**
     * Starts a run. The Console has just set its seed s; the run uses replication 0's seed of
     * {@code ./ccgsim run --seed s} ({@link ReplicationSeeds}), so the screen and the report agree.
     * The run before it stays on the charts as an earlier run, labelled by the levers that differed.
     */
    @Override
    public void start() {
        long seed = state.seed();
        if (reopened) { // a reopened economy has no scenario source: start a new one from the menu's scenario
            state = new HealthEconomy(seed, source::fresh, changeCompiler);
            economy().addObserver(relay);
            reopened = false;
        }
        java.util.LinkedHashMap<String, String> settings = levers.settings();
        if (charts != null && runSettings != null) charts.keepAsGhost(earlierRunLabel(settings, seed));
        // not setSeed, which MASON cuts to 32 bits: the generator ./ccgsim run builds for replication 0
        state.random = new ec.util.MersenneTwisterFast(ReplicationSeeds.seed(seed, 0));
        super.start();
        consoleSeed = seed;
        runSeed = seed;
        runSettings = settings;
        runNumber++;
        leverMoved = false;
        largestFlow = 0;
        beginShowing();
        if (debriefFrame != null) debriefFrame.setVisible(false);
    }

    /** A run starts or is reopened: fresh histories, pictures, charts and ticker for the economy now shown. */
    private void beginShowing() {
        running = true;
        generation++;
        levers.clearPending();
        history.clear();
        agentHistory.clear();
        setupPortrayals();
        if (charts != null) charts.clear();
        if (ticker != null) ticker.clear();
    }

    /** "run 2: management style directive, seed 4": what the earlier run had that the new one does not. */
    private String earlierRunLabel(java.util.Map<String, String> next, long nextSeed) {
        List<String> differ = new ArrayList<>();
        for (var e : runSettings.entrySet()) {
            if (!e.getValue().equals(next.get(e.getKey()))) differ.add(e.getKey().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue());
        }
        if (runSeed != nextSeed) differ.add("seed " + runSeed);
        if (leverMoved) differ.add("levers moved during the run");
        return "run " + runNumber + ": " + (differ.isEmpty() ? "same levers and seed" : String.join(", ", differ));
    }

    /** Steps a month; returns false (the Console stops) once the run reaches its horizon, the scenario's months. */
    @Override
    public boolean step() {
        boolean more = super.step();
        HealthEconomy e = economy();
        if (more && e.scenario() != null && e.month() >= e.scenario().months - 1) {
            int month = e.month();
            int run = generation;
            SwingUtilities.invokeLater(() -> { if (run == generation) reachedHorizon(month); });
            return false;
        }
        return more;
    }

    /** Whether the live run has reached its horizon. */
    boolean atHorizon() {
        HealthEconomy e = economy();
        return e.scenario() != null && e.month() >= e.scenario().months - 1;
    }

    private void reachedHorizon(int month) {
        if (ticker != null) ticker.add(month, null, "scenario", "The run reached its horizon, " + Months.longLabel(month)
                + ": the debrief says what happened. Press play to run it again (earlier runs stay on the charts)");
        showDebrief();
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    /** A run reopened from a checkpoint replaces the live one; it carries on from the month it was saved at. */
    @Override
    public void load(SimState s) {
        super.load(s);
        reopened = true;
        economy().addObserver(relay);
        beginShowing();
    }

    // ---- checkpoints ----

    /** File → Save: writes the run as a MASON checkpoint; a failure is a dialog and leaves any old file as it was. */
    boolean saveCheckpoint(java.awt.Component parent, Path file) {
        try {
            GuiCheckpoints.save(economy(), file);
        } catch (java.io.IOException | RuntimeException e) {
            problem(parent, "Run not saved", file + "\n\n" + e.getMessage());
            return false;
        }
        if (ticker != null) ticker.add(economy().month(), null, "scenario", "Run saved to " + file.getFileName() + " at " + Months.longLabel(economy().month()));
        return true;
    }

    /** File → Open: replaces the live run by a saved one, paused at the month it was saved; a bad file is a dialog and changes nothing. */
    boolean openCheckpoint(Console console, Path file) {
        HealthEconomy restored;
        try {
            restored = GuiCheckpoints.read(file);
        } catch (java.io.IOException e) {
            problem(console, "Run not opened", e.getMessage());
            return false;
        }
        if (console.getPlayState() == Console.PS_PLAYING) console.pressPause();
        if (console.getPlayState() == Console.PS_STOPPED) console.pressPause(); // a run to replace, paused
        synchronized (state.schedule) {
            finish();
            load(restored);
        }
        if (ticker != null) ticker.add(restored.month(), null, "scenario", "Run reopened from " + file.getFileName()
                + " at " + Months.longLabel(restored.month()) + ": press play or step to carry on");
        console.refresh();
        return true;
    }

    private static void problem(java.awt.Component parent, String title, String message) {
        lastProblem = title + ": " + message;
        if (GraphicsEnvironment.isHeadless()) throw new IllegalStateException(lastProblem);
        // not modal: the run's windows stay usable, and a test can read and close it
        javax.swing.JDialog d = new JOptionPane(message, JOptionPane.ERROR_MESSAGE).createDialog(parent, title);
        d.setModal(false);
        d.setVisible(true);
    }

    /** The last problem shown in a dialog, for tests. */
    static volatile String lastProblem;

    /** Places the started economy's agents in a field and links each CCG to its trusts by its contracts. */
    void setupPortrayals() {
        HealthEconomy e = economy();
        EconomyLayout l = EconomyLayout.of(e, DISPLAY_SIZE, DISPLAY_SIZE);
        layout = l;
        Continuous2D space = new Continuous2D(5.0, l.width(), l.height());
        for (Map.Entry<Object, Double2D> p : l.positions().entrySet()) space.setObjectLocation(p.getKey(), p.getValue());
        Network flows = new Network(true);
        int contracts = 0;
        for (Ccg c : e.ccgs()) {
            for (Contract k : c.contracts()) {
                flows.addEdge(c, k.trust, k);
                contracts++;
            }
        }
        contractCount = contracts;
        agentsPortrayal.setField(space);
        agentsPortrayal.setPortrayalForClass(Practice.class, new EconomyPortrayals.PracticePortrayal(this::layout));
        agentsPortrayal.setPortrayalForClass(Ccg.class, new EconomyPortrayals.CcgPortrayal(this::layout));
        agentsPortrayal.setPortrayalForClass(AcuteTrust.class, new EconomyPortrayals.TrustPortrayal(this::layout));
        agentsPortrayal.setPortrayalForClass(AreaTeam.class, new EconomyPortrayals.AreaTeamPortrayal(this::layout));
        agentsPortrayal.setPortrayalForClass(EconomyLayout.LocalityLabel.class, new EconomyPortrayals.LocalityPortrayal(this::layout));
        flowsPortrayal.setField(new SpatialNetwork2D(space, flows));
        flowsPortrayal.setPortrayalForAll(new EconomyPortrayals.FlowPortrayal(() -> largestFlow, () -> contractCount,
                () -> layout.crowded(), () -> layout.large()));
        if (display != null) {
            display.reset();
            display.repaint();
        }
        if (legend != null) legend.repaint(); // it says what this layout draws
        if (map != null) map.showEconomy(e);
        if (displayFrame != null) displayFrame.setTitle("Health economy: " + e.scenario().name);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        WindowPlan plan = WindowPlan.of(screen());
        display = new Display2D(DISPLAY_SIZE, DISPLAY_SIZE, this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(flowsPortrayal, "Referral flows and contracts");
        display.attach(agentsPortrayal, "Practices, CCGs, trusts, Area Team");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Health economy: " + source.template.name);
        legend = new LegendPanel(this::layout);
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        displayFrame.setBounds(plan.picture());
        displayFrame.validate();
        fitPicture();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts();
        chartsFrame = new JFrame("Live charts");
        chartsFrame.getContentPane().add(new RunsBar(this), BorderLayout.NORTH);
        chartsFrame.getContentPane().add(charts, BorderLayout.CENTER);
        chartsFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartsFrame.setBounds(plan.charts());
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);

        ticker = new EventsTicker();
        tickerFrame = new JFrame("Events");
        tickerFrame.getContentPane().add(ticker);
        tickerFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        tickerFrame.setBounds(plan.events());
        c.registerFrame(tickerFrame);
        tickerFrame.setVisible(true);

        debrief = new javax.swing.JEditorPane("text/html", "");
        debrief.setEditable(false);
        debriefFrame = new JFrame("Debrief: what happened in this run");
        debriefFrame.getContentPane().add(new javax.swing.JScrollPane(debrief));
        debriefFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        debriefFrame.setBounds(plan.debrief());
        c.registerFrame(debriefFrame);

        map = new PracticeMap2D(this, c, plan.map()); // listed in the Console's Displays tab, hidden until asked for

        if (c instanceof Console console) {
            addScenarioMenu(console);
            addViewMenu(console);
            EconomyConsole.renameNew(console);
        }
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, chartsFrame, tickerFrame, debriefFrame}) if (f != null) f.dispose();
        if (map != null) map.quit();
        map = null;
        displayFrame = chartsFrame = tickerFrame = debriefFrame = null;
        legend = null;
        display = null;
    }

    @Override
    public Object getSimulationInspectedObject() { return levers; }

    /** The levers in a fixed order, refreshed every step (scenario events can move them too). */
    @Override
    public Inspector getInspector() {
        Inspector i = new SimpleInspector(new OrderedProperties(levers, Levers.ORDER), this, "Policy levers",
                getMaximumPropertiesForInspector());
        i.setVolatile(true);
        return i;
    }

    // ---- scenarios ----

    private void addScenarioMenu(Console console) {
        JMenu menu = new JMenu("Scenario");
        for (Path p : shippedScenarios) {
            String name = p.getFileName().toString().replaceFirst("\\.yaml$", "");
            JMenuItem item = new JMenuItem(name);
            item.addActionListener(a -> switchTo(console, p));
            menu.add(item);
        }
        if (!shippedScenarios.isEmpty()) menu.addSeparator();
        JMenuItem open = new JMenuItem("Open scenario file...");
        open.addActionListener(a -> {
            Path dir = shippedScenarios.isEmpty() ? Paths.get(".") : shippedScenarios.get(0).toAbsolutePath().getParent();
            JFileChooser chooser = new JFileChooser(dir.toFile());
            chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml)", "yaml", "yml"));
            if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) switchTo(console, chooser.getSelectedFile().toPath());
        });
        menu.add(open);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    /** View → Map of practices: the practices where they are, over the charts (close it to see them again). */
    private void addViewMenu(Console console) {
        JMenu menu = new JMenu("View");
        JMenuItem item = new JMenuItem("Map of practices (peer links: Layers button)");
        item.addActionListener(a -> showMap());
        menu.add(item);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    /** Opens the map of practices in front. Swing thread. */
    void showMap() {
        if (map != null) map.open();
    }

    /** File → New: ccgsim's scenarios by name (never MASON's demos); picking one loads it as the Scenario menu does. */
    void chooseScenario(Console console) {
        String[] names = scenarioNames().toArray(new String[0]);
        if (names.length == 0) {
            problem(console, "No scenarios", "No scenario files were found in ./scenarios: use Scenario → Open scenario file...");
            return;
        }
        Object pick = JOptionPane.showInputDialog(console, "Start a new run from which scenario?", "New run",
                JOptionPane.QUESTION_MESSAGE, null, names, names[0]);
        if (pick != null) switchTo(console, shippedScenarios.get(java.util.Arrays.asList(names).indexOf(pick)));
    }

    /** The names File → New offers. */
    List<String> scenarioNames() {
        return shippedScenarios.stream().map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();
    }

    /** Scales the picture to the space its frame leaves it, so it needs no scroll bars. */
    void fitPicture() {
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.validate();
        java.awt.Dimension room = display.display.getViewport().getExtentSize();
        double scale = Math.min(room.width, room.height) / (double) DISPLAY_SIZE;
        if (scale > 0.2) display.setScale(Math.floor(scale * 100) / 100);
    }

    /** The usable screen (without task bars). */
    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    // ---- the debrief ----

    /** Shows what happened in the live run, in words from its own numbers. Swing thread. */
    void showDebrief() {
        if (debrief == null || history.isEmpty()) return;
        debrief.setText(Debrief.html(economy().scenario().name, runSeed, history, runSettings, ticker == null ? List.of() : ticker.leverLines()));
        debrief.setCaretPosition(0);
        debriefFrame.setVisible(true);
        debriefFrame.toFront();
    }

    // ---- many seeds ----

    /**
     * Runs the current levers (the scenario the next start begins from) with n seeds headless on
     * the experiment runner, in the background, and draws the band across them. Replication 0 is
     * the run the GUI shows with the same Console seed.
     */
    javax.swing.SwingWorker<SeedBand, Integer> runSeeds(int n, java.util.function.IntConsumer progress) {
        Scenario s = ScenarioCopies.copy(source.template);
        s.replications = n;
        s.seed = consoleSeed;
        javax.swing.SwingWorker<SeedBand, Integer> worker = new javax.swing.SwingWorker<>() {
            @Override
            protected SeedBand doInBackground() throws Exception {
                return SeedBand.run(s, changeCompiler, k -> publish(k));
            }

            @Override
            protected void process(List<Integer> done) { progress.accept(done.get(done.size() - 1)); }

            @Override
            protected void done() {
                try {
                    SeedBand band = get();
                    if (charts != null) charts.showBand(band.label(), band.low(), band.median(), band.high());
                } catch (Exception e) {
                    problem(chartsFrame, "Seeds not run", String.valueOf(e.getCause() == null ? e : e.getCause()));
                }
            }
        };
        worker.execute();
        return worker;
    }

    /** Stops the run and makes the next start begin from another scenario; a bad file leaves everything as it was. */
    void switchTo(Console console, Path file) {
        Scenario s;
        try {
            s = loader.apply(file);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(console, file + "\n\n" + e.getMessage(), "Scenario not loaded", JOptionPane.ERROR_MESSAGE);
            return;
        }
        console.pressStop();
        useScenario(s);
        if (ticker != null) {
            ticker.clear();
            ticker.add(-1, null, "scenario", "Scenario '" + s.name + "' loaded from " + file.getFileName() + ": press play to start it");
        }
        if (displayFrame != null) displayFrame.setTitle("Health economy: " + s.name + " (press play)");
        console.refresh();
    }

    /** The next start begins from this scenario (copied). */
    void useScenario(Scenario s) { source.template = ScenarioCopies.copy(s); }

    // ---- from the model thread to the Swing thread ----

    /** Takes snapshots on the model thread and hands them to the Swing thread. */
    private final class Relay implements EconomyObserver {
        @Override
        public void event(HealthEconomy economy, int month, Ccg ccg, String actor, String type, String detail) {
            int run = generation;
            String ccgName = economy.ccgs().length > 1 && ccg != null ? ccg.getName() : null;
            boolean change = type.equals("parameter_change");
            if (change && detail.endsWith(LeverChange.SUFFIX)) leverMoved = true;
            if (ticker == null) return;
            SwingUtilities.invokeLater(() -> {
                if (run != generation || ticker == null) return;
                if (change && alreadyMarked(month, detail)) return;
                ticker.add(month, ccgName, type, detail);
                if (change && charts != null) {
                    charts.mark(month, EventWording.words(type, detail).replaceFirst("^(lever moved|scenario event): ", ""));
                }
            });
        }

        private final java.util.Set<String> marked = new java.util.HashSet<>();

        /** A change is logged once per CCG: mark the charts once. Swing thread. */
        private boolean alreadyMarked(int month, String detail) {
            if (marked.size() > 10_000) marked.clear();
            return !marked.add(generation + ":" + month + ":" + detail);
        }

        @Override
        public void monthEnded(HealthEconomy economy, int month) {
            double largest = largestFlow;
            for (AcuteTrust t : economy.trusts()) for (Contract k : t.contracts()) largest = Math.max(largest, k.getReferralsThisMonth());
            largestFlow = largest;
            agentHistory.record(economy, month);
            if (charts == null) return;
            EconomyFigures figures = EconomyFigures.of(economy, month);
            int run = generation;
            SwingUtilities.invokeLater(() -> {
                if (run != generation) return;
                history.add(figures);
                if (charts != null) charts.add(figures);
            });
        }
    }

    /** For tests: the frames this GUI opened. */
    List<JFrame> frames() {
        List<JFrame> f = new ArrayList<>();
        for (JFrame j : new JFrame[] {displayFrame, chartsFrame, tickerFrame, debriefFrame, map == null ? null : map.frame}) {
            if (j != null && j.isVisible()) f.add(j);
        }
        return f;
    }
}
