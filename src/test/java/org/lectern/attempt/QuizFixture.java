package org.lectern.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;

/**
 * An instructor with a course whose largest lesson has {@value CourseFixture#APPROVED} approved questions, a class,
 * and a way to assign that lesson with chosen rules to a new student. The course is imported once per test class.
 */
public final class QuizFixture {

    private final Accounts accounts;
    private final Classes classes;
    private final Assignments assignments;
    private final SignedInUser instructor;
    private final CourseFixture course;

    public QuizFixture(Accounts accounts, Classes classes, Assignments assignments, CourseImports imports,
                       Courses courses, QuestionBank bank) {
        this.accounts = accounts;
        this.classes = classes;
        this.assignments = assignments;
        this.instructor = TestAccounts.instructor(accounts, "Quiz Teacher");
        this.course = CourseFixture.importFor(instructor.accountId(), imports, courses, bank);
    }

    public SignedInUser instructor() {
        return instructor;
    }

    public CourseFixture course() {
        return course;
    }

    /** Rules that open an hour before {@code now} and are due a week after, changed as the test says. */
    public static AssignmentRules rules(Instant now, UnaryOperator<AssignmentRules> change) {
        return change.apply(AssignmentRules.defaults(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))));
    }

    /** A new student in a new class, given the reviewed lesson under these rules. */
    public Given assignToNewStudent(AssignmentRules rules) {
        return assignTo(TestAccounts.student(accounts, "Quiz Student"), rules);
    }

    /** The reviewed lesson given to this student, through a new class, under these rules. */
    public Given assignTo(SignedInUser student, AssignmentRules rules) {
        var classroom = classes.create("Class " + student.accountId(), instructor.accountId());
        classes.join(classroom.joinCode(), student.accountId());
        var created = assignments.create(new AssignmentRequest(List.of(course.reviewed().id()),
                Recipients.toClass(classroom.id()), rules), instructor.accountId());
        var assigned = assignments.forStudent(student.accountId()).stream()
                .filter(a -> a.assignmentId() == created.id()).findFirst().orElseThrow();
        return new Given(student, created.id(), assigned.lesson().id(), classroom.joinCode());
    }

    public static AssignmentRules unshuffled(AssignmentRules r) {
        return new AssignmentRules(r.opensAt(), r.dueAt(), OptionalInt.empty(), r.countedAttempt(),
                r.timeLimitMinutes(), r.feedback(), false, false, r.questionsPerAttempt(), false);
    }

    /** What a test needs about one assigned student. */
    public record Given(SignedInUser student, long assignmentId, long assignedLessonId, String joinCode) {
        public long studentId() {
            return student.accountId();
        }
    }
}
