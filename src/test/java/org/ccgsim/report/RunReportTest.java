package org.ccgsim.report;

import org.ccgsim.outcome.Kind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.ccgsim.chart.ChartTheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A one-CCG run of 2 replications and 24 months, built once for all checks. */
class RunReportTest {

    @TempDir
    static Path tmp;
    static Path run;
    static List<Path> written;

    @BeforeAll
    static void build() throws Exception {
        run = Fixtures.run(tmp.resolve("run"), 1);
        written = ReportBuilder.buildRun(run);
    }

    @Test
    void writesEveryRunChartAsPngAndSvg() throws Exception {
        for (String name : List.of("engagement", "activity", "spend", "surplus", "qipp", "contracts", "standoff", "hospital",
                "trust-income", "trust-surplus", "quality-premium", "quality-premium-cuts")) {
            Path png = run.resolve("charts/" + name + ".png");
            Path svg = run.resolve("charts/" + name + ".svg");
            assertTrue(written.contains(png) && written.contains(svg), name);
            Document d = Checks.parseXml(svg);
            assertEquals("svg", d.getDocumentElement().getLocalName());
            int height = (int) Double.parseDouble(d.getDocumentElement().getAttribute("height").replaceAll("[^0-9.]", ""));
            Checks.assertPicture(png, ChartTheme.WIDTH, height);
        }
        assertTrue(written.contains(run.resolve("report.html")));
    }

    @Test
    void reportIsWellFormedSelfContainedAndEmbedsEveryChart() throws Exception {
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        Checks.parseXml(html); // XHTML-compatible: a strict XML parser reads it
        assertFalse(html.contains("http://"), "no http links");
        assertFalse(html.contains("https://"), "no https links");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        try (var files = Files.list(run.resolve("charts"))) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                String b64 = Base64.getEncoder().encodeToString(Files.readAllBytes(svg));
                assertTrue(html.contains("data:image/svg+xml;base64," + b64), "embeds " + svg.getFileName());
            }
        }
        assertTrue(html.contains("Does engagement-led management deliver QIPP?"), "the question");
        assertTrue(html.contains("ccg.contracts.refuseInherited"), "the levers");
        assertTrue(html.contains("docs/ODD.md"), "assumptions name the ODD");
        assertTrue(html.contains("@media print"), "print style sheet");
    }

    @Test
    void headlineNumbersAreThoseOfSummaryJson() throws Exception {
        FinalYearSummary summary = FinalYearSummary.read(run.resolve("summary.json"));
        Document d = Checks.parseXml(run.resolve("report.html"));
        NodeList rows = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//tr[@data-outcome]", d, XPathConstants.NODESET);
        Map<String, Element> byOutcome = new HashMap<>();
        for (int i = 0; i < rows.getLength(); i++) {
            Element e = (Element) rows.item(i);
            byOutcome.put(e.getAttribute("data-outcome"), e);
        }
        assertEquals(RunReport.HEADLINES.size(), byOutcome.size(), "every headline present: " + byOutcome.keySet());
        for (String outcome : RunReport.HEADLINES) {
            FinalYearSummary.Value v = summary.get("stoke", outcome).orElseThrow();
            Element row = byOutcome.get(outcome);
            assertEquals(v.mean(), Double.parseDouble(row.getAttribute("data-mean")), 0.0, outcome);
            assertEquals(v.low(), Double.parseDouble(row.getAttribute("data-ci-low")), 0.0, outcome);
            assertEquals(v.high(), Double.parseDouble(row.getAttribute("data-ci-high")), 0.0, outcome);
            String shown = row.getElementsByTagName("td").item(1).getTextContent();
            assertTrue(shown.startsWith(Format.withInterval(outcome, v.mean(), v.low(), v.high(), Outcomes.kind(outcome))), outcome + ": " + shown);
            org.ccgsim.outcome.Outcome o = org.ccgsim.outcome.Outcome.of(outcome);
            if (o.lowest() == 0) assertFalse(shown.contains("(-"), outcome + " shown below what it can be: " + shown);
        }
        // spot-check the formatting independently of Format
        FinalYearSummary.Value eng = summary.get("stoke", "engagement_mean").orElseThrow();
        String engText = byOutcome.get("engagement_mean").getElementsByTagName("td").item(1).getTextContent();
        assertTrue(engText.startsWith(String.format(java.util.Locale.UK, "%.2f (%.2f–%.2f)", eng.mean(), eng.low(), eng.high())), engText);
    }

    @Test
    void findingsFollowTheNumbers() throws Exception {
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        MonthlySummary m = MonthlySummary.read(run.resolve("monthly_summary.csv"));
        double start = m.main("engagement_mean").orElseThrow().mean()[0];
        assertTrue(html.contains("Mean engagement rose from " + Format.value(start, Kind.SHARE) + " in April 2013"), "engagement finding");
        assertTrue(html.contains("1% surplus target"), "surplus finding");
        assertTrue(html.contains("contract-months in stand-off"), "stand-off finding");
    }

    @Test
    void rebuildingGivesTheSameBytes() throws Exception {
        byte[] html = Files.readAllBytes(run.resolve("report.html"));
        byte[] svg = Files.readAllBytes(run.resolve("charts/engagement.svg"));
        byte[] gantt = Files.readAllBytes(run.resolve("charts/contracts.svg"));
        ReportBuilder.buildRun(run);
        assertArrayEquals(html, Files.readAllBytes(run.resolve("report.html")), "report.html");
        assertArrayEquals(svg, Files.readAllBytes(run.resolve("charts/engagement.svg")), "engagement.svg");
        assertArrayEquals(gantt, Files.readAllBytes(run.resolve("charts/contracts.svg")), "contracts.svg");
    }

    @Test
    void missingOptionalFilesSkipTheirCharts() throws Exception {
        Path bare = Fixtures.run(tmp.resolve("bare"), 1, Fixtures.Style.DIRECTIVE, 24, 2, false);
        Files.delete(bare.resolve("scenario.yaml"));
        List<Path> files = ReportBuilder.buildRun(bare);
        assertTrue(files.contains(bare.resolve("report.html")));
        assertFalse(Files.exists(bare.resolve("charts/contracts.png")));
        assertFalse(Files.exists(bare.resolve("charts/trust-income.png")));
        assertFalse(Files.exists(bare.resolve("charts/trust-surplus.png")));
        assertFalse(Files.exists(bare.resolve("charts/quality-premium-cuts.png")));
        assertTrue(Files.exists(bare.resolve("charts/engagement.png")));
        Checks.parseXml(bare.resolve("report.html"));
    }

    @Test
    void severalCcgsChartTheWholeEconomyAndEachCcg() throws Exception {
        Path multi = Fixtures.run(tmp.resolve("multi"), 3);
        ReportBuilder.buildRun(multi);
        Checks.assertPicture(multi.resolve("charts/engagement-by-ccg.png"), ChartTheme.WIDTH, ChartTheme.HEIGHT);
        FinalYearSummary summary = FinalYearSummary.read(multi.resolve("summary.json"));
        Document d = Checks.parseXml(multi.resolve("report.html"));
        Element row = (Element) XPathFactory.newInstance().newXPath()
                .evaluate("//tr[@data-outcome='engagement_mean']", d, XPathConstants.NODE);
        assertEquals(summary.get("all", "engagement_mean").orElseThrow().mean(), Double.parseDouble(row.getAttribute("data-mean")), 0.0);
        String html = Files.readString(multi.resolve("report.html"));
        assertTrue(html.contains("3 CCGs"));
        assertTrue(html.contains("varies: community (1) primaryCare (2)") || html.contains("varies"), "per-CCG lever values");
    }
}
