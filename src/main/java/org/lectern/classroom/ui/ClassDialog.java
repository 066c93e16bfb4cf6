package org.lectern.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.lectern.base.ui.Confirm;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.classroom.RosterEntry;

/** One class: its join code, its roster, and renaming, a new code and archiving, each asked about first. */
class ClassDialog extends Dialog {

    private final Classes classes;
    private final long instructorId;
    private final Runnable onChange;
    private ClassSummary current;

    private final Span code = new Span();
    private final Paragraph codeHint = new Paragraph();
    private final RosterList roster = new RosterList(this::confirmRemoval);
    private final Button archive = new Button();

    ClassDialog(Classes classes, long instructorId, ClassSummary summary, Runnable onChange) {
        this.classes = classes;
        this.instructorId = instructorId;
        this.onChange = onChange;
        this.current = summary;
        addClassName("cls-dialog");
        setWidth("34rem");
        setMaxWidth("100%");

        code.addClassName("cls-code");
        var newCode = new Button("New code", new Icon(VaadinIcon.REFRESH), click -> confirmNewCode());
        newCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        codeHint.addClassName("cls-muted");
        var codeBox = new Div(new Span("Join code"), code, newCode, codeHint);
        codeBox.addClassName("cls-code-box");
        add(codeBox, roster);

        var rename = new Button("Rename", click -> new ClassNameDialog("Rename class", current.name(), "Save name",
                name -> classes.rename(current.id(), name, instructorId), renamed -> changed("Class renamed."))
                .open());
        archive.addClickListener(click -> toggleArchived());
        var close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(archive, rename, close);
        show();
    }

    private void show() {
        current = classes.get(current.id(), instructorId);
        setHeaderTitle(current.name() + (current.archived() ? " (archived)" : ""));
        code.setText(current.joinCode());
        codeHint.setText(current.archived()
                ? "This class is archived: its code does not work until you restore the class."
                : "Students type this code to join. Letters and digits that look alike are never used.");
        archive.setText(current.archived() ? "Restore" : "Archive");
        archive.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!current.archived()) {
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        roster.show(classes.studentsOf(current.id(), instructorId));
    }

    private void changed(String message) {
        Confirm.done(message);
        show();
        onChange.run();
    }

    private void confirmNewCode() {
        Confirm.ask("Make a new join code?", "The code " + current.joinCode() + " stops working at once. "
                        + "Students already in the class stay in it.", "Make new code", false,
                () -> {
                    classes.regenerateCode(current.id(), instructorId);
                    changed("New join code made.");
                });
    }

    private void toggleArchived() {
        if (current.archived()) {
            classes.restore(current.id(), instructorId);
            changed("Class restored; its join code works again.");
            return;
        }
        Confirm.ask("Archive " + current.name() + "?", "The class leaves your list and its join code stops "
                        + "working. Its students and their work are kept, and you can restore it later.",
                "Archive", true, () -> {
                    classes.archive(current.id(), instructorId);
                    changed("Class archived.");
                });
    }

    private void confirmRemoval(RosterEntry student) {
        Confirm.ask("Remove " + student.displayName() + "?", student.displayName() + " leaves " + current.name()
                        + " and no longer sees its assignments. They can join again with the code.",
                "Remove", true, () -> {
                    try {
                        classes.removeStudent(current.id(), student.studentId(), instructorId);
                        changed(student.displayName() + " removed from " + current.name() + ".");
                    } catch (IllegalArgumentException e) {
                        Confirm.failed(e.getMessage());
                        show();
                    }
                });
    }
}
