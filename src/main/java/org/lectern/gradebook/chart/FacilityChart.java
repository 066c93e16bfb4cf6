package org.lectern.gradebook.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facility of each question as a horizontal bar from 0 to 100%, with the zones under 10% and over 90% tinted
 * and marked on every bar, and flagged questions drawn in amber and labelled "(review)", so that the flag does not
 * rest on colour alone.
 * Each question's label sits above its bar on up to two lines, which leaves a phone's whole width for the words.
 */
public final class FacilityChart {

    static final double LEFT = 8;
    static final double RIGHT = 306;
    private static final double TOP = 4;
    private static final double HEADER = 14;
    private static final double LINE = 16;
    private static final double BAR = 13;
    private static final double GAP = 12;
    private static final String REVIEW = "(review)";

    private FacilityChart() {
    }

    public static SvgChart render(String title, List<FacilityBar> bars) {
        if (bars.isEmpty()) {
            return EmptyChart.render("facility", title);
        }
        var rows = new ArrayList<Row>();
        double y = TOP + HEADER;
        for (var bar : bars) {
            var row = new Row(bar, LabelLines.wrap(bar.label(), bar.flagged() ? REVIEW : ""), y);
            rows.add(row);
            y = row.bottom() + GAP;
        }
        double bottom = y - GAP / 2;
        var svg = new SvgWriter("facility", bottom + 50, title, description(bars));
        // The thresholds are named once at the top and marked on every bar, so no line runs through the labels.
        svg.text(x(10), TOP + 11, "middle", 12, "chart-tick", "10%")
                .text(x(90), TOP + 11, "middle", 12, "chart-tick", "90%");
        rows.forEach(row -> row.draw(svg));
        svg.line(LEFT, bottom, RIGHT, bottom, "chart-axis")
                .text(LEFT, bottom + 16, "start", 12, "chart-tick", "0%")
                .text(x(50), bottom + 16, "middle", 12, "chart-tick", "50%")
                .text(RIGHT, bottom + 16, "end", 12, "chart-tick", "100%");
        double legend = bottom + 40;
        svg.rect(LEFT, legend - 10, 12, 12, "chart-bar-flagged chart-swatch", null)
                .text(LEFT + 17, legend, "start", 12, "chart-legend", "flagged for review")
                .rect(LEFT + 142, legend - 10, 12, 12, "chart-zone chart-zone-swatch", null)
                .text(LEFT + 159, legend, "start", 12, "chart-legend", "under 10% or over 90%");
        return new SvgChart(title, svg.finish(), table(title, bars));
    }

    private static String description(List<FacilityBar> bars) {
        long flagged = bars.stream().filter(FacilityBar::flagged).count();
        return String.format(Locale.ROOT, "Facility of %d %s, from 0 to 100%%; %d flagged for review. Facility under "
                        + "10%% or over 90%% is shaded: such a question hardly tells students apart.",
                bars.size(), bars.size() == 1 ? "question" : "questions", flagged);
    }

    static double x(double facility) {
        return LEFT + (RIGHT - LEFT) * facility / 100;
    }

    /** One question: its label lines, then its bar with the value to the right. */
    private record Row(FacilityBar bar, List<String> lines, double top) {

        double barTop() {
            return top + lines.size() * LINE + 5;
        }

        double bottom() {
            return barTop() + BAR;
        }

        void draw(SvgWriter svg) {
            String value = Math.round(bar.facility()) + "%";
            String tooltip = bar.label() + ": " + value + (bar.flagged() ? " " + REVIEW : "");
            double barTop = barTop();
            svg.rect(LEFT, barTop, RIGHT - LEFT, BAR, "chart-track", null)
                    .rect(LEFT, barTop, x(10) - LEFT, BAR, "chart-zone", null)
                    .rect(x(90), barTop, RIGHT - x(90), BAR, "chart-zone", null)
                    .rect(LEFT, barTop, x(bar.facility()) - LEFT, BAR,
                            bar.flagged() ? "chart-bar chart-bar-flagged" : "chart-bar", tooltip)
                    .line(x(10), barTop - 3, x(10), barTop + BAR + 3, "chart-threshold")
                    .line(x(90), barTop - 3, x(90), barTop + BAR + 3, "chart-threshold");
            for (int i = 0; i < lines.size(); i++) {
                double baseline = top + (i + 1) * LINE - 3;
                boolean lastLine = i == lines.size() - 1;
                if (lastLine && bar.flagged()) {
                    svg.text(LEFT, baseline, 13, "chart-label", lines.get(i), "chart-flag", " " + REVIEW);
                } else {
                    svg.text(LEFT, baseline, "start", 13, "chart-label", lines.get(i));
                }
            }
            svg.text(SvgWriter.WIDTH - 6, barTop + BAR - 2, "end", 13, "chart-value", value);
        }
    }

    private static ChartTable table(String title, List<FacilityBar> bars) {
        var rows = new ArrayList<List<String>>();
        for (var bar : bars) {
            rows.add(List.of(bar.label(), String.format(Locale.ROOT, "%.2f%%", bar.facility()),
                    bar.flagged() ? "Yes" : "No"));
        }
        return new ChartTable(title, List.of("Question", "Facility", "Flagged"), rows);
    }
}
