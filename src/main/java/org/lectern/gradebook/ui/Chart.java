package org.lectern.gradebook.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.lectern.gradebook.chart.ChartTable;
import org.lectern.gradebook.chart.SvgChart;

/**
 * Shows a server-drawn chart and, under it, the same numbers as a table in a {@code <details>}: the text
 * alternative for screen readers and for anyone who wants the exact figures. Vaadin's {@link Svg} puts the markup in
 * as it is, which is safe here because the chart package escapes every text it writes.
 */
public class Chart extends Div {

    static final String TABLE_SUMMARY = "The numbers as a table";

    public Chart(SvgChart chart) {
        addClassName("chart");
        add(new Svg(chart.svg()));
        if (!chart.isEmpty()) {
            var details = new NativeDetails(TABLE_SUMMARY, table(chart.table()));
            details.addClassName("chart-details");
            add(details);
        }
    }

    private static NativeTable table(ChartTable data) {
        var table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(data.caption());
        var head = table.getHead().addRow();
        for (String header : data.headers()) {
            head.addHeaderCell().setText(header);
            head.getHeaderCells().getLast().getElement().setAttribute("scope", "col");
        }
        var body = table.getBody();
        for (var cells : data.rows()) {
            NativeTableRow row = body.addRow();
            // The first cell names the row, so a screen reader announces it with each figure.
            var name = row.addHeaderCell();
            name.setText(cells.getFirst());
            name.getElement().setAttribute("scope", "row");
            cells.subList(1, cells.size()).forEach(cell -> row.addDataCell().setText(cell));
        }
        return table;
    }
}
