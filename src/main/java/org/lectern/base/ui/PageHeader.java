package org.lectern.base.ui;

import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The title block at the top of a page: a heading and one line that says what the page is for. */
public class PageHeader extends Header {

    public PageHeader(String title, String purpose) {
        addClassName("page-header");
        add(new H1(title));
        if (!purpose.isBlank()) {
            var lead = new Paragraph(purpose);
            lead.addClassName("page-lead");
            add(lead);
        }
    }
}
