package org.ccgsim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.ccgsim.gui.EconomyGui;
import org.ccgsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "gui", description = "Open the interactive MASON GUI for teaching: the economy, policy levers, live charts, events.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml", description = "Scenario to start from (default: scenarios/baseline.yaml)")
    Path scenarioFile;

    @Override
    public Integer call() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("ccgsim gui needs a display (set DISPLAY, or run under xvfb-run for a virtual one)");
        }
        Path file = scenarioFile != null ? scenarioFile : Path.of("scenarios", "baseline.yaml");
        Scenario scenario = scenarioFile == null && !Files.exists(file) ? new Scenario() : Scenarios.load(file, java.util.List.of()).scenario();
        EconomyGui.launch(scenario, EconomyGui::load, EconomyGui.scenariosIn(Path.of("scenarios")));
        new CountDownLatch(1).await(); // the Console's Quit ends the program
        return Main.OK;
    }
}
