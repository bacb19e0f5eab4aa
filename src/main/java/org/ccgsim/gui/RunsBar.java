package org.ccgsim.gui;

import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/** Above the charts: clear the earlier runs, run N seeds of the current levers in the background, export. */
final class RunsBar extends JPanel {
    private static final long serialVersionUID = 1L;
    final JButton clear = new JButton("Clear earlier runs");
    final JSpinner seeds = new JSpinner(new SpinnerNumberModel(20, 2, 500, 1));
    final JButton runSeeds = new JButton("Run N seeds");
    final JButton export = new JButton("Export...");
    final JLabel status = new JLabel(" ");

    RunsBar(EconomyGui gui) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 2));
        clear.setToolTipText("Forget the grey lines of earlier runs and the band over seeds");
        runSeeds.setToolTipText("Run the current levers with N seeds (replications 0..N-1 of ./ccgsim run) and draw their range");
        export.setToolTipText("Write the charts' lines as CSV and each chart as PNG and SVG into a folder");
        add(clear);
        add(new JLabel("N"));
        add(seeds);
        add(runSeeds);
        add(export);
        add(status);
        clear.addActionListener(a -> { gui.charts.clearEarlierRuns(); status.setText(" "); });
        runSeeds.addActionListener(a -> {
            int n = (Integer) seeds.getValue();
            runSeeds.setEnabled(false);
            status.setText("running 0/" + n);
            var worker = gui.runSeeds(n, k -> status.setText("running " + k + "/" + n));
            worker.addPropertyChangeListener(e -> {
                if (worker.isDone()) {
                    runSeeds.setEnabled(true);
                    status.setText(n + " seeds done");
                }
            });
        });
        export.addActionListener(a -> {
            JFileChooser c = new JFileChooser(".");
            c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            c.setDialogTitle("Export the charts into which folder?");
            if (c.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
            try {
                List<Path> files = gui.charts.export(c.getSelectedFile().toPath());
                status.setText(files.size() + " files written");
            } catch (java.io.IOException e) {
                javax.swing.JOptionPane.showMessageDialog(this, e.getMessage(), "Not exported", javax.swing.JOptionPane.ERROR_MESSAGE);
            }
        });
    }
}
