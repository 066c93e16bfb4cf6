package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.Browser;
import org.lectern.support.ServerResponses;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real browsers: a student answers half a quiz, quits the browser, signs in again in a new one, finds every answer
 * in place and finishes. Everything the server sent before submission is recorded and holds no sign of which option
 * is right, since this assignment gives feedback only after submission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(ServerResponses.class)
@DirtiesContext
class QuizResumeJourneyTest {

    private static final String PASSWORD = "resume-journey-pass";

    @LocalServerPort
    int port;
    @Autowired
    ServerResponses responses;

    @Test
    void halfAQuizSurvivesQuittingTheBrowserAndNothingRevealsTheAnswersBeforeSubmission(
            @Autowired Accounts accounts, @Autowired Classes classes, @Autowired Assignments assignments,
            @Autowired Courses courses, @Autowired QuestionBank bank) {
        var teacher = accounts.findByUsername("teacher").orElseThrow();
        var lesson = courses.outline(courses.ownedBy(teacher.accountId()).getFirst().id(), teacher.accountId())
                .lessons().stream().filter(l -> l.approvedQuestions() > 0).findFirst().orElseThrow();
        // The generator keeps only what clears its bar; the teacher writes the rest of a four-question quiz by hand.
        HandWrittenQuestions.topUp(bank, lesson.id(), teacher.accountId(), 4);
        var student = accounts.create("rosa", "Rosa Resume", PASSWORD, Role.STUDENT);
        var group = classes.create("Resume class", teacher.accountId());
        classes.join(group.joinCode(), student.accountId());
        var now = Instant.now();
        assignments.create(new AssignmentRequest(List.of(lesson.id()), Recipients.toClass(group.id()),
                new AssignmentRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), OptionalInt.of(1),
                        CountedAttempt.HIGHEST, OptionalInt.empty(), FeedbackTiming.AFTER_SUBMISSION, true, true,
                        OptionalInt.empty(), false)), teacher.accountId());
        var secrets = secretsOf(bank, lesson, teacher.accountId());
        var size = bank.approvedQuestions(lesson.id()).size();
        var half = size / 2;
        var chosen = new ArrayList<String>();

        try (var browser = new Browser("http://localhost:" + port, "quiz-resume")) {
            browser.signIn("rosa", PASSWORD);
            browser.waitForUrlEnding("/student");
            browser.screenshot("start-page");
            clickLink(browser, "Start quiz");
            browser.waitFor(By.cssSelector(".stu-question-panel"));
            for (int i = 0; i < half; i++) {
                var option = browser.radioLabels().get(i % 2 + 1);
                if (i == 0) {
                    answerByKeyboardOnly(browser);
                } else {
                    browser.chooseRadio(option);
                }
                chosen.add(option);
                var answered = i + 1;
                browser.until("see the answer saved", d -> d.findElement(By.cssSelector(".stu-saved")).getText()
                        .startsWith("✓ Answer saved"));
                browser.until("see " + answered + " answered", d -> d.findElement(
                        By.cssSelector(".stu-answered-count")).getText().startsWith(answered + " of " + size));
                browser.screenshot("answer-" + (i + 1) + "-saved");
                browser.clickButton("Next");
                var next = i + 2;
                browser.until("show question " + next, d -> d.findElement(By.cssSelector(".stu-question-number"))
                        .getText().equalsIgnoreCase("Question " + next + " of " + size));
            }
        }

        try (var browser = new Browser("http://localhost:" + port, "quiz-resume-new-browser")) {
            browser.signIn("rosa", PASSWORD);
            browser.waitForUrlEnding("/student");
            browser.waitFor(By.cssSelector(".stu-badge-quiz-in-progress"));
            browser.screenshot("start-page-quiz-in-progress");
            clickLink(browser, "Continue quiz");
            browser.until("open at the first unanswered question", d -> d.findElement(
                    By.cssSelector(".stu-question-number")).getText().equalsIgnoreCase("Question " + (half + 1) + " of "
                    + size));
            for (int i = 0; i < half; i++) {
                var position = i;
                browser.driver().findElements(By.cssSelector(".stu-number")).get(i).click();
                browser.until("show question " + (i + 1), d -> d.findElement(By.cssSelector(".stu-question-number"))
                        .getText().equalsIgnoreCase("Question " + (position + 1) + " of " + size));
                assertThat(browser.checkedRadio()).as("answer %d in place", i + 1).isEqualTo(chosen.get(i));
            }
            browser.screenshot("answers-in-place");
            for (int i = half; i < size; i++) {
                var position = i;
                browser.driver().findElements(By.cssSelector(".stu-number")).get(i).click();
                browser.until("show question " + (i + 1), d -> d.findElement(By.cssSelector(".stu-question-number"))
                        .getText().equalsIgnoreCase("Question " + (position + 1) + " of " + size));
                browser.chooseRadio(browser.radioLabels().getFirst());
                browser.until("see " + (i + 1) + " answered", d -> d.findElement(
                        By.cssSelector(".stu-answered-count")).getText().startsWith((position + 1) + " of " + size));
            }
            var beforeSubmission = responses.sent();
            assertThat(beforeSubmission).as("the recorder saw the quiz").contains(chosen.getFirst());
            assertThat(beforeSubmission).doesNotContain("stu-feedback", "The answer is", "✓ Right", "Not quite");
            secrets.forEach(secret -> assertThat(beforeSubmission).doesNotContain(secret));

            browser.clickButton("Submit quiz");
            browser.waitFor(By.cssSelector(".stu-score"));
            browser.screenshot("result");
            assertThat(responses.sent()).as("feedback arrives once submitted").contains("stu-feedback");
            assertThat(browser.driver().findElements(By.cssSelector(".stu-review-item"))).hasSize(size);
        }
    }

    /**
     * What only feedback would send: each question's source sentence, unless it is itself one of the options shown
     * (a "which statement is true" question offers the sentence among others, which reveals nothing).
     */
    private static List<String> secretsOf(QuestionBank bank, LessonSummary lesson, long instructorId) {
        return bank.lesson(lesson.id(), instructorId).questions().stream()
                .filter(q -> q.status() == org.lectern.course.QuestionStatus.APPROVED)
                .filter(q -> q.options().stream().noneMatch(o -> o.contains(q.sourceSentence())))
                .map(q -> q.sourceSentence()).toList();
    }

    /** Tab to the options, then the down arrow: the second option is chosen with no mouse. */
    private static void answerByKeyboardOnly(Browser browser) {
        var driver = browser.driver();
        for (int tabs = 0; tabs < 40 && !"radio".equals(driver.switchTo().activeElement().getAttribute("type")); tabs++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement().getAttribute("type")).as("Tab reaches the options").isEqualTo("radio");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    }

    private static void clickLink(Browser browser, String text) {
        browser.until("click " + text, d -> {
            for (var link : d.findElements(By.cssSelector("a.stu-button"))) {
                if (link.isDisplayed() && link.getText().strip().equals(text)) {
                    link.click();
                    return true;
                }
            }
            return false;
        });
    }
}
