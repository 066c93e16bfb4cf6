package org.lectern.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors inside an open page (a button whose action fails) reach this handler: the user sees one plain sentence,
 * never a stack trace; the log keeps the details.
 */
@Component
class ErrorHandlerConfig implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerConfig.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            if (UI.getCurrent() != null) {
                var note = Notification.show("Something went wrong. Nothing was saved from that step; try again.",
                        6000, Notification.Position.TOP_CENTER);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
