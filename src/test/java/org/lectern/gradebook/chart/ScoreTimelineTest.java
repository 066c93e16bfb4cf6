package org.lectern.gradebook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ScoreTimelineTest {

    private static final String TITLE = "Sam's scores";
    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void drawsAPointPerScoreInDateOrderJoinedByALine() {
        var points = List.of(
                new TimelinePoint(MONDAY.plusSeconds(86_400 * 7), 80, "Second"),
                new TimelinePoint(MONDAY, 40, "First"),
                new TimelinePoint(MONDAY.plusSeconds(86_400 * 14), 100, "Third"));
        var svg = SvgDom.parse(ScoreTimeline.render(TITLE, points, ZoneOffset.UTC).svg());

        var circles = svg.all("circle", "chart-point");
        assertThat(circles).hasSize(3);
        assertThat(circles).extracting(c -> c.getTextContent()).containsExactly(
                "First: 40% on 2 Mar 2026", "Second: 80% on 9 Mar 2026", "Third: 100% on 16 Mar 2026");
        // Evenly spaced dates give evenly spaced points.
        double x0 = SvgDom.number(circles.get(0), "cx");
        double x1 = SvgDom.number(circles.get(1), "cx");
        double x2 = SvgDom.number(circles.get(2), "cx");
        assertThat(x1 - x0).isPositive().isCloseTo(x2 - x1, within(0.02));
        assertThat(svg.all("polyline", "chart-line").getFirst().getAttribute("points").split(" ")).hasSize(3);
        svg.assertAccessible(TITLE);
    }

    @Test
    void pointHeightsFollowTheScoreOnTheZeroToOneHundredAxis() {
        var points = List.of(new TimelinePoint(MONDAY, 0, "a"), new TimelinePoint(MONDAY.plusSeconds(60), 25, "b"),
                new TimelinePoint(MONDAY.plusSeconds(120), 100, "c"));
        var svg = SvgDom.parse(ScoreTimeline.render(TITLE, points, ZoneOffset.UTC).svg());

        double zero = SvgDom.number(svg.all("line", "chart-axis").getFirst(), "y1");
        double hundred = svg.all("line", "chart-grid").stream().mapToDouble(l -> SvgDom.number(l, "y1")).min()
                .orElseThrow();
        var circles = svg.all("circle", "chart-point");
        assertThat(SvgDom.number(circles.get(0), "cy")).isCloseTo(zero, within(0.01));
        assertThat(SvgDom.number(circles.get(1), "cy")).isCloseTo(zero + (hundred - zero) / 4, within(0.01));
        assertThat(SvgDom.number(circles.get(2), "cy")).isCloseTo(hundred, within(0.01));
        assertThat(svg.texts("chart-tick")).contains("0%", "50%", "100%");
    }

    @Test
    void oneScoreStillShowsAPointItsValueAndItsDate() {
        var chart = ScoreTimeline.render(TITLE, List.of(new TimelinePoint(MONDAY, 64.4, "Tardigrades")),
                ZoneOffset.UTC);
        var svg = SvgDom.parse(chart.svg());

        var point = svg.all("circle", "chart-point");
        assertThat(point).hasSize(1);
        assertThat(SvgDom.number(point.getFirst(), "cx")).isCloseTo(SvgWriter.WIDTH / 2.0, within(20.0));
        assertThat(svg.all("polyline")).isEmpty();
        assertThat(svg.texts("chart-value")).containsExactly("64%");
        assertThat(svg.texts("chart-tick")).contains("2 Mar");
        assertThat(chart.table().rows()).containsExactly(List.of("2 Mar 2026", "Tardigrades", "64.40%"));
    }

    @Test
    void datesAreTheCalendarDaysOfTheGivenTimeZone() {
        var lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        var chart = ScoreTimeline.render(TITLE, List.of(new TimelinePoint(lateEvening, 50, "x")),
                ZoneId.of("Europe/Berlin"));

        assertThat(SvgDom.parse(chart.svg()).texts("chart-tick")).contains("3 Mar");
    }

    @Test
    void datesThatWouldOverlapAreThinnedButTheLatestStays() {
        var points = List.of(new TimelinePoint(MONDAY, 10, "a"),
                new TimelinePoint(MONDAY.plusSeconds(86_400), 20, "b"),
                new TimelinePoint(MONDAY.plusSeconds(86_400 * 2), 30, "c"),
                new TimelinePoint(MONDAY.plusSeconds(86_400 * 30), 40, "d"));
        var ticks = SvgDom.parse(ScoreTimeline.render(TITLE, points, ZoneOffset.UTC).svg()).all("text", "chart-tick")
                .stream().filter(t -> !t.getTextContent().endsWith("%")).toList();

        assertThat(ticks).extracting(Element::getTextContent).containsExactly("2 Mar", "1 Apr");
    }

    @Test
    void labelsWithMarkupAreEscaped() {
        var chart = ScoreTimeline.render("<script>alert('x')</script>",
                List.of(new TimelinePoint(MONDAY, 50, "Q&A <b>\"bold\"</b>")), ZoneOffset.UTC);
        var svg = SvgDom.parse(chart.svg());

        assertThat(svg.all("script")).isEmpty();
        assertThat(svg.all("circle", "chart-point").getFirst().getTextContent())
                .isEqualTo("Q&A <b>\"bold\"</b>: 50% on 2 Mar 2026");
        assertThat(chart.svg()).doesNotContain("<script>", "<b>");
    }

    @Test
    void withoutScoresItSaysNoAttemptsYet() {
        var svg = SvgDom.parse(ScoreTimeline.render(TITLE, List.of(), ZoneOffset.UTC).svg());

        assertThat(svg.texts("chart-empty-text")).containsExactly("No attempts yet");
        assertThat(svg.all("circle")).isEmpty();
    }
}
