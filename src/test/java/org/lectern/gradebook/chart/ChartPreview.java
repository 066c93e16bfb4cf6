package org.lectern.gradebook.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dev tool, not a test: writes sample charts to {@code target/chart-preview/index.html}, styled with
 * {@code frontend/lectern.css}, so they can be looked at in a browser or photographed with headless Chromium:
 * {@code chromium --headless=new --no-sandbox --disable-gpu --screenshot=/tmp/x.png --window-size=390,1800
 * file://$PWD/target/chart-preview/index.html}.
 */
public final class ChartPreview {

    public static void main(String[] args) throws IOException {
        var charts = samples();
        Path dir = Path.of("target", "chart-preview");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.html"), page(charts));
        // Lumo's stylesheet when it is on the class path (run with Maven's test class path), for the page spacing.
        try (var lumo = ChartPreview.class.getResourceAsStream("/META-INF/resources/lumo/lumo.css")) {
            if (lumo != null) {
                Files.write(dir.resolve("lumo.css"), lumo.readAllBytes());
            }
        }
        // One page per chart too, to photograph them one at a time.
        for (int i = 0; i < charts.size(); i++) {
            Files.writeString(dir.resolve("chart-" + i + ".html"), page(List.of(charts.get(i))));
            Files.writeString(dir.resolve("chart-" + i + ".svg"), charts.get(i).svg());
        }
        System.out.println("Wrote " + dir.toAbsolutePath().resolve("index.html"));
    }

    private static String page(List<SvgChart> charts) {
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="lumo.css">
                <link rel="stylesheet" href="../../frontend/lectern.css">
                <style>body { margin: 0; font-family: system-ui, sans-serif; } .card { margin-bottom: 16px; }</style>
                </head><body><main class="page">
                """);
        for (var chart : charts) {
            html.append("<section class=\"card\"><div class=\"chart\">").append(chart.svg());
            if (!chart.isEmpty()) {
                html.append(table(chart.table()));
            }
            html.append("</div></section>\n");
        }
        return html.append("</main></body></html>\n").toString();
    }

    static List<SvgChart> samples() {
        var random = new Random(7);
        var scores = new ArrayList<Double>();
        for (int i = 0; i < 27; i++) {
            scores.add(Math.max(0, Math.min(100, 68 + random.nextGaussian() * 17)));
        }
        scores.add(100.0);
        var start = Instant.parse("2026-02-02T10:00:00Z");
        var points = List.of(
                new TimelinePoint(start, 40, "The slide rule"),
                new TimelinePoint(start.plusSeconds(86_400 * 3), 55, "Hanseatic League"),
                new TimelinePoint(start.plusSeconds(86_400 * 4), 50, "Tardigrades"),
                new TimelinePoint(start.plusSeconds(86_400 * 12), 80, "Connection pools"),
                new TimelinePoint(start.plusSeconds(86_400 * 20), 72.5, "The Great Inflation"),
                new TimelinePoint(start.plusSeconds(86_400 * 33), 91, "Revision quiz"));
        var bars = List.of(
                new FacilityBar("Q1. Which city led the Hanseatic League?", 71.43, false),
                new FacilityBar("Q2. What does \"cryptobiosis\" let a tardigrade survive <for decades> & more?", 57.14, true),
                new FacilityBar("Q3. In which year did the Bretton Woods system of fixed exchange rates finally end?", 42.86, false),
                new FacilityBar("Q4. Which scale of a slide rule gives square roots?", 5, true),
                new FacilityBar("Q5. A pool's maximum size should be set to what?", 96, true),
                new FacilityBar("Q6. Why?", 0, true),
                new FacilityBar("Q7. Supercalifragilisticexpialidociouslylongwordwithoutanyspacesatallthatgoesonandon", 100, true),
                new FacilityBar("Q8. Who chaired the Federal Reserve in 1979?", 33.3, false));
        return List.of(
                ScoreHistogram.render("Score distribution: The Great Inflation", scores),
                ScoreTimeline.render("Sam Student's scores", points, ZoneId.of("Europe/Berlin")),
                ScoreTimeline.render("Amira's scores", points.subList(0, 1), ZoneId.of("Europe/Berlin")),
                FacilityChart.render("Facility per question", bars),
                ScoreHistogram.render("Score distribution: one score", List.of(100.0)),
                ScoreHistogram.render("Score distribution: Tardigrades", List.of()));
    }

    private static String table(ChartTable table) {
        var html = new StringBuilder("<details class=\"chart-details\" open><summary>The numbers as a table</summary>"
                + "<table class=\"chart-table\"><caption>" + SvgWriter.escape(table.caption()) + "</caption><thead><tr>");
        table.headers().forEach(h -> html.append("<th scope=\"col\">").append(SvgWriter.escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (var row : table.rows()) {
            html.append("<tr><th scope=\"row\">").append(SvgWriter.escape(row.getFirst())).append("</th>");
            row.subList(1, row.size()).forEach(c -> html.append("<td>").append(SvgWriter.escape(c)).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table></details>").toString();
    }
}
