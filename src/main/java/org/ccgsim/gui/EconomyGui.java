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
    final Levers levers;

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
        this.levers = new Levers(this::economy, () -> source.template, () -> running);
        economy().addObserver(new Relay());
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
                Console console = new Console(gui);
                console.setIncrementSeedOnStop(false); // restarting replays the same seed
                Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                int x = Math.min(screen.width - 420, DISPLAY_SIZE + 20 + 470);
                console.setBounds(Math.max(0, x), 0, 420, Math.min(screen.height, 760));
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

    @Override
    public void start() {
        super.start();
        running = true;
        generation++;
        largestFlow = 0;
        levers.clearPending();
        setupPortrayals();
        if (charts != null) charts.clear();
        if (ticker != null) ticker.clear();
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        running = true;
        setupPortrayals();
    }

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
        if (displayFrame != null) displayFrame.setTitle("Health economy: " + e.scenario().name);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(DISPLAY_SIZE, DISPLAY_SIZE, this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(flowsPortrayal, "Referral flows and contracts");
        display.attach(agentsPortrayal, "Practices, CCGs, trusts, Area Team");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Health economy: " + source.template.name);
        legend = new LegendPanel(this::layout);
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        displayFrame.pack();
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts();
        chartsFrame = new JFrame("Live charts");
        chartsFrame.getContentPane().add(charts);
        chartsFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartsFrame.setBounds(displayFrame.getWidth(), 0, 470, Math.max(displayFrame.getHeight(), 880));
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);

        ticker = new EventsTicker();
        tickerFrame = new JFrame("Events");
        tickerFrame.getContentPane().add(ticker);
        tickerFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        tickerFrame.setBounds(0, displayFrame.getHeight(), displayFrame.getWidth(), 200);
        c.registerFrame(tickerFrame);
        tickerFrame.setVisible(true);

        if (c instanceof Console console) addScenarioMenu(console);
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[] {displayFrame, chartsFrame, tickerFrame}) if (f != null) f.dispose();
        displayFrame = chartsFrame = tickerFrame = null;
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
            if (charts == null) return;
            EconomyFigures figures = EconomyFigures.of(economy, month);
            int run = generation;
            SwingUtilities.invokeLater(() -> {
                if (run == generation && charts != null) charts.add(figures);
            });
        }
    }

    /** For tests: the frames this GUI opened. */
    List<JFrame> frames() {
        List<JFrame> f = new ArrayList<>();
        for (JFrame j : new JFrame[] {displayFrame, chartsFrame, tickerFrame}) if (j != null) f.add(j);
        return f;
    }
}
