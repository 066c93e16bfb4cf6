package org.lectern.gradebook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

    private static final String TITLE = "Scores: Tardigrades";

    @Test
    void drawsOneBarPerBandThatHasScoresWithItsCountOnTop() {
        var chart = ScoreHistogram.render(TITLE, List.of(5.0, 72.0, 75.5, 79.99, 80.0, 100.0, 91.0));
        var svg = SvgDom.parse(chart.svg());

        assertThat(svg.all("rect", "chart-bar")).hasSize(4);
        assertThat(svg.texts("chart-value")).containsExactly("1", "3", "1", "2");
        svg.assertAccessible(TITLE);
    }

    @Test
    void barHeightsAreProportionalToTheCountsAndTheTallestIsAtTheTopOfTheAxis() {
        var chart = ScoreHistogram.render(TITLE, List.of(15.0, 55.0, 55.0, 56.0, 57.0, 62.0, 63.0));
        var bars = SvgDom.parse(chart.svg()).all("rect", "chart-bar");

        double unit = SvgDom.number(bars.get(0), "height");
        assertThat(SvgDom.number(bars.get(1), "height")).isCloseTo(4 * unit, within(0.02));
        assertThat(SvgDom.number(bars.get(2), "height")).isCloseTo(2 * unit, within(0.02));
        // All bars stand on the same base line.
        for (var bar : bars) {
            assertThat(SvgDom.number(bar, "y") + SvgDom.number(bar, "height"))
                    .isCloseTo(SvgDom.number(bars.get(0), "y") + unit, within(0.02));
        }
        // Bars stand left to right in band order: 10s, 50s, 60s.
        assertThat(SvgDom.number(bars.get(0), "x")).isLessThan(SvgDom.number(bars.get(1), "x"));
        assertThat(SvgDom.number(bars.get(1), "x")).isLessThan(SvgDom.number(bars.get(2), "x"));
    }

    @Test
    void aBandHoldsItsLowerBoundAndOnlyTheLastHoldsOneHundred() {
        int[] counts = ScoreHistogram.count(List.of(0.0, 9.99, 10.0, 89.99, 90.0, 100.0));

        assertThat(counts).containsExactly(2, 1, 0, 0, 0, 0, 0, 0, 1, 2);
    }

    @Test
    void theTableListsEveryBandWithItsCount() {
        var table = ScoreHistogram.render(TITLE, List.of(72.0, 100.0)).table();

        assertThat(table.caption()).isEqualTo(TITLE);
        assertThat(table.rows()).hasSize(10);
        assertThat(table.rows().get(7)).containsExactly("70% to under 80%", "1");
        assertThat(table.rows().get(9)).containsExactly("90% to 100%", "1");
        assertThat(table.rows().get(0)).containsExactly("0% to under 10%", "0");
    }

    @Test
    void withoutScoresItSaysSoInsteadOfDrawingEmptyAxes() {
        var chart = ScoreHistogram.render(TITLE, List.of());
        var svg = SvgDom.parse(chart.svg());

        assertThat(chart.isEmpty()).isTrue();
        assertThat(svg.texts("chart-empty-text")).containsExactly("No attempts yet");
        assertThat(svg.all("rect", "chart-bar")).isEmpty();
        assertThat(svg.all("line")).isEmpty();
        svg.assertAccessible(TITLE);
    }

    @Test
    void aTitleWithMarkupIsEscapedAndReadBackUnchanged() {
        String title = "Scores for \"<b>Q&A</b>\" & 'more'";
        var svg = SvgDom.parse(ScoreHistogram.render(title, List.of(50.0)).svg());

        svg.assertAccessible(title);
        assertThat(svg.all("b")).isEmpty();
    }

    @Test
    void aScoreOutsideZeroToOneHundredIsRefused() {
        assertThatThrownBy(() -> ScoreHistogram.render(TITLE, List.of(101.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> ScoreHistogram.render(TITLE, List.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
