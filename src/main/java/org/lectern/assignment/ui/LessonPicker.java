package org.lectern.assignment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lectern.assignment.AssignedLesson;
import org.lectern.course.CourseSummary;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;

/** Chooses what to assign: one of the instructor's courses, then some of its lessons or the whole course. */
class LessonPicker extends Div {

    private final Courses courses;
    private final long instructorId;
    private final List<CourseSummary> owned;
    final ComboBox<CourseSummary> course = new ComboBox<>("Course");
    final Checkbox wholeCourse = new Checkbox("The whole course");
    final MultiSelectComboBox<LessonSummary> lessons = new MultiSelectComboBox<>("Lessons");

    LessonPicker(Courses courses, long instructorId) {
        this.courses = courses;
        this.instructorId = instructorId;
        this.owned = new ArrayList<>(courses.ownedBy(instructorId));
        course.setItems(owned);
        course.setItemLabelGenerator(c -> c.title() + (c.version() > 1 ? " (version " + c.version() + ")" : ""));
        course.setPlaceholder(owned.isEmpty() ? "Import an article first" : "Choose a course");
        lessons.setItemLabelGenerator(l -> l.ordinal() + 1 + ". " + l.title() + " · " + l.approvedQuestions()
                + " approved question" + (l.approvedQuestions() == 1 ? "" : "s"));
        lessons.setHelperText("Quizzes use approved questions only.");
        course.setManualValidation(true);
        lessons.setManualValidation(true);
        course.setWidthFull();
        lessons.setWidthFull();
        course.addValueChangeListener(change -> showLessonsOf(change.getValue()));
        wholeCourse.addValueChangeListener(change -> {
            lessons.setEnabled(!change.getValue());
            if (change.getValue()) {
                lessons.setValue(lessons.getListDataView().getItems().toList());
            }
        });
        add(course, wholeCourse, lessons);
        showLessonsOf(null);
    }

    private void showLessonsOf(CourseSummary chosen) {
        var items = chosen == null ? List.<LessonSummary>of() : courses.outline(chosen.id(), instructorId).lessons();
        lessons.setItems(items);
        lessons.setEnabled(chosen != null && !wholeCourse.getValue());
        if (wholeCourse.getValue()) {
            lessons.setValue(items);
        }
    }

    /** Shows the lessons of an assignment being edited. */
    void show(List<AssignedLesson> assigned) {
        var courseId = assigned.getFirst().courseId();
        var chosen = owned.stream().filter(c -> c.id() == courseId).findFirst().orElseGet(() -> {
            // An assignment may use an older version of a course, which the list of latest versions leaves out.
            var outline = courses.outline(courseId, instructorId);
            var older = new CourseSummary(outline.id(), outline.title(), outline.author(), outline.version(),
                    outline.lessons().size(), 0, 0, Instant.EPOCH);
            owned.add(older);
            course.setItems(owned);
            return older;
        });
        course.setValue(chosen);
        var ids = assigned.stream().map(AssignedLesson::lessonId).toList();
        var items = lessons.getListDataView().getItems().toList();
        wholeCourse.setValue(items.size() == ids.size());
        lessons.setValue(items.stream().filter(l -> ids.contains(l.id())).toList());
    }

    /** The chosen lessons in course order, or empty with the reason shown under the field. */
    Optional<List<LessonSummary>> read() {
        course.setInvalid(false);
        lessons.setInvalid(false);
        if (course.getValue() == null) {
            return refuse(course, "Choose a course.");
        }
        if (lessons.getValue().isEmpty()) {
            return refuse(lessons, "Choose at least one lesson.");
        }
        return Optional.of(lessons.getValue().stream().sorted(Comparator.comparingInt(LessonSummary::ordinal))
                .toList());
    }

    private static Optional<List<LessonSummary>> refuse(HasValidation field,
                                                        String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return Optional.empty();
    }
}
