package org.lectern.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.Assignments;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.support.CountingStatements;
import org.lectern.support.MutableClock;
import org.lectern.support.Statements;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What one click on an answer costs the database: a few statements, however many classes and assignments the
 * student has, because the attempt's row lock is held while they run.
 */
@CountingStatements
class AnswerStatementsTest {

    /** Lock, lookup of the one assignment and its recipient, the item, its update: nothing per class. */
    static final long MOST_PER_ANSWER = 6;

    static QuizFixture fixture;

    @Autowired
    QuizAttempts quizzes;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory factory;

    Statements statements;

    @BeforeEach
    void setUp(@Autowired Classes classes, @Autowired Assignments assignments, @Autowired CourseImports imports,
               @Autowired Courses courses, @Autowired QuestionBank bank) {
        if (fixture == null) {
            fixture = new QuizFixture(accounts, classes, assignments, imports, courses, bank);
        }
        statements = new Statements(factory);
    }

    @Test
    void answeringCostsTheSameFewStatementsWithOneAssignmentAsWithTen() {
        var withOne = attemptOfStudentWith(1);
        var withTen = attemptOfStudentWith(10);

        var one = statements.countOf(() -> quizzes.answer(withOne.attemptId(), withOne.studentId(), 0, 1));
        var ten = statements.countOf(() -> quizzes.answer(withTen.attemptId(), withTen.studentId(), 0, 1));

        System.out.printf("statements per answer: %d with 1 assignment, %d with 10%n", one, ten);
        assertThat(ten).as("statements with 10 assignments").isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(MOST_PER_ANSWER);
    }

    @Test
    void showingAQuizPageDoesNotGrowWithTheStudentsAssignments() {
        var withOne = attemptOfStudentWith(1);
        var withTen = attemptOfStudentWith(10);

        var one = statements.countOf(() -> quizzes.page(withOne.attemptId(), withOne.studentId()));
        var ten = statements.countOf(() -> quizzes.page(withTen.attemptId(), withTen.studentId()));

        System.out.printf("statements per quiz page: %d with 1 assignment, %d with 10%n", one, ten);
        assertThat(ten).isEqualTo(one);
    }

    @Test
    void aStudentOutOfTheClassCanNoLongerAnswer(@Autowired Classes classes) {
        var student = TestAccounts.student(accounts, "Leaver");
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var classId = classes.classesOf(given.studentId()).getFirst().id();
        classes.removeStudent(classId, given.studentId(), fixture.instructor().accountId());

        assertThatThrownBy(() -> quizzes.answer(attemptId, given.studentId(), 0, 1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(StudentAssignmentLookup.NO_SUCH_LESSON);
    }

    /** A new student given the reviewed lesson through {@code assignments} classes, with an attempt at the last. */
    private Started attemptOfStudentWith(int assignments) {
        var student = TestAccounts.student(accounts, "Busy Student");
        QuizFixture.Given given = null;
        for (int i = 0; i < assignments; i++) {
            given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        }
        return new Started(given.studentId(), quizzes.start(given.studentId(), given.assignedLessonId()));
    }

    private record Started(long studentId, long attemptId) {
    }
}
