package org.lectern.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.CourseFixture;
import org.lectern.gradebook.GradebookFixture;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class AttemptRecordsTest {

    @Autowired
    AttemptRecords records;
    @Autowired
    QuizAttempts quizzes;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    GradebookFixture school;

    @BeforeEach
    void setUp() {
        school = new GradebookFixture(context);
    }

    @Test
    void anInstructorReadsEveryAttemptAtTheirAssignmentsWithTheAnswersAsShown() {
        var ann = school.student("Ann");
        var lesson = school.assignToClass(school.newClass("7A", ann).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var attemptId = school.take(ann, lesson, 2);
        var open = school.start(ann, lesson);
        quizzes.answer(open, ann.accountId(), 0, 1);

        var found = records.forInstructor(school.instructorId());

        assertThat(found).hasSize(1);
        var group = found.getFirst();
        assertThat(group.studentId()).isEqualTo(ann.accountId());
        assertThat(group.lesson().id()).isEqualTo(lesson);
        assertThat(group.lesson().lessonTitle()).isEqualTo(school.course().reviewed().title());
        assertThat(group.countingScore()).hasValue(200.0 / 3);
        assertThat(group.attempts()).extracting(AttemptRecord::number).containsExactly(1, 2);
        var done = group.attempts().getFirst();
        assertThat(done.id()).isEqualTo(attemptId);
        assertThat(done.startedAt()).isEqualTo(started);
        assertThat(done.submittedAt()).isPresent();
        assertThat(done.endedBy()).hasValue(EndedBy.STUDENT);
        assertThat(done.score()).hasValue(2);
        assertThat(done.maxScore()).isEqualTo(CourseFixture.APPROVED);
        assertThat(done.answers()).hasSize(CourseFixture.APPROVED);
        assertThat(done.answers()).extracting(AnswerRecord::correct).containsExactly(true, true, false);
        var third = done.answers().get(2);
        assertThat(third.chosenText()).isPresent().get().isNotEqualTo(third.correctText());
        assertThat(third.questionId()).isNotBlank();
        assertThat(third.answeredAt()).isPresent();
        var inProgress = group.attempts().get(1);
        assertThat(inProgress.submittedAt()).isEmpty();
        assertThat(inProgress.score()).isEmpty();
        assertThat(inProgress.answers()).extracting(AnswerRecord::chosen)
                .containsExactly(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty());
        assertThat(records.scoresForInstructor(school.instructorId()).getFirst().attempts())
                .allMatch(a -> a.answers().isEmpty());
    }

    @Test
    void theAttemptsThatCountAreMarkedByEachRule() {
        var ben = school.student("Ben");
        var classId = school.newClass("7B", ben).id();
        for (var rule : CountedAttempt.values()) {
            var lesson = school.assignToClass(classId, GradebookFixture.rules(clock.instant(), rule));
            for (var right : List.of(2, 3, 3, 0)) {
                school.take(ben, lesson, right);
            }
        }

        var byRule = records.forInstructor(school.instructorId());

        assertThat(byRule).extracting(LessonAttempts::countedAttempt)
                .containsExactlyInAnyOrder(CountedAttempt.values());
        for (var group : byRule) {
            var counting = group.attempts().stream().filter(AttemptRecord::counts).map(AttemptRecord::number)
                    .toList();
            switch (group.countedAttempt()) {
                case HIGHEST -> assertThat(counting).as("the earlier of two full marks").containsExactly(2);
                case FIRST -> assertThat(counting).containsExactly(1);
                case LAST -> assertThat(counting).containsExactly(4);
                case AVERAGE -> assertThat(counting).containsExactly(1, 2, 3, 4);
            }
            assertThat(group.best()).hasValue(100.0);
            assertThat(group.last()).hasValue(0.0);
            assertThat(group.toReview().orElseThrow().number()).isEqualTo(counting.getFirst());
        }
        var average = byRule.stream().filter(g -> g.countedAttempt() == CountedAttempt.AVERAGE).findFirst()
                .orElseThrow();
        assertThat(average.countingScore().getAsDouble()).isCloseTo(100.0 * 8 / 12, within(1e-9));
    }

    @Test
    void anotherInstructorsAttemptIsRefusedInTheSameWordsAsAMissingOne() {
        var cleo = school.student("Cleo");
        var lesson = school.assignToClass(school.newClass("8A", cleo).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var attemptId = school.take(cleo, lesson, 1);
        var other = new GradebookFixture(context);

        assertThat(records.forInstructor(other.instructorId())).isEmpty();
        assertThat(records.scoresForInstructor(other.instructorId())).isEmpty();
        assertThatThrownBy(() -> records.review(attemptId, other.instructorId()))
                .isInstanceOf(AccessDeniedException.class).hasMessage(AttemptRecords.NO_SUCH_ATTEMPT);
        assertThatThrownBy(() -> records.review(Long.MAX_VALUE, school.instructorId()))
                .isInstanceOf(AccessDeniedException.class).hasMessage(AttemptRecords.NO_SUCH_ATTEMPT);
        assertThat(records.review(attemptId, school.instructorId()).shown().answers())
                .hasSize(CourseFixture.APPROVED);
    }

    @Test
    void aReviewListsTheStudentsOtherAttemptsAtTheLessonWithAnswersOnlyForTheOneShown() {
        var dan = school.student("Dan");
        var lesson = school.assignToClass(school.newClass("8B", dan).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.LAST));
        var first = school.take(dan, lesson, 3);
        clock.advance(Duration.ofMinutes(5));
        var second = school.take(dan, lesson, 1);

        var review = records.review(first, school.instructorId());

        assertThat(review.shown().id()).isEqualTo(first);
        assertThat(review.shown().counts()).isFalse();
        assertThat(review.lesson().attempts()).extracting(AttemptRecord::id).containsExactly(first, second);
        assertThat(review.lesson().attempts().get(1).counts()).isTrue();
        assertThat(review.lesson().attempts().get(1).answers()).isEmpty();
        assertThat(review.lesson().countingScore()).hasValue(100.0 / 3);
    }

    @Test
    void aStudentsHistoryHoldsTheirOwnScoresAndNothingOfAClassmates() {
        var eve = school.student("Eve");
        var fay = school.student("Fay");
        var lesson = school.assignToClass(school.newClass("9A", eve, fay).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(eve, lesson, 3);
        school.take(fay, lesson, 1);
        school.take(fay, lesson, 2);

        var history = records.forStudent(eve.accountId());

        assertThat(history).hasSize(1);
        assertThat(history.getFirst().studentId()).isEqualTo(eve.accountId());
        assertThat(history.getFirst().attempts()).singleElement().satisfies(a -> {
            assertThat(a.studentId()).isEqualTo(eve.accountId());
            assertThat(a.percent()).hasValue(100.0);
            assertThat(a.answers()).as("answers go out only through the result page").isEmpty();
        });
        assertThat(records.forStudent(fay.accountId()).getFirst().attempts()).hasSize(2)
                .allMatch(a -> a.studentId() == fay.accountId());
    }
}
