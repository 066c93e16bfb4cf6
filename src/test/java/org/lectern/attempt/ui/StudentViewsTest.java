package org.lectern.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.QuizFixture;
import org.lectern.attempt.StudentLessons;
import org.lectern.base.ui.NotFoundView;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The student's pages in their states: start page, reader, quiz and result. */
@SpringBootTest
@Import(MutableClockConfig.class)
@WithMockUser(username = StudentViewsTest.STUDENT, roles = "STUDENT")
class StudentViewsTest extends SpringBrowserlessTest {

    static final String STUDENT = "student-views-sam";
    static QuizFixture fixture;

    @Autowired
    QuizAttempts quizzes;
    @Autowired
    StudentLessons lessons;
    @Autowired
    Accounts accounts;
    @Autowired
    org.lectern.attempt.Practice practice;
    @Autowired
    MutableClock clock;

    SignedInUser student;

    @BeforeEach
    void setUp(@Autowired Classes classes, @Autowired Assignments assignments, @Autowired CourseImports imports,
               @Autowired Courses courses, @Autowired QuestionBank bank) {
        if (fixture == null) {
            fixture = new QuizFixture(accounts, classes, assignments, imports, courses, bank);
        }
        // A fresh student account per test, signed in under the mock user's name.
        student = TestAccounts.signedIn(accounts, STUDENT, Role.STUDENT);
    }

    @Test
    void theStartPageShowsEachLessonWithItsDueDateStatusAndTheButtonThatCarriesOn() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), r -> r));

        navigate(MyLessonsView.class);
        var card = cardFor(given.assignedLessonId());
        assertThat(card.getElement().getTextRecursively()).contains(fixture.course().reviewed().title())
                .contains("Due in 7 days").contains("1 attempt left");
        assertThat(links(card)).contains("Read lesson");

        lessons.markRead(student.accountId(), given.assignedLessonId());
        var attemptId = quizzes.start(student.accountId(), given.assignedLessonId());
        navigate(MyLessonsView.class);
        var started = cardFor(given.assignedLessonId());
        assertThat(started.getElement().getTextRecursively()).contains("Quiz in progress");
        var carryOn = $(Anchor.class, started).all().stream().filter(a -> a.getText().equals("Continue quiz"))
                .findFirst().orElseThrow();
        assertThat(carryOn.getHref()).isEqualTo("student/attempts/" + attemptId);
        assertThat($(ProgressBar.class).all()).isNotEmpty();
    }

    @Test
    void aLessonPastItsDueDateStandsOutAsOverdue() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), r -> r));
        clock.advance(Duration.ofDays(8));

        navigate(MyLessonsView.class);

        var card = cardFor(given.assignedLessonId());
        assertThat($(Span.class, card).withClassName("stu-due-overdue").single().getText())
                .startsWith("Overdue: was due 24 hours ago");
        assertThat(card.getElement().getTextRecursively()).contains("Missed");
    }

    @Test
    void theReaderShowsCitationsAsNoteButtonsAndOpensTheQuizOnceMarkedRead() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), r -> r));

        navigate("student/lessons/" + given.assignedLessonId(), LessonReaderView.class);

        assertThat($(H1.class).single().getText()).isEqualTo(fixture.course().reviewed().title());
        assertThat($(NativeButton.class).withClassName("stu-cite").all()).as("citations").isNotEmpty();
        test($(Button.class).withText("Mark as read").single()).click();
        assertThat($(Span.class).withClassName("stu-read-done").single().getText()).isEqualTo("✓ Read");
        assertThat($(Anchor.class).withText("Take the quiz").single().getHref())
                .isEqualTo("student/lessons/" + given.assignedLessonId() + "/quiz");
    }

    @Test
    void aFeedbackLinkHighlightsItsParagraphAndAMalformedOneIsIgnored() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), r -> r));

        var lesson = "student/lessons/" + given.assignedLessonId();
        UI.getCurrent().navigate(lesson, QueryParameters.of("paragraph", "1"));
        assertThat(getCurrentView()).isInstanceOf(LessonReaderView.class);
        assertThat($(Paragraph.class).withClassName("stu-source").single().getId()).hasValue("p-1");

        UI.getCurrent().navigate(lesson, QueryParameters.of("paragraph", "99999999999"));
        assertThat(getCurrentView()).isInstanceOf(LessonReaderView.class);
        assertThat($(Paragraph.class).withClassName("stu-source").all()).isEmpty();
    }

    @Test
    void theQuizShowsOneQuestionAtATimeAndSavesAChoiceAtOnce() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var attemptId = quizzes.start(student.accountId(), given.assignedLessonId());
        var first = quizzes.page(attemptId, student.accountId()).items().getFirst();

        navigate("student/attempts/" + attemptId, QuizView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = $(RadioButtonGroup.class).single();
        test(options).selectItem(first.options().get(2));

        assertThat(quizzes.page(attemptId, student.accountId()).items().getFirst().chosen()).hasValue(2);
        assertThat($(Span.class).withClassName("stu-saved").single().getText()).startsWith("✓ Answer saved at");
        assertThat($(Span.class).withClassName("stu-answered-count").single().getText())
                .isEqualTo("1 of " + CourseFixture.APPROVED + " answered");
        assertThat($(FeedbackPanel.class).all()).as("feedback waits for submission").isEmpty();
    }

    @Test
    void feedbackAfterEachAnswerShowsRightOrWrongWithTheSourceSentence() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(),
                r -> feedback(QuizFixture.unshuffled(r), FeedbackTiming.AFTER_EACH_ANSWER)));
        var attemptId = quizzes.start(student.accountId(), given.assignedLessonId());

        navigate("student/attempts/" + attemptId, QuizView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = $(RadioButtonGroup.class).single();
        test(options).selectItem(quizzes.page(attemptId, student.accountId()).items().getFirst().options().get(0));

        var panel = $(FeedbackPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).containsAnyOf("✓ Right", "✗ Not quite")
                .contains("Read it in the lesson");
        assertThat($(RadioButtonGroup.class).single().isReadOnly()).isTrue();
    }

    @Test
    void theResultWithholdsAnswersUntilTheDueDateWhenTheAssignmentSaysSo() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(),
                r -> feedback(QuizFixture.unshuffled(r), FeedbackTiming.AFTER_DUE_DATE)));
        var attemptId = quizzes.start(student.accountId(), given.assignedLessonId());
        quizzes.submit(attemptId, student.accountId());

        navigate("student/attempts/" + attemptId + "/result", ResultView.class);
        assertThat($(ReviewItem.class).all()).hasSize(CourseFixture.APPROVED);
        assertThat($(FeedbackPanel.class).all()).isEmpty();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("shown after the due date");

        clock.advance(Duration.ofDays(8));
        navigate("student/attempts/" + attemptId + "/result", ResultView.class);
        assertThat($(FeedbackPanel.class).all()).hasSize(CourseFixture.APPROVED);
    }

    @Test
    void practiceAsksAMissedQuestionAndAnswersWithFeedbackAndTheNextDate() {
        var given = fixture.assignTo(student, QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        quizzes.submit(quizzes.start(student.accountId(), given.assignedLessonId()), student.accountId());

        navigate(PracticeView.class);
        var due = $(Span.class).withClassName("stu-question-number").single().getText();
        assertThat(due).contains("box 1 of 3");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> options = $(RadioButtonGroup.class).single();
        test(options).selectItem(practice.next(student.accountId()).orElseThrow().options().getFirst());
        test($(Button.class).withText("Check answer").single()).click();

        assertThat($(FeedbackPanel.class).single().getElement().getTextRecursively())
                .containsAnyOf("✓ Right", "✗ Not quite");
        assertThat(getCurrentView().getElement().getTextRecursively()).containsAnyOf("Back in 3 days", "Back in 24 hours");
        test($(Button.class).withText("Next question").single()).click();
        assertThat($(FeedbackPanel.class).all()).isEmpty();
    }

    @Test
    void anotherStudentsAttemptOpensAsNotFound() {
        var other = fixture.assignToNewStudent(QuizFixture.rules(clock.instant(), QuizFixture::unshuffled));
        var theirs = quizzes.start(other.studentId(), other.assignedLessonId());

        navigate("student/attempts/" + theirs, NotFoundView.class);
        navigate("student/attempts/" + theirs + "/result", NotFoundView.class);
        navigate("student/lessons/" + other.assignedLessonId(), NotFoundView.class);
        assertThat(quizzes.page(theirs, other.studentId()).answeredCount()).isZero();
    }

    private LessonCardView cardFor(long assignedLessonId) {
        return $(LessonCardView.class).all().stream()
                .filter(c -> $(Anchor.class, c).all().stream()
                        .anyMatch(a -> a.getHref().equals("student/lessons/" + assignedLessonId)))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + assignedLessonId + " among "
                        + $(Anchor.class).all().stream().map(Anchor::getHref).toList()));
    }

    private java.util.List<String> links(com.vaadin.flow.component.Component in) {
        return $(Anchor.class, in).all().stream().map(Anchor::getText).toList();
    }

    private static org.lectern.assignment.AssignmentRules feedback(org.lectern.assignment.AssignmentRules r,
                                                                  FeedbackTiming timing) {
        return new org.lectern.assignment.AssignmentRules(r.opensAt(), r.dueAt(), r.attemptsAllowed(),
                r.countedAttempt(), r.timeLimitMinutes(), timing, r.shuffleQuestions(), r.shuffleOptions(),
                r.questionsPerAttempt(), r.requiresReading());
    }
}
