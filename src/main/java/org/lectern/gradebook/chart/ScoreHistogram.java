package org.lectern.gradebook.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The score distribution of an assignment: how many scores fell in each band of 10 percentage points, the count
 * written on each bar. A band holds its lower bound and not its upper one, except the last, which holds 100%.
 */
public final class ScoreHistogram {

    static final int BANDS = 10;
    private static final double LEFT = 34;
    private static final double RIGHT = SvgWriter.WIDTH - 14;
    private static final double TOP = 30;
    private static final double BOTTOM = 180;
    private static final double HEIGHT = 226;

    private ScoreHistogram() {
    }

    /**
     * @param scores percentages from 0 to 100, one per counted attempt
     * @throws IllegalArgumentException for a score that is not a number from 0 to 100
     */
    public static SvgChart render(String title, List<Double> scores) {
        if (scores.isEmpty()) {
            return EmptyChart.render("histogram", title);
        }
        int[] counts = count(scores);
        int busiest = 0;
        for (int band = 1; band < BANDS; band++) {
            busiest = counts[band] > counts[busiest] ? band : busiest;
        }
        String description = String.format(Locale.ROOT,
                "Histogram of %d %s in bands of 10 percentage points. The most common band is %s with %d.",
                scores.size(), scores.size() == 1 ? "score" : "scores", spoken(busiest), counts[busiest]);
        var svg = new SvgWriter("histogram", HEIGHT, title, description);
        var scale = AxisScale.forCounts(counts[busiest]);
        drawCountAxis(svg, scale);
        double bandWidth = (RIGHT - LEFT) / BANDS;
        for (int band = 0; band < BANDS; band++) {
            double x = LEFT + band * bandWidth;
            if (counts[band] > 0) {
                double height = (BOTTOM - TOP) * counts[band] / scale.max();
                svg.rect(x + 2, BOTTOM - height, bandWidth - 4, height, "chart-bar",
                        spoken(band) + ": " + counts[band])
                        .text(x + bandWidth / 2, BOTTOM - height - 5, "middle", 13, "chart-value",
                                Integer.toString(counts[band]));
            }
        }
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "chart-axis");
        for (int edge = 0; edge <= BANDS; edge++) {
            svg.text(LEFT + edge * bandWidth, BOTTOM + 17, "middle", 12, "chart-tick", Integer.toString(edge * 10));
        }
        svg.text((LEFT + RIGHT) / 2, BOTTOM + 38, "middle", 13, "chart-axis-title", "Score (%)");
        return new SvgChart(title, svg.finish(), table(title, counts));
    }

    static int[] count(List<Double> scores) {
        int[] counts = new int[BANDS];
        for (Double score : scores) {
            if (score == null || !Double.isFinite(score) || score < 0 || score > 100) {
                throw new IllegalArgumentException("A score must be a percentage from 0 to 100, not " + score + ".");
            }
            counts[Math.min(BANDS - 1, (int) Math.floor(score / 10))]++;
        }
        return counts;
    }

    private static void drawCountAxis(SvgWriter svg, AxisScale scale) {
        for (int value = 0; value <= scale.max(); value += scale.step()) {
            double y = BOTTOM - (BOTTOM - TOP) * value / scale.max();
            if (value > 0) {
                svg.line(LEFT, y, RIGHT, y, "chart-grid");
            }
            svg.text(LEFT - 6, y + 4, "end", 12, "chart-tick", Integer.toString(value));
        }
        svg.text(LEFT - 6, TOP - 16, "start", 13, "chart-axis-title", "Scores");
    }

    private static ChartTable table(String title, int[] counts) {
        var rows = new ArrayList<List<String>>();
        for (int band = 0; band < BANDS; band++) {
            rows.add(List.of(spoken(band), Integer.toString(counts[band])));
        }
        return new ChartTable(title, List.of("Score", "Scores in this band"), rows);
    }

    /** "70% to under 80%", and "90% to 100%" for the last band. */
    static String spoken(int band) {
        return band == BANDS - 1 ? "90% to 100%" : band * 10 + "% to under " + (band + 1) * 10 + "%";
    }
}
