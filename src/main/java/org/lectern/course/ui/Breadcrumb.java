package org.lectern.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;

/** The way back up: a short trail of links above a page's title. */
class Breadcrumb extends Nav {

    Breadcrumb(Component... links) {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "Breadcrumb");
        add(links);
    }
}
