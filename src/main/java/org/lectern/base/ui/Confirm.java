package org.lectern.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The confirmations and notices every screen shares, so every question and answer looks the same. */
public final class Confirm {

    private Confirm() {
    }

    /** Asks before a change students will notice; {@code destructive} colours the confirm button as a warning. */
    public static ConfirmDialog ask(String header, String text, String confirmText, boolean destructive, Runnable onConfirm) {
        var dialog = new ConfirmDialog(header, text, confirmText, event -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
        return dialog;
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void failed(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
