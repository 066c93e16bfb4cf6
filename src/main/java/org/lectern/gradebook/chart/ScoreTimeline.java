package org.lectern.gradebook.chart;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One student's scores over time: a point per attempt joined by a line, dates across, 0–100% up. */
public final class ScoreTimeline {

    private static final double LEFT = 42;
    private static final double RIGHT = SvgWriter.WIDTH - 12;
    private static final double TOP = 22;
    private static final double BOTTOM = 176;
    private static final double HEIGHT = 204;
    /** Points keep this far inside the plot, so a date centred under the first or last stays in the picture. */
    private static final double INSET = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ScoreTimeline() {
    }

    /** @param zone the time zone whose calendar days the dates are written in */
    public static SvgChart render(String title, List<TimelinePoint> points, ZoneId zone) {
        if (points.isEmpty()) {
            return EmptyChart.render("timeline", title);
        }
        var sorted = points.stream().sorted(Comparator.comparing(TimelinePoint::at)).toList();
        var first = sorted.getFirst();
        var last = sorted.getLast();
        long span = Duration.between(first.at(), last.at()).toSeconds();
        String description = sorted.size() == 1
                ? String.format(Locale.ROOT, "One score: %s on %s.", percent(first.score()), day(first, zone))
                : String.format(Locale.ROOT, "%d scores from %s to %s. The first was %s, the latest %s.",
                        sorted.size(), day(first, zone), day(last, zone), percent(first.score()),
                        percent(last.score()));
        var svg = new SvgWriter("timeline", HEIGHT, title, description);
        for (int value = 0; value <= 100; value += 25) {
            double y = y(value);
            svg.line(LEFT, y, RIGHT, y, value == 0 ? "chart-axis" : "chart-grid")
                    .text(LEFT - 6, y + 4, "end", 12, "chart-tick", value + "%");
        }
        double[] xs = new double[sorted.size()];
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            long offset = Duration.between(first.at(), sorted.get(i).at()).toSeconds();
            xs[i] = span == 0 ? (LEFT + RIGHT) / 2 : LEFT + INSET + (RIGHT - LEFT - 2 * INSET) * offset / (double) span;
            ys[i] = y(sorted.get(i).score());
        }
        new DateTicks(50).draw(svg, sorted, xs, BOTTOM + 18, zone, span);
        if (sorted.size() > 1) {
            svg.polyline(xs, ys, "chart-line");
        }
        for (int i = 0; i < sorted.size(); i++) {
            var point = sorted.get(i);
            String tooltip = (point.label().isBlank() ? "" : point.label() + ": ") + percent(point.score()) + " on "
                    + day(point, zone);
            svg.circle(xs[i], ys[i], 5, "chart-point", tooltip);
        }
        // The latest score, written out: where the student stands now.
        int latest = sorted.size() - 1;
        String anchor = xs[latest] > RIGHT - 20 ? "end" : "middle";
        double labelY = ys[latest] < TOP + 14 ? ys[latest] + 20 : ys[latest] - 10;
        svg.text(xs[latest] + (anchor.equals("end") ? 6 : 0), labelY, anchor, 13, "chart-value",
                percent(last.score()));
        return new SvgChart(title, svg.finish(), table(title, sorted, zone));
    }

    private static double y(double score) {
        return BOTTOM - (BOTTOM - TOP) * score / 100;
    }

    private static ChartTable table(String title, List<TimelinePoint> sorted, ZoneId zone) {
        var rows = new ArrayList<List<String>>();
        for (var point : sorted) {
            rows.add(List.of(day(point, zone), point.label(), String.format(Locale.ROOT, "%.2f%%", point.score())));
        }
        return new ChartTable(title, List.of("Date", "Assignment", "Score"), rows);
    }

    static String percent(double score) {
        return Math.round(score) + "%";
    }

    static String day(TimelinePoint point, ZoneId zone) {
        return FULL.format(point.at().atZone(zone));
    }

    /**
     * Date labels under the points, one per day (per month when the timeline spans more than a year), dropping those
     * that would overlap but always keeping the latest.
     */
    record DateTicks(double minimumGap) {

        private record Tick(String label, double x) {
        }

        void draw(SvgWriter svg, List<TimelinePoint> sorted, double[] xs, double y, ZoneId zone, long span) {
            var format = span > Duration.ofDays(366).toSeconds() ? MONTH : DAY;
            var candidates = new ArrayList<Tick>();
            for (int i = 0; i < sorted.size(); i++) {
                String label = format.format(sorted.get(i).at().atZone(zone));
                if (candidates.isEmpty() || !candidates.getLast().label().equals(label)) {
                    candidates.add(new Tick(label, xs[i]));
                }
            }
            var kept = new ArrayList<Tick>();
            for (var tick : candidates) {
                if (kept.isEmpty() || tick.x() - kept.getLast().x() >= minimumGap) {
                    kept.add(tick);
                }
            }
            var latest = candidates.getLast();
            if (kept.getLast() != latest) {
                while (!kept.isEmpty() && latest.x() - kept.getLast().x() < minimumGap) {
                    kept.removeLast();
                }
                kept.add(latest);
            }
            kept.forEach(tick -> svg.text(tick.x(), y, "middle", 12, "chart-tick", tick.label()));
        }
    }
}
