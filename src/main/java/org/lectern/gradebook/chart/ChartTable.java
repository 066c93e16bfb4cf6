package org.lectern.gradebook.chart;

import java.util.List;

/**
 * The numbers behind a chart as a table: the text alternative a view shows beside the picture.
 *
 * @param caption what the table is, for its caption
 * @param headers column headings; the first column heads each row
 * @param rows    cells as text, each row as long as {@code headers}
 */
public record ChartTable(String caption, List<String> headers, List<List<String>> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (var row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Each row needs " + headers.size() + " cells, not " + row.size());
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
