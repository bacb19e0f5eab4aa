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
}
