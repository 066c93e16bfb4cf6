package org.lectern.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** A page's content column: a readable width, centred, with the same spacing everywhere. */
public class Page extends Main {

    public Page(String title, String purpose) {
        this();
        add(new PageHeader(title, purpose));
    }

    /** For a page that writes its own header once it has loaded what it shows. */
    public Page() {
        addClassName("page");
    }

    /** A calm box for a page whose content is still to come, or that has nothing to show yet. */
    public void addEmptyState(String message) {
        var box = new Div(new Paragraph(message));
        box.addClassName("empty-state");
        add(box);
    }
}
