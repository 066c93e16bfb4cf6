package org.lectern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that does not exist and for a view the user's role may not open: Vaadin reports both as
 * "not found" in production, so a student learns nothing about instructor pages.
 */
@AnonymousAllowed
public class NotFoundView extends Page implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("Page not found", "There is no page at this address, or it is not open to you.");
        add(new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
