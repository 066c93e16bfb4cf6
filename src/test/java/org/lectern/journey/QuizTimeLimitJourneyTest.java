package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.assignment.Recipients;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.StudentLessons;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.Browser;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, on a clock the test moves: a timed quiz counts down by the server's clock; the student leaves,
 * the time runs out, and the server's deadline job submits the attempt from its saved answers with no browser open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lectern.attempts.deadline-check=PT0.5S")
@ActiveProfiles("demo")
@Import(MutableClockConfig.class)
@DirtiesContext
class QuizTimeLimitJourneyTest {

    private static final String PASSWORD = "time-limit-journey";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void theServerSubmitsATimedAttemptWhenItsTimeRunsOutEvenWithNoBrowserOpen(
            @Autowired Accounts accounts, @Autowired Classes classes, @Autowired Assignments assignments,
            @Autowired Courses courses, @Autowired QuizAttempts quizzes, @Autowired StudentLessons lessons,
            @Autowired QuestionBank bank) {
        var teacher = accounts.findByUsername("teacher").orElseThrow();
        var lesson = courses.outline(courses.ownedBy(teacher.accountId()).getFirst().id(), teacher.accountId())
                .lessons().stream().filter(l -> l.approvedQuestions() > 0).findFirst().orElseThrow();
        // The generator keeps only what clears its bar; the teacher writes a second question by hand.
        HandWrittenQuestions.topUp(bank, lesson.id(), teacher.accountId(), 2);
        var student = accounts.create("tim", "Tim Timed", PASSWORD, Role.STUDENT);
        var group = classes.create("Timed class", teacher.accountId());
        classes.join(group.joinCode(), student.accountId());
        var now = clock.instant();
        assignments.create(new AssignmentRequest(List.of(lesson.id()), Recipients.toClass(group.id()),
                new AssignmentRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), OptionalInt.of(1),
                        CountedAttempt.HIGHEST, OptionalInt.of(2), FeedbackTiming.AFTER_SUBMISSION, false, false,
                        OptionalInt.empty(), false)), teacher.accountId());

        String saved;
        try (var browser = new Browser("http://localhost:" + port, "quiz-time-limit")) {
            browser.signIn("tim", PASSWORD);
            browser.waitForUrlEnding("/student");
            browser.until("click Start quiz", d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                    .filter(a -> a.getText().strip().equals("Start quiz")).peek(a -> a.click()).findFirst()
                    .isPresent());
            assertThat(browser.waitFor(By.cssSelector(".stu-countdown")).getText()).isEqualTo("Time left 2:00");
            saved = browser.radioLabels().get(1);
            browser.chooseRadio(saved);
            browser.until("see the answer saved", d -> d.findElement(By.cssSelector(".stu-saved")).getText()
                    .startsWith("✓ Answer saved"));
            browser.screenshot("timed-quiz");

            clock.advance(Duration.ofSeconds(100));
            browser.until("count down to 0:20", d -> d.findElement(By.cssSelector(".stu-countdown")).getText()
                    .matches("Time left 0:(20|19|18)"));
            assertThat(browser.driver().findElement(By.cssSelector(".stu-countdown")).getAttribute("class"))
                    .contains("stu-countdown-low");
            browser.screenshot("twenty-seconds-left");
        }

        // A new browser resumes the attempt with its answer and the time it has left.
        try (var browser = new Browser("http://localhost:" + port, "quiz-time-limit-resumed")) {
            browser.signIn("tim", PASSWORD);
            browser.waitForUrlEnding("/student");
            browser.until("click Continue quiz", d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                    .filter(a -> a.getText().strip().equals("Continue quiz")).peek(a -> a.click()).findFirst()
                    .isPresent());
            browser.until("see the time left", d -> d.findElement(By.cssSelector(".stu-countdown")).getText()
                    .matches("Time left 0:(20|19|18)"));
            browser.driver().findElements(By.cssSelector(".stu-number")).getFirst().click();
            browser.until("find the saved answer in place", d -> browser.checkedRadio().equals(saved));
            browser.screenshot("resumed-with-the-time-left");
        }

        // No browser is open now: only the server can end the attempt.
        var attemptId = lessons.home(student.accountId()).lessons().getFirst().openAttemptId().orElseThrow();
        clock.advance(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(20)).until(() -> quizzes.page(attemptId, student.accountId()).submitted());
        var result = quizzes.result(attemptId, student.accountId());
        assertThat(result.endedBy()).isEqualTo("Submitted when the time limit ran out");
        assertThat(result.timeTaken()).isEqualTo(Duration.ofMinutes(2));
        assertThat(result.items().getFirst().chosen()).hasValue(1);

        try (var browser = new Browser("http://localhost:" + port, "quiz-time-limit-after")) {
            browser.signIn("tim", PASSWORD);
            browser.waitForUrlEnding("/student");
            browser.waitFor(By.cssSelector(".stu-badge-done"));
            browser.open("/student/attempts/" + attemptId);
            browser.waitForUrlEnding("/student/attempts/" + attemptId);
            assertThat(browser.waitFor(By.cssSelector(".stu-result-facts")).getText())
                    .contains("Submitted when the time limit ran out").contains("2 min 00 s");
            assertThat(browser.driver().findElement(By.cssSelector(".stu-review-item")).getText()).contains(saved);
            browser.screenshot("submitted-by-the-server");
        }
    }
}
