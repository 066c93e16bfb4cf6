package org.lectern.gradebook.chart;

import java.util.List;

/** What every chart shows before there is anything to draw: one calm sentence, not an empty pair of axes. */
final class EmptyChart {

    static final String MESSAGE = "No attempts yet";

    private EmptyChart() {
    }

    static SvgChart render(String kind, String title) {
        var svg = new SvgWriter(kind + " chart-empty", 96, title, MESSAGE + ".")
                .rect(1, 1, SvgWriter.WIDTH - 2, 94, "chart-empty-box", null)
                .text(SvgWriter.WIDTH / 2.0, 53, "middle", 15, "chart-empty-text", MESSAGE);
        return new SvgChart(title, svg.finish(), new ChartTable(title, List.of(), List.of()));
    }
}
