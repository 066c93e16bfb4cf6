package org.lectern.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.course.LessonSummary;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "assignments-view-tess", roles = "INSTRUCTOR")
class AssignmentsViewTest extends SpringBrowserlessTest {

    static CourseFixture course;

    @Autowired
    Assignments assignments;
    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser tess;
    SignedInUser sam;
    ClassSummary history;

    @BeforeEach
    void setUp(@Autowired CourseImports imports, @Autowired Courses courses, @Autowired QuestionBank bank) {
        tess = TestAccounts.signedIn(accounts, "assignments-view-tess", Role.INSTRUCTOR);
        if (course == null) {
            course = CourseFixture.importFor(tess.accountId(), imports, courses, bank);
        }
        // Each test starts with no assignment and one fresh class with one student.
        assignments.ownedBy(tess.accountId()).forEach(a -> assignments.delete(a.id(), tess.accountId()));
        classes.ownedBy(tess.accountId(), false).forEach(c -> classes.archive(c.id(), tess.accountId()));
        sam = TestAccounts.student(accounts, "Sam Student");
        history = classes.create("History", tess.accountId());
        classes.join(history.joinCode(), sam.accountId());
    }

    @Test
    void anInstructorAssignsAWholeCourseToAClassAndSeesItListed() {
        navigate(AssignmentsView.class);
        test(button("New assignment")).click();

        test(comboBox("Course")).selectItem(course.outline().title());
        test(checkbox("The whole course")).click();
        test(comboBox("Class")).selectItem("History · 1 student");
        test(button("Assign")).click();

        var stored = assignments.ownedBy(tess.accountId());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().lessonIds())
                .containsExactlyElementsOf(course.outline().lessons().stream().map(LessonSummary::id).toList());
        assertThat(stored.getFirst().recipients()).isEqualTo(Recipients.toClass(history.id()));
        assertThat(stored.getFirst().rules().shuffleQuestions()).as("shuffled by default").isTrue();
        assertThat(stored.getFirst().rules().requiresReading()).as("reading first by default").isTrue();
        assertThat(assignments.forStudent(sam.accountId())).hasSize(course.outline().lessons().size());
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat($(Dialog.class).exists()).isFalse();
    }

    @Test
    void anEmptyFormExplainsEachMissingChoiceUnderItsFieldAndSavesNothing() {
        navigate(AssignmentsView.class);
        test(button("New assignment")).click();

        test(button("Assign")).click();

        assertError(comboBox("Course"), "Choose a course.");
        assertError(comboBox("Class"), "Choose a class.");
        test(comboBox("Course")).selectItem(course.outline().title());
        test(radio("Assign to")).selectItem("Chosen students");
        test(button("Assign")).click();
        assertError(multiSelect("Lessons"), "Choose at least one lesson.");
        assertError(multiSelect("Students"), "Choose at least one student.");
        assertThat(assignments.ownedBy(tess.accountId())).isEmpty();
    }

    @Test
    void badDatesAndNumbersAreExplainedUnderTheirFieldsAndSaveNothing() {
        navigate(AssignmentsView.class);
        test(button("New assignment")).click();
        test(comboBox("Course")).selectItem(course.outline().title());
        test(multiSelect("Lessons")).selectItem(label(course.reviewed()));
        test(comboBox("Class")).selectItem("History · 1 student");

        test(dateTime("Opens")).setValue(LocalDateTime.of(2026, 10, 5, 9, 0));
        test(dateTime("Due")).setValue(LocalDateTime.of(2026, 10, 4, 9, 0));
        test(integer("Attempts allowed")).setValue(0);
        test(checkbox("Time limit")).click();
        test(integer("Minutes per attempt")).setValue(-10);
        test(radio("Questions per attempt")).selectItem("A random subset");
        test(integer("How many questions")).setValue(CourseFixture.APPROVED + 1);
        test(button("Assign")).click();

        assertError(dateTime("Due"), "The due date must be after the opening date.");
        test(dateTime("Due")).setValue(LocalDateTime.of(2026, 10, 12, 9, 0));
        test(button("Assign")).click();
        assertError(integer("Attempts allowed"), "Allow at least one attempt.");
        assertError(integer("Minutes per attempt"), "A time limit must be at least 1 minute.");
        assertError(integer("How many questions"), "“" + course.reviewed().title() + "” has only "
                + CourseFixture.APPROVED + " approved questions; ask at most " + CourseFixture.APPROVED
                + " per attempt.");
        assertThat(dateTime("Due").isInvalid()).isFalse();
        assertThat(assignments.ownedBy(tess.accountId())).isEmpty();

        test(integer("Attempts allowed")).setValue(2);
        test(integer("Minutes per attempt")).setValue(15);
        test(integer("How many questions")).setValue(CourseFixture.APPROVED);
        test(button("Assign")).click();
        var rules = assignments.ownedBy(tess.accountId()).getFirst().rules();
        assertThat(rules.attemptsAllowed()).hasValue(2);
        assertThat(rules.timeLimitMinutes()).hasValue(15);
        assertThat(rules.questionsPerAttempt()).hasValue(CourseFixture.APPROVED);
        assertThat(rules.dueAt()).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 0).atZone(ZoneId.systemDefault())
                .toInstant());
    }

    @Test
    void anEditIsSavedOnlyAfterConfirmationAndStudentsSeeItAtOnce() {
        var created = assignFirstLesson();
        navigate(AssignmentsView.class);
        test(editButton(0)).click();

        test(dateTime("Due")).setValue(LocalDateTime.of(2026, 12, 24, 18, 0));
        test(button("Save changes")).click();
        var confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getHeader()).isEqualTo("Save changes?");
        assertThat(assignments.get(created.id(), tess.accountId()).rules().dueAt())
                .as("nothing changes before the confirmation").isEqualTo(created.rules().dueAt());
        test(confirm).confirm();

        var due = LocalDateTime.of(2026, 12, 24, 18, 0).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(assignments.get(created.id(), tess.accountId()).rules().dueAt()).isEqualTo(due);
        assertThat(assignments.forStudent(sam.accountId())).singleElement()
                .satisfies(a -> assertThat(a.rules().dueAt()).isEqualTo(due));
    }

    @Test
    void deletingAsksFirstAndACancelledDeletionKeepsTheAssignment() {
        var created = assignFirstLesson();
        navigate(AssignmentsView.class);
        test(editButton(0)).click();

        test(button("Delete")).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(assignments.ownedBy(tess.accountId())).extracting(AssignmentDetails::id).contains(created.id());

        test(button("Delete")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(assignments.ownedBy(tess.accountId())).isEmpty();
        assertThat(assignments.forStudent(sam.accountId())).isEmpty();
        assertThat($(Grid.class).withClassName("asg-grid").exists()).isFalse();
    }

    private AssignmentDetails assignFirstLesson() {
        var rules = AssignmentRules.defaults(Instant.parse("2026-11-02T08:00:00Z"),
                Instant.parse("2026-11-09T20:00:00Z"));
        return assignments.create(new AssignmentRequest(List.of(course.reviewed().id()),
                Recipients.toClass(history.id()), rules), tess.accountId());
    }

    private static String label(LessonSummary lesson) {
        return lesson.ordinal() + 1 + ". " + lesson.title() + " · " + lesson.approvedQuestions() + " approved question"
                + (lesson.approvedQuestions() == 1 ? "" : "s");
    }

    private static void assertError(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private Button button(String text) {
        return $(Button.class).withText(text).last();
    }

    private Button editButton(int row) {
        return (Button) test(grid()).getCellComponent(row, 1);
    }

    private Checkbox checkbox(String label) {
        return $(Checkbox.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> comboBox(String label) {
        return $(ComboBox.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Object> multiSelect(String label) {
        return $(MultiSelectComboBox.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radio(String label) {
        return $(RadioButtonGroup.class).withCaption(label).single();
    }

    private DateTimePicker dateTime(String label) {
        return $(DateTimePicker.class).withCaption(label).single();
    }

    private IntegerField integer(String label) {
        return $(IntegerField.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<AssignmentDetails> grid() {
        return $(Grid.class).withClassName("asg-grid").single();
    }
}
