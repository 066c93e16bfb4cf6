package org.lectern.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class PracticeTest {

    static QuizFixture fixture;

    @Autowired
    QuizAttempts quizzes;
    @Autowired
    StudentLessons lessons;
    @Autowired
    Practice practice;
    @Autowired
    QuestionBank bank;
    @Autowired
    MutableClock clock;

    QuizAttemptsTest.Answers answers;

    @BeforeEach
    void setUp(@Autowired Accounts accounts, @Autowired Classes classes, @Autowired Assignments assignments,
               @Autowired CourseImports imports, @Autowired Courses courses) {
        if (fixture == null) {
            fixture = new QuizFixture(accounts, classes, assignments, imports, courses, bank);
        }
        answers = new QuizAttemptsTest.Answers(bank.lesson(fixture.course().reviewed().id(),
                fixture.instructor().accountId()));
    }

    @Test
    void missedQuestionsComeBackOnASpacedScheduleWithoutChangingTheGrade() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var items = quizzes.page(attemptId, given.studentId()).items();
        quizzes.answer(attemptId, given.studentId(), 0, answers.correctShown(items.get(0)));
        quizzes.answer(attemptId, given.studentId(), 1, answers.wrongShown(items.get(1)));
        var graded = quizzes.submit(attemptId, given.studentId()).countingScore();

        // One wrong and one unanswered question are due at once; the right one is not on the schedule.
        assertThat(practice.dueCount(given.studentId())).isEqualTo(2);
        assertThat(lessons.home(given.studentId()).practiceDue()).isEqualTo(2);
        var first = practice.next(given.studentId()).orElseThrow();
        assertThat(first.box()).isEqualTo(1);
        var missed = answers.bank().questions().stream().filter(q -> q.id().equals(first.questionId()))
                .findFirst().orElseThrow();

        var right = practice.answer(given.studentId(), first.questionId(), missed.correctOption());
        assertThat(right.correct()).isTrue();
        assertThat(right.box()).isEqualTo(2);
        assertThat(right.nextDue()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(practice.dueCount(given.studentId())).isEqualTo(1);
        assertThatThrownBy(() -> practice.answer(given.studentId(), first.questionId(), 0))
                .as("not due again yet").isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(3));
        assertThat(practice.dueCount(given.studentId())).isEqualTo(2);
        var wrong = practice.answer(given.studentId(), first.questionId(), (missed.correctOption() + 1) % 4);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.box()).isEqualTo(1);
        assertThat(wrong.nextDue()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        assertThat(wrong.sourceSentence()).isEqualTo(missed.sourceSentence());

        assertThat(lessons.home(given.studentId()).lessons().getFirst().score()).isEqualTo(graded);
        assertThat(practice.schedule(given.studentId())).hasSize(2);
    }

    @Test
    void aQuestionMasteredInTheLastBoxLeavesTheSchedule() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        quizzes.submit(attemptId, given.studentId());
        var questionId = practice.next(given.studentId()).orElseThrow().questionId();
        var correct = answers.bank().questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow().correctOption();

        assertThat(practice.answer(given.studentId(), questionId, correct).box()).isEqualTo(2);
        clock.advance(Duration.ofDays(3));
        assertThat(practice.answer(given.studentId(), questionId, correct).box()).isEqualTo(3);
        clock.advance(Duration.ofDays(7));
        assertThat(practice.answer(given.studentId(), questionId, correct).mastered()).isTrue();

        clock.advance(Duration.ofDays(30));
        assertThat(practice.schedule(given.studentId())).extracting(PracticeItem::questionId)
                .doesNotContain(questionId);
    }

    @Test
    void questionsWhoseFeedbackWaitsForTheDueDateAreNotPractisedBeforeIt() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(),
                r -> QuizAttemptsTest.withFeedback(QuizFixture.unshuffled(r), FeedbackTiming.AFTER_DUE_DATE)));
        quizzes.submit(quizzes.start(given.studentId(), given.assignedLessonId()), given.studentId());

        assertThat(practice.dueCount(given.studentId())).isZero();
        assertThat(practice.next(given.studentId())).isEmpty();

        clock.advance(Duration.ofDays(7));
        assertThat(practice.dueCount(given.studentId())).isEqualTo(CourseFixture.APPROVED);
    }
}
