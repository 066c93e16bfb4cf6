package org.lectern.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Optional;
import org.lectern.base.ui.Confirm;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.Assignments;

/**
 * Creates an assignment, or edits or deletes one. Changes to an existing assignment reach students at once, so
 * saving and deleting ask first.
 */
class AssignmentDialog extends Dialog {

    private final Assignments assignments;
    private final long instructorId;
    private final Optional<AssignmentDetails> existing;
    private final AssignmentForm form;
    private final Runnable onChange;

    AssignmentDialog(Assignments assignments, long instructorId, AssignmentForm form,
                     Optional<AssignmentDetails> existing, Runnable onChange) {
        this.assignments = assignments;
        this.instructorId = instructorId;
        this.existing = existing;
        this.form = form;
        this.onChange = onChange;
        addClassName("asg-dialog");
        setWidth("44rem");
        setMaxWidth("100%");
        setHeaderTitle(existing.map(a -> "Edit " + a.title()).orElse("New assignment"));
        add(form);

        var save = new Button(existing.isPresent() ? "Save changes" : "Assign", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        if (existing.isPresent()) {
            var delete = new Button("Delete", click -> confirmDelete(existing.get()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        var request = form.read();
        if (request.isEmpty()) {
            return;
        }
        if (existing.isEmpty()) {
            store(request.get(), "Assigned.");
            return;
        }
        Confirm.ask("Save changes?", "Students see the changed assignment at once, including any quiz they "
                + "have not finished.", "Save changes", false, () -> store(request.get(), "Changes saved."));
    }

    private void store(AssignmentRequest request, String done) {
        try {
            if (existing.isPresent()) {
                assignments.update(existing.get().id(), request, instructorId);
            } else {
                assignments.create(request, instructorId);
            }
        } catch (IllegalArgumentException e) {
            // The form checks the same rules; this only happens when something changed meanwhile.
            Confirm.failed(e.getMessage());
            return;
        }
        close();
        Confirm.done(done);
        onChange.run();
    }

    private void confirmDelete(AssignmentDetails assignment) {
        Confirm.ask("Delete " + assignment.title() + "?", "Students no longer see these lessons as assigned. "
                + "This cannot be undone.", "Delete", true, () -> {
                    assignments.delete(assignment.id(), instructorId);
                    close();
                    Confirm.done("Assignment deleted.");
                    onChange.run();
                });
    }
}
