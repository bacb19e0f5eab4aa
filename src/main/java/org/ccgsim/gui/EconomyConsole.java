package org.ccgsim.gui;

import java.io.File;
import java.nio.file.Path;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.filechooser.FileNameExtensionFilter;

import sim.display.Console;

/**
 * MASON's Console with ccgsim's File menu: New lists ccgsim's scenarios (never MASON's demos),
 * Save and Open write and read checkpoints of the run, and say so in a dialog when they cannot.
 */
final class EconomyConsole extends Console {
    private static final long serialVersionUID = 1L;
    private final EconomyGui gui;
    private Path lastCheckpoint;

    EconomyConsole(EconomyGui gui) {
        super(gui);
        this.gui = gui;
    }

    @Override
    public void doNew() { gui.chooseScenario(this); }

    @Override
    public void doSave() {
        if (lastCheckpoint == null) doSaveAs();
        else gui.saveCheckpoint(this, lastCheckpoint);
    }

    @Override
    public void doSaveAs() {
        JFileChooser chooser = chooser();
        chooser.setSelectedFile(new File(gui.economy().scenario() == null ? "run.ccgsim"
                : gui.economy().scenario().name.replaceAll("[^A-Za-z0-9_-]+", "-") + "-month-" + (gui.economy().month() + 1) + ".ccgsim"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().contains(".")) file = file.resolveSibling(file.getFileName() + ".ccgsim");
        if (gui.saveCheckpoint(this, file)) lastCheckpoint = file;
    }

    @Override
    public void doOpen() {
        JFileChooser chooser = chooser();
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (gui.openCheckpoint(this, file)) lastCheckpoint = file;
    }

    private JFileChooser chooser() {
        JFileChooser c = new JFileChooser(lastCheckpoint == null ? new File(".") : lastCheckpoint.toAbsolutePath().getParent().toFile());
        c.setFileFilter(new FileNameExtensionFilter("Saved ccgsim runs (*.ccgsim)", "ccgsim"));
        return c;
    }

    /** Says what the File menu's items do here: "New run from a scenario...", "Save run", "Open saved run...". */
    static void renameNew(Console console) {
        if (console.getJMenuBar() == null || console.getJMenuBar().getMenuCount() == 0) return;
        JMenu file = console.getJMenuBar().getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem item = file.getItem(i);
            if (item == null) continue;
            String t = item.getText();
            if (t.startsWith("New")) item.setText("New run from a scenario...");
            else if (t.startsWith("Open")) item.setText("Open saved run...");
            else if (t.equals("Save")) item.setText("Save run");
            else if (t.startsWith("Save As")) item.setText("Save run as...");
        }
    }
}
