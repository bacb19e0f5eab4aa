package org.ccgsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTheXmlSpecialsWithoutNamedHtmlEntitiesAndBlanksControlCharacters() {
        assertEquals("QIPP &lt; £1m &amp; &quot;A&amp;E&quot; isn&#39;t 5–6 \n\t ok",
                Html.esc("QIPP < £1m & \"A&E\" isn't 5–6 \n\t\u0001ok"));
        assertEquals("a b", Html.esc("a\u0007b"));
        assertEquals("&gt;&gt;", Html.esc(">>"));
    }
}
