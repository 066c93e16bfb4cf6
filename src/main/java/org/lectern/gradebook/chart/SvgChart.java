package org.lectern.gradebook.chart;

/**
 * A drawn chart.
 *
 * @param title the chart's title, also the SVG's accessible name
 * @param svg   a complete {@code <svg>} element; every text in it is escaped, so it is safe to put into a page
 * @param table the same numbers as a table; empty when there was nothing to draw
 */
public record SvgChart(String title, String svg, ChartTable table) {

    /** Whether the chart shows its "No attempts yet" state instead of data. */
    public boolean isEmpty() {
        return table.isEmpty();
    }
}
