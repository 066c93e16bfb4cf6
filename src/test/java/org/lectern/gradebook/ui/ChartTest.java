package org.lectern.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.gradebook.chart.FacilityChart;
import org.lectern.gradebook.chart.FacilityBar;
import org.lectern.gradebook.chart.ScoreHistogram;
import org.lectern.gradebook.statistics.Stat;
import org.lectern.gradebook.statistics.StatFormat;

/** The chart component without a browser: the SVG goes in as drawn and the numbers come with it as a table. */
class ChartTest {

    @Test
    void showsTheSvgAndTheSameNumbersInATableUnderADisclosure() {
        var drawn = FacilityChart.render("Facility", List.of(new FacilityBar("Q1 <b>&</b>", 40, false),
                new FacilityBar("Q2", 95, true)));

        var chart = new Chart(drawn);

        assertThat(chart.getClassNames()).contains("chart");
        var svg = (Svg) chart.getChildren().toList().getFirst();
        assertThat(svg.getElement().getProperty("innerHTML")).isEqualTo(drawn.svg());
        var details = (NativeDetails) chart.getChildren().toList().get(1);
        assertThat(details.getSummaryText()).isEqualTo("The numbers as a table");
        var table = (NativeTable) details.getContent();
        assertThat(table.getCaptionText()).isEqualTo("Facility");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).extracting(Component::getElement)
                .extracting(e -> e.getText() + "|" + e.getAttribute("scope"))
                .containsExactly("Question|col", "Facility|col", "Flagged|col");
        var rows = table.getBody().getRows();
        assertThat(rows).hasSize(2);
        // Text goes in as text, so the question's markup stays harmless.
        assertThat(rows.getFirst().getHeaderCells().getFirst().getText()).isEqualTo("Q1 <b>&</b>");
        assertThat(rows.getFirst().getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
        assertThat(rows.get(1).getDataCells()).extracting(c -> c.getText()).containsExactly("95.00%", "Yes");
    }

    @Test
    void anEmptyChartHasNoTable() {
        var chart = new Chart(ScoreHistogram.render("Scores", List.of()));

        assertThat(chart.getChildren().toList()).hasSize(1);
        assertThat(((Svg) chart.getChildren().toList().getFirst()).getElement().getProperty("innerHTML"))
                .contains("No attempts yet");
    }

    @Test
    void anUndefinedStatisticShowsADashButTellsScreenReadersWhy() {
        var label = new StatLabel(StatFormat.percent(Stat.undefined("needs at least 2 attempts")));

        var parts = label.getChildren().map(Span.class::cast).toList();
        assertThat(parts.getFirst().getText()).isEqualTo("—");
        assertThat(parts.getFirst().getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(parts.get(1).getText()).isEqualTo("undefined: needs at least 2 attempts");
        assertThat(parts.get(1).getClassNames()).contains("chart-sr-only");
        assertThat(new StatLabel(StatFormat.percent(Stat.of(71.4286))).getText()).isEqualTo("71.43%");
    }
}
