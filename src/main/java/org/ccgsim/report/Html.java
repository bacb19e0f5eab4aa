package org.ccgsim.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * A small writer for the self-contained report: escaped text, one inline style sheet, charts as
 * SVG data URIs. The output is XHTML-compatible (every element closed, no named entities) so an
 * XML parser can check it, and carries no links: nothing loads from anywhere.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(1 << 16);

    static final String STYLE = """
            body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; max-width: 1100px;
                   margin: 2em auto; padding: 0 1.5em; line-height: 1.5; font-size: 16px; }
            h1 { font-size: 1.9em; margin-bottom: 0.2em; }
            h2 { font-size: 1.35em; margin-top: 1.8em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; }
            p.question { font-size: 1.2em; color: #444; margin-top: 0; }
            p.meta { color: #666; font-size: 0.95em; }
            table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
            th, td { text-align: left; padding: 0.4em 0.7em; border-bottom: 1px solid #ddd; vertical-align: top; }
            th { background: #f2f2f2; }
            td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
            ul.findings li { margin-bottom: 0.5em; }
            figure { margin: 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
            figure img { width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { color: #444; font-size: 0.95em; margin-top: 0.3em; }
            code { background: #f4f4f4; padding: 0 0.25em; }
            footer { margin-top: 3em; color: #777; font-size: 0.85em; }
            @media print {
              body { max-width: none; margin: 0; font-size: 11pt; }
              h2 { page-break-after: avoid; break-after: avoid; }
              table, tr { page-break-inside: avoid; break-inside: avoid; }
              figure { page-break-inside: avoid; break-inside: avoid; }
            }
            """;

    /**
     * Escapes text for an element or a quoted attribute: the five XML specials as numeric-safe
     * entities (no named HTML entities, so XML parsers read it) and control characters other than
     * newline and tab as spaces. Built from commons-text's translators.
     */
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&#39;")),
            new LookupTranslator(controlCharactersAsSpaces()));

    private static Map<CharSequence, CharSequence> controlCharactersAsSpaces() {
        Map<CharSequence, CharSequence> m = new HashMap<>();
        for (char c = 0; c < 0x20; c++) if (c != '\n' && c != '\t') m.put(String.valueOf(c), " ");
        return m;
    }

    static String esc(String s) {
        return ESCAPE.translate(s);
    }

    Html begin(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        return this;
    }

    /** Raw markup the caller has built from escaped parts. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html h1(String text) {
        return raw("<h1>" + esc(text) + "</h1>\n");
    }

    Html h2(String id, String text) {
        return raw("<h2 id=\"" + esc(id) + "\">" + esc(text) + "</h2>\n");
    }

    Html p(String cssClass, String text) {
        return raw((cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">") + esc(text) + "</p>\n");
    }

    Html bullets(String cssClass, Iterable<String> items) {
        raw(cssClass == null ? "<ul>\n" : "<ul class=\"" + cssClass + "\">\n");
        for (String item : items) {
            raw("<li>" + esc(item) + "</li>\n");
        }
        return raw("</ul>\n");
    }

    /** A chart embedded as an SVG data URI with its caption. */
    Html figure(String name, String title, String caption, String svg) {
        String data = Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        return raw("<figure id=\"fig-" + esc(name) + "\">\n<img src=\"data:image/svg+xml;base64," + data + "\" alt=\""
                + esc(title) + "\" />\n<figcaption><strong>" + esc(title) + ".</strong> " + esc(caption) + "</figcaption>\n</figure>\n");
    }

    String end(String footer) {
        out.append("<footer>").append(esc(footer)).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }
}
