package org.lectern.gradebook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lectern.gradebook.statistics.ItemAnalysis;
import org.lectern.gradebook.statistics.ScoredAttempt;
import org.lectern.gradebook.statistics.ScoredResponse;
import org.w3c.dom.Element;

class FacilityChartTest {

    private static final String TITLE = "Facility per question";

    private final List<FacilityBar> bars = List.of(
            new FacilityBar("Q1. Which city led the League?", 71.43, false),
            new FacilityBar("Q2. Which \"river\" is <longest> & why?", 5, true),
            new FacilityBar("Q3. Who?", 100, true),
            new FacilityBar("Q4. When?", 0, false));

    @Test
    void drawsABarPerQuestionAsLongAsItsFacility() {
        var svg = SvgDom.parse(FacilityChart.render(TITLE, bars).svg());

        var drawn = svg.all("rect", "chart-bar");
        assertThat(drawn).hasSize(4);
        double full = FacilityChart.x(100) - FacilityChart.x(0);
        for (int i = 0; i < bars.size(); i++) {
            assertThat(SvgDom.number(drawn.get(i), "x")).isEqualTo(FacilityChart.LEFT);
            assertThat(SvgDom.number(drawn.get(i), "width")).isCloseTo(full * bars.get(i).facility() / 100, within(0.01));
        }
        assertThat(svg.texts("chart-value")).containsExactly("71%", "5%", "100%", "0%");
        svg.assertAccessible(TITLE);
    }

    @Test
    void flaggedQuestionsAreStyledApartAndSayReviewInWords() {
        var svg = SvgDom.parse(FacilityChart.render(TITLE, bars).svg());

        assertThat(svg.all("rect", "chart-bar", "chart-bar-flagged")).hasSize(2);
        assertThat(svg.all("tspan", "chart-flag")).extracting(Element::getTextContent)
                .containsExactly(" (review)", " (review)");
        assertThat(svg.root.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("2 flagged");
    }

    @Test
    void theTenAndNinetyPercentThresholdsAreMarkedOnEveryBar() {
        var svg = SvgDom.parse(FacilityChart.render(TITLE, bars).svg());

        var thresholds = svg.all("line", "chart-threshold");
        assertThat(thresholds).hasSize(2 * bars.size());
        assertThat(thresholds).extracting(l -> SvgDom.number(l, "x1"))
                .containsOnly(Math.round(FacilityChart.x(10) * 100) / 100.0, Math.round(FacilityChart.x(90) * 100) / 100.0);
        assertThat(svg.all("rect", "chart-zone")).hasSize(2 * bars.size() + 1);
        assertThat(svg.texts("chart-tick")).contains("10%", "90%");
    }

    @Test
    void labelsWithMarkupAreEscapedAndReadBackAsWritten() {
        var chart = FacilityChart.render(TITLE, bars);
        var svg = SvgDom.parse(chart.svg());

        assertThat(svg.all("text", "chart-label").get(1).getFirstChild().getNodeValue())
                .isEqualTo("Q2. Which \"river\" is <longest> & why?");
        assertThat(chart.svg()).doesNotContain("<longest>");
        assertThat(chart.table().rows().get(1)).containsExactly("Q2. Which \"river\" is <longest> & why?", "5.00%", "Yes");
    }

    @Test
    void aLongLabelWrapsOntoTwoLinesAndEndsWithAnEllipsisButTheTableKeepsItWhole() {
        String stem = "Q9. In which year did the Bretton Woods system of fixed exchange rates between the major "
                + "currencies finally come to an end, and who announced it?";
        var chart = FacilityChart.render(TITLE, List.of(new FacilityBar(stem, 50, false)));
        var lines = SvgDom.parse(chart.svg()).texts("chart-label");

        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(LabelLines.CHARACTERS_PER_LINE));
        assertThat(lines.get(0)).startsWith("Q9. In which year");
        assertThat(lines.get(1)).endsWith("…");
        assertThat(chart.table().rows().getFirst().getFirst()).isEqualTo(stem);
    }

    @Test
    void aWordLongerThanALineIsCutRatherThanOverflowing() {
        var lines = LabelLines.wrap("Q7. " + "x".repeat(120), "(review)");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(LabelLines.CHARACTERS_PER_LINE).startsWith("Q7. xxx");
        assertThat(lines.get(1).length() + " (review)".length()).isLessThanOrEqualTo(LabelLines.CHARACTERS_PER_LINE);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(LabelLines.wrap("Short", "")).containsExactly("Short");
        assertThat(LabelLines.wrap("   ", "")).containsExactly("(no text)");
    }

    @Test
    void aBarComesStraightFromAQuestionsStatistics() {
        var attempts = List.of(
                new ScoredAttempt(1, 1, 1, Instant.EPOCH, List.of(new ScoredResponse("a", 1, 1, OptionalInt.of(0)))),
                new ScoredAttempt(2, 2, 1, Instant.EPOCH, List.of(new ScoredResponse("a", 1, 1, OptionalInt.of(0)))));
        var question = ItemAnalysis.of(attempts).question("a").orElseThrow();

        var bar = FacilityBar.of("Q1", question);

        assertThat(bar).isEqualTo(new FacilityBar("Q1", 100, true));
    }

    @Test
    void withoutQuestionsItSaysNoAttemptsYet() {
        var chart = FacilityChart.render(TITLE, List.of());

        assertThat(chart.isEmpty()).isTrue();
        assertThat(SvgDom.parse(chart.svg()).texts("chart-empty-text")).containsExactly("No attempts yet");
    }
}
