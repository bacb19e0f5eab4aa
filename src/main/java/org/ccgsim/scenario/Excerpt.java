package org.ccgsim.scenario;

/**
 * A value as an error message may show it: at most {@value #MAX} characters with an ellipsis,
 * control characters and lone surrogates replaced, so a message never echoes a long value, a
 * file's content or something a terminal would interpret.
 */
public final class Excerpt {
    private Excerpt() {}

    public static final int MAX = 60;

    public static String of(String value) {
        if (value == null) return "null";
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            if (shown == MAX) return sb.append('…').toString();
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) sb.append('\uFFFD');
            else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) sb.append(' ');
            else sb.appendCodePoint(cp);
            shown++;
        }
        return sb.toString();
    }

    /** True when {@code s} holds a NUL or a surrogate without its pair (text no file system or JSON writer accepts). */
    public static boolean hasNulOrLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) return true;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                return true;
            }
            if (Character.isLowSurrogate(c)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern LONG_QUOTE = java.util.regex.Pattern.compile("(?<=^|[\\s(=\\[])'([^'\\n]{" + (MAX + 1) + ",})'(?=$|[\\s;,).:?\\]])");
    private static final int MAX_LINE = 1000;

    /**
     * A whole message made safe to print: every quoted value longer than {@value #MAX} characters
     * shortened, control characters and lone surrogates replaced, each line at most 1,000 characters.
     */
    public static String message(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            java.util.regex.Matcher m = LONG_QUOTE.matcher(line);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("'" + of(m.group(1)) + "'"));
            m.appendTail(sb);
            String clean = clean(sb.toString());
            if (clean.length() > MAX_LINE) clean = clean.substring(0, MAX_LINE) + "…";
            if (out.length() > 0) out.append('\n');
            out.append(clean);
        }
        return out.toString();
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp)) sb.append('\uFFFD');
            else if (cp == '\t') sb.append(' ');
            else if (Character.isISOControl(cp)) sb.append(' ');
            else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
