package org.lectern.support;

import com.vaadin.flow.server.VaadinSession;

/**
 * Runs the UI changes that slow work handed back with {@code ui.access} while the test's thread held the session:
 * what a browser's next poll would bring.
 */
public final class PendingAccess {

    private PendingAccess() {
    }

    public static void run() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
