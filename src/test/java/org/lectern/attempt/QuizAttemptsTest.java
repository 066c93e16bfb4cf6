package org.lectern.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.attempt.domain.AttemptRepository;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class QuizAttemptsTest {

    static QuizFixture fixture;

    @Autowired
    QuizAttempts quizzes;
    @Autowired
    StudentLessons lessons;
    @Autowired
    AttemptDeadlines deadlines;
    @Autowired
    QuestionBank bank;
    @Autowired
    MutableClock clock;

    Answers answers;

    @BeforeEach
    void setUp(@Autowired Accounts accounts, @Autowired Classes classes, @Autowired Assignments assignments,
               @Autowired CourseImports imports, @Autowired Courses courses) {
        if (fixture == null) {
            fixture = new QuizFixture(accounts, classes, assignments, imports, courses, bank);
        }
        answers = new Answers(bank.lesson(fixture.course().reviewed().id(), fixture.instructor().accountId()));
    }

    @Test
    void everyAnswerIsKeptAndStartingAgainContinuesTheSameAttempt() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        quizzes.answer(attemptId, given.studentId(), 0, 1);
        quizzes.answer(attemptId, given.studentId(), 1, 2);
        quizzes.answer(attemptId, given.studentId(), 1, 0);

        assertThat(quizzes.start(given.studentId(), given.assignedLessonId())).isEqualTo(attemptId);
        var page = quizzes.page(attemptId, given.studentId());
        assertThat(page.items()).extracting(QuizItem::chosen)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(0), OptionalInt.empty());
        assertThat(page.answeredCount()).isEqualTo(2);
    }

    @Test
    void aShuffledOrderIsDrawnOnceAndSurvivesAResume() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), r -> r));
        lessons.markRead(given.studentId(), given.assignedLessonId());
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var first = quizzes.page(attemptId, given.studentId()).items();

        var resumed = quizzes.page(quizzes.start(given.studentId(), given.assignedLessonId()), given.studentId());

        assertThat(resumed.items()).extracting(QuizItem::stem).containsExactlyElementsOf(
                first.stream().map(QuizItem::stem).toList());
        assertThat(resumed.items()).extracting(QuizItem::options).containsExactlyElementsOf(
                first.stream().map(QuizItem::options).toList());
        assertThat(first).extracting(QuizItem::stem).containsExactlyInAnyOrderElementsOf(answers.stems());
    }

    @Test
    void noCorrectOptionLeavesTheServerBeforeFeedbackIsDue() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(),
                r -> withFeedback(r, FeedbackTiming.AFTER_DUE_DATE)));
        lessons.markRead(given.studentId(), given.assignedLessonId());
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var saved = quizzes.answer(attemptId, given.studentId(), 0, 0);

        assertThat(saved.feedback()).isEmpty();
        assertThat(quizzes.page(attemptId, given.studentId()).items()).allMatch(i -> i.feedback().isEmpty());
        var result = quizzes.submit(attemptId, given.studentId());
        assertThat(result.feedbackShown()).isFalse();
        assertThat(result.items()).allMatch(i -> i.feedback().isEmpty());
        assertThat(result.feedbackFrom()).isPresent();

        clock.advance(Duration.ofDays(8));
        var later = quizzes.result(attemptId, given.studentId());
        assertThat(later.feedbackShown()).isTrue();
        assertThat(later.items()).allMatch(i -> i.feedback().isPresent());
    }

    @Test
    void feedbackAfterEachAnswerQuotesTheSourceSentenceAndMakesTheAnswerFinal() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(),
                r -> withFeedback(QuizFixture.unshuffled(r), FeedbackTiming.AFTER_EACH_ANSWER)));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var item = quizzes.page(attemptId, given.studentId()).items().getFirst();
        var right = answers.correctShown(item);

        var saved = quizzes.answer(attemptId, given.studentId(), 0, right);

        assertThat(saved.feedback()).hasValueSatisfying(f -> {
            assertThat(f.correct()).isTrue();
            assertThat(f.correctOption()).isEqualTo(right);
            assertThat(f.sourceSentence()).isEqualTo(answers.of(item).sourceSentence());
            assertThat(f.paragraph()).isEqualTo(answers.of(item).paragraph());
        });
        assertThat(quizzes.page(attemptId, given.studentId()).items().getFirst().feedback()).isPresent();
        assertThat(quizzes.page(attemptId, given.studentId()).items().get(1).feedback()).isEmpty();
        assertThatThrownBy(() -> quizzes.answer(attemptId, given.studentId(), 0, (right + 1) % 4))
                .isInstanceOf(QuizException.class).hasMessageContaining("final");
    }

    @Test
    void submittingFromTwoTabsAtOnceGivesExactlyOneScore() throws Exception {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var page = quizzes.page(attemptId, given.studentId());
        quizzes.answer(attemptId, given.studentId(), 0, answers.correctShown(page.items().get(0)));
        quizzes.answer(attemptId, given.studentId(), 1, answers.wrongShown(page.items().get(1)));

        var ready = new CountDownLatch(1);
        Callable<AttemptResult> submit = () -> {
            ready.await();
            return quizzes.submit(attemptId, given.studentId());
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var one = pool.submit(submit);
            var two = pool.submit(submit);
            ready.countDown();
            assertThat(List.of(one.get(), two.get())).extracting(AttemptResult::score).containsExactly(1, 1);
        }
        var again = quizzes.submit(attemptId, given.studentId());
        assertThat(again.score()).isEqualTo(1);
        assertThat(again.maxScore()).isEqualTo(3);
        assertThat(lessons.home(given.studentId()).lessons().getFirst().attemptsUsed()).isEqualTo(1);
        assertThatThrownBy(() -> quizzes.answer(attemptId, given.studentId(), 2, 0))
                .isInstanceOf(QuizException.class).hasMessageContaining("already submitted");
    }

    @Test
    void theServerSubmitsAnAttemptPastItsTimeLimitFromItsSavedAnswers() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(),
                r -> withTimeLimit(QuizFixture.unshuffled(r), 1)));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());
        var page = quizzes.page(attemptId, given.studentId());
        assertThat(page.timed()).isTrue();
        assertThat(page.deadline()).contains(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                .plus(Duration.ofMinutes(1)));
        quizzes.answer(attemptId, given.studentId(), 0, answers.correctShown(page.items().get(0)));

        clock.advance(Duration.ofSeconds(65));
        quizzes.answer(attemptId, given.studentId(), 1, answers.correctShown(page.items().get(1)));
        deadlines.submitOverdue();
        assertThat(quizzes.page(attemptId, given.studentId()).submitted()).as("still within the grace").isFalse();

        clock.advance(Duration.ofSeconds(6));
        assertThatThrownBy(() -> quizzes.answer(attemptId, given.studentId(), 2, 0))
                .isInstanceOf(QuizException.class).hasMessageContaining("Time is up");
        assertThat(deadlines.submitOverdue()).isPositive();
        assertThat(quizzes.page(attemptId, given.studentId()).submitted()).isTrue();

        var result = quizzes.result(attemptId, given.studentId());
        assertThat(result.score()).isEqualTo(2);
        assertThat(result.timeTaken()).isEqualTo(Duration.ofMinutes(1));
        assertThat(result.endedBy()).contains("time limit");
        assertThat(quizzes.submit(attemptId, given.studentId()).score()).isEqualTo(2);
    }

    @Test
    void twoNodesRunningTheDeadlineJobAtOnceSubmitEachOverdueAttemptOnce(@Autowired AttemptRepository repository,
                                                                         @Autowired JdbcClient jdbc)
            throws Exception {
        // This context's own scheduled turns stay out of the count: the lease is held as by a third node.
        jdbc.sql("update cluster_locks set locked_until = ?, locked_by = 'test' where name = ?")
                .params(java.time.OffsetDateTime.now().plusMinutes(5), AttemptDeadlines.JOB).update();
        Thread.sleep(300);
        var overdue = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(),
                    r -> withTimeLimit(QuizFixture.unshuffled(r), 1)));
            overdue.add(quizzes.start(given.studentId(), given.assignedLessonId()));
        }
        clock.advance(Duration.ofSeconds(71));
        var openBefore = repository.findOpen().size();

        // Two nodes whose turns overlapped: both sweep at the same moment.
        var start = new CountDownLatch(1);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Integer> sweep = () -> {
                start.await();
                return deadlines.submitOverdue();
            };
            var a = nodes.submit(sweep);
            var b = nodes.submit(sweep);
            start.countDown();
            var submitted = a.get() + b.get();

            var openAfter = repository.findOpen().size();
            assertThat(submitted).as("each attempt closed by exactly one of the two sweeps")
                    .isEqualTo(openBefore - openAfter);
        }
        for (var id : overdue) {
            var attempt = repository.findById(id).orElseThrow();
            assertThat(attempt.isSubmitted()).isTrue();
            assertThat(attempt.getNumber()).isEqualTo(1);
        }
        jdbc.sql("update cluster_locks set locked_until = null where name = ?").param(AttemptDeadlines.JOB).update();
    }

    @Test
    void anAttemptWithoutTimeLimitIsSubmittedAtTheDueDate() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(given.studentId(), given.assignedLessonId());

        clock.advance(Duration.ofDays(7).plusSeconds(11));
        deadlines.submitOverdue();

        var result = quizzes.result(attemptId, given.studentId());
        assertThat(result.score()).isZero();
        assertThat(result.endedBy()).contains("due date");
        assertThatThrownBy(() -> quizzes.start(given.studentId(), given.assignedLessonId()))
                .isInstanceOf(QuizException.class).hasMessageContaining("closed");
    }

    @Test
    void theQuizWaitsForTheReadingWhenTheAssignmentSaysSo() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), r -> r));

        assertThatThrownBy(() -> quizzes.start(given.studentId(), given.assignedLessonId()))
                .isInstanceOf(QuizException.class).hasMessageContaining("Read the lesson");
        assertThat(lessons.home(given.studentId()).lessons().getFirst().status()).isEqualTo(LessonStatus.NOT_STARTED);
        lessons.open(given.studentId(), given.assignedLessonId());
        assertThat(lessons.home(given.studentId()).lessons().getFirst().status()).isEqualTo(LessonStatus.READING);
        lessons.markRead(given.studentId(), given.assignedLessonId());

        assertThat(quizzes.start(given.studentId(), given.assignedLessonId())).isPositive();
        assertThat(lessons.home(given.studentId()).lessons().getFirst().status())
                .isEqualTo(LessonStatus.QUIZ_IN_PROGRESS);
    }

    @Test
    void attemptsStopAtTheAllowedNumberAndTheCountingRuleChoosesTheScore() {
        var given = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), r -> new AssignmentRules(
                r.opensAt(), r.dueAt(), OptionalInt.of(2), CountedAttempt.LAST, r.timeLimitMinutes(),
                FeedbackTiming.AFTER_SUBMISSION, false, false, r.questionsPerAttempt(), false)));
        var first = quizzes.start(given.studentId(), given.assignedLessonId());
        var items = quizzes.page(first, given.studentId()).items();
        for (var item : items) {
            quizzes.answer(first, given.studentId(), item.position(), answers.correctShown(item));
        }
        var full = quizzes.submit(first, given.studentId());
        assertThat(full.percent()).isEqualTo(100.0);
        assertThat(full.canTryAgain()).isTrue();
        assertThat(full.attemptsLeft()).hasValue(1);

        var second = quizzes.start(given.studentId(), given.assignedLessonId());
        var last = quizzes.submit(second, given.studentId());

        assertThat(last.number()).isEqualTo(2);
        assertThat(last.countingScore()).hasValue(0.0);
        assertThat(last.canTryAgain()).isFalse();
        assertThat(lessons.home(given.studentId()).lessons().getFirst().score()).hasValue(0.0);
        assertThatThrownBy(() -> quizzes.start(given.studentId(), given.assignedLessonId()))
                .isInstanceOf(QuizException.class).hasMessageContaining("all your attempts");
    }

    @Test
    void anotherStudentsAttemptIsRefusedAsIfItDidNotExist() {
        var owner = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var other = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(owner.studentId(), owner.assignedLessonId());
        quizzes.answer(attemptId, owner.studentId(), 0, 1);

        List<Runnable> calls = List.of(
                () -> quizzes.page(attemptId, other.studentId()),
                () -> quizzes.answer(attemptId, other.studentId(), 0, 2),
                () -> quizzes.submit(attemptId, other.studentId()),
                () -> quizzes.result(attemptId, other.studentId()),
                () -> quizzes.start(other.studentId(), owner.assignedLessonId()),
                () -> lessons.open(other.studentId(), owner.assignedLessonId()));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
        assertThat(quizzes.page(attemptId, owner.studentId()).items().getFirst().chosen()).hasValue(1);
    }

    static AssignmentRules withFeedback(AssignmentRules r, FeedbackTiming feedback) {
        return new AssignmentRules(r.opensAt(), r.dueAt(), r.attemptsAllowed(), r.countedAttempt(),
                r.timeLimitMinutes(), feedback, r.shuffleQuestions(), r.shuffleOptions(), r.questionsPerAttempt(),
                r.requiresReading());
    }

    static AssignmentRules withTimeLimit(AssignmentRules r, int minutes) {
        return new AssignmentRules(r.opensAt(), r.dueAt(), r.attemptsAllowed(), r.countedAttempt(),
                OptionalInt.of(minutes), r.feedback(), r.shuffleQuestions(), r.shuffleOptions(),
                r.questionsPerAttempt(), r.requiresReading());
    }

    /** The approved questions of the fixture's lesson, to know which shown option is right. */
    record Answers(org.lectern.course.LessonBank bank) {

        List<String> stems() {
            return approved().stream().map(org.lectern.course.BankQuestion::stem).toList();
        }

        org.lectern.course.BankQuestion of(QuizItem item) {
            return approved().stream().filter(q -> q.stem().equals(item.stem())
                            && new java.util.HashSet<>(q.options()).equals(new java.util.HashSet<>(item.options())))
                    .findFirst().orElseThrow(() -> new AssertionError("not in the bank: " + item + " / "
                            + approved()));
        }

        int correctShown(QuizItem item) {
            var question = of(item);
            return item.options().indexOf(question.options().get(question.correctOption()));
        }

        int wrongShown(QuizItem item) {
            return (correctShown(item) + 1) % item.options().size();
        }

        private List<org.lectern.course.BankQuestion> approved() {
            return new ArrayList<>(bank.questions().stream()
                    .filter(q -> q.status() == org.lectern.course.QuestionStatus.APPROVED).toList());
        }
    }
}
