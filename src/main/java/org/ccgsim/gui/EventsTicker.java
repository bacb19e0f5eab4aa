package org.ccgsim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

import org.ccgsim.scenario.Months;

/**
 * What happened, newest first, in plain words; the events a teacher will point at in bold. Lines
 * wrap on words to the window. Two filters: a kind of event and a CCG. When many CCGs have the
 * same kind of event in a month (every March's quality premium in England), one line sums them up
 * ("211 CCGs were assessed for the quality premium: 140 earned it"); pick a CCG to see its own.
 * Swing thread only: the model's events arrive through invokeLater.
 */
final class EventsTicker extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int MAX_EVENTS = 20_000, MAX_SHOWN = 1000;
    /** From this many CCGs with one kind of event in one month, a summary line stands for them. */
    static final int SUMMARY_FROM = 6;
    static final String ALL_KINDS = "All events", ALL_CCGS = "All CCGs";

    private static final Map<String, Set<String>> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("Contracts and hospitals", Set.of("standoff_opened", "arbitration", "agreement", "trust_resists", "cqc_breach"));
        KINDS.put("Area Team", Set.of("directions", "remedial_action", "assurance_support", "bypass", "arbitration"));
        KINDS.put("Quality premium", Set.of("quality_premium_award", "media_story"));
        KINDS.put("Levers and scenario", Set.of("parameter_change", "scenario"));
        KINDS.put("CCG style and the press", Set.of("style_switch", "media_story", "press"));
    }

    private record Event(int month, String ccg, String type, String detail) {}

    private final JTextPane pane = new JTextPane();
    private final StyledDocument doc = pane.getStyledDocument();
    private final SimpleAttributeSet plain = new SimpleAttributeSet();
    private final SimpleAttributeSet bold = new SimpleAttributeSet();
    private final List<Event> events = new ArrayList<>(); // oldest first
    private final List<String> lines = new ArrayList<>(); // newest first, as shown
    /** A change is logged once per CCG; the ticker shows it once. */
    private final Set<String> shownChanges = new HashSet<>();
    private final Set<String> ccgNames = new TreeSet<>();
    final JComboBox<String> kind = new JComboBox<>();
    final JComboBox<String> ccg = new JComboBox<>(new DefaultComboBoxModel<>(new String[] {ALL_CCGS}));
    private boolean dirty;

    EventsTicker() {
        super(new BorderLayout());
        pane.setEditable(false);
        pane.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        StyleConstants.setFontFamily(plain, Font.SANS_SERIF);
        StyleConstants.setFontSize(plain, 13);
        bold.addAttributes(plain);
        StyleConstants.setBold(bold, true);
        kind.addItem(ALL_KINDS);
        for (String k : KINDS.keySet()) kind.addItem(k);
        JPanel filters = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 1));
        filters.add(new JLabel("Show"));
        filters.add(kind);
        filters.add(ccg);
        ccg.setVisible(false); // shown once there is more than one CCG
        kind.addActionListener(a -> render());
        ccg.addActionListener(a -> render());
        add(filters, BorderLayout.NORTH);
        // a JTextPane in a scroll pane with no horizontal bar wraps at spaces, never inside a word
        add(new JScrollPane(pane, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
    }

    void add(int month, String ccgName, String type, String detail) {
        if (type.equals("parameter_change") && !shownChanges.add(month + detail)) return;
        events.add(new Event(month, ccgName, type, detail));
        if (events.size() > MAX_EVENTS) events.subList(0, events.size() - MAX_EVENTS).clear();
        if (ccgName != null && ccgNames.add(ccgName)) {
            ccg.addItem(ccgName);
            ccg.setVisible(true);
        }
        if (!dirty) {
            dirty = true;
            javax.swing.SwingUtilities.invokeLater(this::renderIfDirty); // one redraw for a month's burst of events
        }
    }

    private void renderIfDirty() { if (dirty) render(); }

    /** Redraws the shown lines from the events, newest first, through the filters, with summaries. */
    private void render() {
        dirty = false;
        String k = (String) kind.getSelectedItem();
        Set<String> types = k == null || k.equals(ALL_KINDS) ? null : KINDS.get(k);
        String only = (String) ccg.getSelectedItem();
        boolean oneCcg = only != null && !only.equals(ALL_CCGS);
        List<Event> shown = new ArrayList<>();
        for (Event e : events) {
            if (types != null && !types.contains(e.type())) continue;
            if (oneCcg && e.ccg() != null && !e.ccg().equals(only)) continue;
            shown.add(e);
        }
        lines.clear();
        List<Boolean> important = new ArrayList<>();
        // newest first, month by month; a month's events of one kind from many CCGs become one summary line
        int i = shown.size() - 1;
        while (i >= 0 && lines.size() < MAX_SHOWN) {
            int month = shown.get(i).month();
            Map<String, List<Event>> byType = new LinkedHashMap<>();
            for (; i >= 0 && shown.get(i).month() == month; i--) byType.computeIfAbsent(shown.get(i).type(), t -> new ArrayList<>()).add(shown.get(i));
            for (var t : byType.entrySet()) {
                List<Event> group = t.getValue();
                long fromCcgs = group.stream().filter(e -> e.ccg() != null).count();
                if (!oneCcg && fromCcgs >= SUMMARY_FROM) {
                    lines.add(summary(month, t.getKey(), group));
                    important.add(EventWording.important(t.getKey()));
                } else {
                    for (Event e : group) {
                        lines.add(EventWording.line(e.month(), e.ccg(), e.type(), e.detail()));
                        important.add(EventWording.important(e.type()));
                    }
                }
            }
        }
        pane.setText("");
        try {
            for (int n = 0; n < lines.size(); n++) doc.insertString(doc.getLength(), lines.get(n) + "\n", important.get(n) ? bold : plain);
        } catch (BadLocationException ex) {
            throw new IllegalStateException(ex);
        }
        pane.setCaretPosition(0);
    }

    /** One line for many CCGs' events of one kind in one month. */
    static String summary(int month, String type, List<?> group) {
        int n = group.size();
        String when = Months.longLabel(month) + ": ";
        return switch (type) {
            case "quality_premium_award" -> {
                int earned = 0;
                for (Object o : group) if (!((Event) o).detail().startsWith("No quality premium")) earned++;
                yield when + n + " CCGs were assessed for the quality premium: " + earned + " earned it";
            }
            case "standoff_opened" -> when + "stand-offs opened between " + n + " CCGs and their hospitals";
            case "parameter_change" -> when + n + " CCGs: " + EventWording.words(type, ((Event) group.get(0)).detail());
            case "directions" -> when + "the Area Teams gave directions to " + n + " CCGs";
            case "remedial_action" -> when + n + " CCGs had practices put under remedial action";
            case "media_story" -> when + n + " CCGs made the news";
            case "style_switch" -> when + n + " CCGs changed management style";
            default -> when + n + " CCGs: " + type.replace('_', ' ');
        };
    }

    void clear() {
        events.clear();
        lines.clear();
        shownChanges.clear();
        ccgNames.clear();
        ccg.removeAllItems();
        ccg.addItem(ALL_CCGS);
        ccg.setVisible(false);
        kind.setSelectedIndex(0);
        dirty = false;
        pane.setText("");
    }

    int lines() {
        renderIfDirty();
        return lines.size();
    }

    String lineAt(int i) {
        renderIfDirty();
        return lines.get(i);
    }

    /** The lever moves of this run, oldest first. */
    List<String> leverLines() {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.type().equals("parameter_change") && e.detail().endsWith(LeverChange.SUFFIX)) out.add(EventWording.line(e.month(), null, e.type(), e.detail()));
        }
        return out;
    }
}
