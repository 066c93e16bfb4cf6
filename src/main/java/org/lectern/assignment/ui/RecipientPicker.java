package org.lectern.assignment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.classroom.RosterEntry;

/** Chooses whom to assign to: one of the instructor's active classes, or students of their classes by name. */
class RecipientPicker extends Div {

    static final String A_CLASS = "A class";
    static final String CHOSEN_STUDENTS = "Chosen students";

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Assign to");
    final ComboBox<ClassSummary> classBox = new ComboBox<>("Class");
    final MultiSelectComboBox<RosterEntry> students = new MultiSelectComboBox<>("Students");

    RecipientPicker(Classes classes, long instructorId) {
        mode.setItems(A_CLASS, CHOSEN_STUDENTS);
        mode.setValue(A_CLASS);
        var active = classes.ownedBy(instructorId, false);
        classBox.setItems(active);
        classBox.setItemLabelGenerator(c -> c.name() + " · " + c.students() + " student"
                + (c.students() == 1 ? "" : "s"));
        classBox.setPlaceholder(active.isEmpty() ? "Create a class first" : "Choose a class");
        students.setItems(classes.studentsTaughtBy(instructorId));
        students.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        students.setHelperText("Students of your classes.");
        classBox.setManualValidation(true);
        students.setManualValidation(true);
        classBox.setWidthFull();
        students.setWidthFull();
        mode.addValueChangeListener(change -> showMode());
        add(mode, classBox, students);
        showMode();
    }

    private void showMode() {
        var toClass = A_CLASS.equals(mode.getValue());
        classBox.setVisible(toClass);
        students.setVisible(!toClass);
    }

    void show(Recipients recipients) {
        if (recipients.classId().isPresent()) {
            mode.setValue(A_CLASS);
            var id = recipients.classId().getAsLong();
            classBox.getListDataView().getItems().filter(c -> c.id() == id).findFirst().ifPresent(classBox::setValue);
        } else {
            mode.setValue(CHOSEN_STUDENTS);
            students.setValue(students.getListDataView().getItems()
                    .filter(s -> recipients.studentIds().contains(s.studentId())).toList());
        }
    }

    /** The recipients, or empty with the reason shown under the field. */
    Optional<Recipients> read() {
        classBox.setInvalid(false);
        students.setInvalid(false);
        if (A_CLASS.equals(mode.getValue())) {
            if (classBox.getValue() == null) {
                classBox.setErrorMessage("Choose a class.");
                classBox.setInvalid(true);
                return Optional.empty();
            }
            return Optional.of(Recipients.toClass(classBox.getValue().id()));
        }
        if (students.getValue().isEmpty()) {
            students.setErrorMessage("Choose at least one student.");
            students.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(Recipients.toStudents(students.getValue().stream().map(RosterEntry::studentId)
                .collect(Collectors.toSet())));
    }
}
