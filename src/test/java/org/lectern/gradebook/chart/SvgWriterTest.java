package org.lectern.gradebook.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void escapesTheFiveXmlSpecialsAndDropsWhatXmlCannotHold() {
        assertThat(SvgWriter.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
        assertThat(SvgWriter.escape("bell\u0007 null\u0000 tab\t")).isEqualTo("bell null tab\t");
        assertThat(SvgWriter.escape("Tardigrade 🐻")).isEqualTo("Tardigrade 🐻");
    }

    @Test
    void chartTextWithControlCharactersStillParses() {
        var chart = FacilityChart.render("Pasted\u0001 title", List.of(new FacilityBar("Q\u000b1", 50, false)));

        SvgDom.parse(chart.svg()).assertAccessible("Pasted title");
    }

    @Test
    void numbersUseADotAndAtMostTwoDecimals() {
        assertThat(SvgWriter.number(12.0)).isEqualTo("12");
        assertThat(SvgWriter.number(12.345)).isEqualTo("12.35");
        assertThat(SvgWriter.number(-0.001)).isEqualTo("0");
        assertThat(SvgWriter.number(0.5)).isEqualTo("0.5");
    }

    @Test
    void everyChartOnAPageGetsItsOwnIds() {
        var first = SvgDom.parse(ScoreHistogram.render("A", List.of(1.0)).svg());
        var second = SvgDom.parse(ScoreHistogram.render("A", List.of(1.0)).svg());

        assertThat(first.root.getAttribute("aria-labelledby")).isNotEqualTo(second.root.getAttribute("aria-labelledby"));
    }
}
