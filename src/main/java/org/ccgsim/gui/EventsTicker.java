package org.ccgsim.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * What happened, newest first, in plain words; the events a teacher will point at in bold.
 * Lines wrap to the window. Swing thread only: the model's events arrive through invokeLater.
 */
final class EventsTicker extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LINES = 1000;

    private final JTextPane pane = new JTextPane();
    private final StyledDocument doc = pane.getStyledDocument();
    private final SimpleAttributeSet plain = new SimpleAttributeSet();
    private final SimpleAttributeSet bold = new SimpleAttributeSet();
    private final List<String> lines = new ArrayList<>(); // newest first, as shown
    /** A change is logged once per CCG; the ticker shows it once. */
    private final Set<String> shownChanges = new HashSet<>();

    EventsTicker() {
        super(new BorderLayout());
        pane.setEditable(false);
        pane.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        StyleConstants.setFontFamily(plain, Font.SANS_SERIF);
        StyleConstants.setFontSize(plain, 13);
        bold.addAttributes(plain);
        StyleConstants.setBold(bold, true);
        add(new JScrollPane(pane, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
    }

    void add(int month, String ccgName, String type, String detail) {
        if (type.equals("parameter_change") && !shownChanges.add(month + detail)) return;
        String line = EventWording.line(month, ccgName, type, detail);
        lines.add(0, line);
        try {
            doc.insertString(0, line + "\n", EventWording.important(type) ? bold : plain);
            if (lines.size() > MAX_LINES) { // drop the oldest, at the bottom
                String oldest = lines.remove(lines.size() - 1);
                doc.remove(doc.getLength() - oldest.length() - 1, oldest.length() + 1);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        pane.setCaretPosition(0);
    }

    void clear() {
        lines.clear();
        shownChanges.clear();
        pane.setText("");
    }

    int lines() { return lines.size(); }

    /** The lever moves of this run, oldest first, as shown. */
    List<String> leverLines() {
        List<String> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).contains("lever moved")) out.add(lines.get(i));
        return out;
    }

    String lineAt(int i) { return lines.get(i); }
}
