package org.ccgsim.experiment;

/** RFC 4180 quoting for free-text fields. */
final class Csv {
    private Csv() {}

    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') out.append('"');
            out.append(ch);
        }
        out.append('"');
    }
}
