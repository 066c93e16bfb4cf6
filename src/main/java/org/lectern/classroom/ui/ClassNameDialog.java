package org.lectern.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lectern.classroom.ClassSummary;

/** Asks for a class's name, to create a class or rename one. A refused name is explained under the field. */
class ClassNameDialog extends Dialog {

    static final int MAX_NAME = 120;

    private final TextField name = new TextField("Class name");
    private final Function<String, ClassSummary> save;
    private final Consumer<ClassSummary> onSaved;

    ClassNameDialog(String title, String currentName, String saveText, Function<String, ClassSummary> save,
                    Consumer<ClassSummary> onSaved) {
        this.save = save;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        addClassName("cls-dialog");
        setWidth("28rem");
        setMaxWidth("100%");
        name.setValue(currentName);
        name.setPlaceholder("e.g. History 9B");
        name.setMaxLength(MAX_NAME);
        name.setManualValidation(true);
        name.setWidthFull();
        name.setAutofocus(true);
        add(name);

        var saveButton = new Button(saveText, click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }

    private void trySave() {
        if (name.getValue().isBlank()) {
            refuse("A class needs a name.");
            return;
        }
        try {
            var saved = save.apply(name.getValue());
            close();
            onSaved.accept(saved);
        } catch (IllegalArgumentException e) {
            // The service checks names too; its words go under the field, where the mistake is.
            refuse(e.getMessage());
        }
    }

    private void refuse(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }
}
