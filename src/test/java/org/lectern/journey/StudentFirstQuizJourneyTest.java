package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.classroom.Classes;
import org.lectern.security.Accounts;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: a new student signs up with the demo class's code, reads the first assigned lesson to its end,
 * takes its quiz with feedback after each answer, and sees the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class StudentFirstQuizJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void aNewStudentSignsUpReadsALessonTakesItsQuizWithFeedbackAndSeesTheResult(@Autowired Accounts accounts,
                                                                                 @Autowired Classes classes) {
        var teacher = accounts.findByUsername("teacher").orElseThrow();
        var code = classes.ownedBy(teacher.accountId(), false).getFirst().joinCode();

        try (var browser = new Browser("http://localhost:" + port, "student-first-quiz")) {
            browser.open("/login");
            browser.waitFor(By.linkText("Sign up with a class code")).click();
            browser.waitForUrlEnding("/signup");
            browser.field("vaadin-text-field", "Class code").sendKeys(code);
            browser.field("vaadin-text-field", "User name").sendKeys("lena");
            browser.field("vaadin-text-field", "Your name").sendKeys("Lena Learner");
            browser.field("vaadin-password-field", "Password").sendKeys("a quiet river at dawn");
            browser.field("vaadin-password-field", "Password again").sendKeys("a quiet river at dawn");
            browser.screenshot("sign-up-filled");
            browser.clickButton("Create account and join");

            browser.waitForUrlEnding("/student");
            assertThat(browser.waitFor(By.cssSelector(".who-name")).getText()).isEqualTo("Lena Learner");
            browser.waitFor(By.cssSelector(".stu-lesson"));
            browser.screenshot("start-page");
            var lessonTitle = browser.waitFor(By.cssSelector(".stu-lesson h3")).getText();
            link(browser, "Read lesson").click();

            browser.waitFor(By.cssSelector(".stu-reading"));
            assertThat(browser.waitFor(By.cssSelector(".stu-reader-page h1")).getText()).isEqualTo(lessonTitle);
            browser.screenshot("reader");
            var notes = browser.driver().findElements(By.cssSelector(".stu-cite"));
            if (!notes.isEmpty()) {
                browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", notes.getFirst());
                notes.getFirst().click();
                assertThat(browser.waitFor(By.cssSelector("vaadin-dialog.stu-note-dialog")).getText()).contains("http");
                browser.screenshot("endnote");
                browser.clickButtonOrNative("Close");
            }
            browser.driver().executeScript("document.querySelector('.stu-reader-end').scrollIntoView()");
            assertThat(browser.waitFor(By.cssSelector(".stu-read-done")).getText())
                    .as("reaching the end marks the lesson read").isEqualTo("✓ Read");
            browser.screenshot("reader-end-read");
            link(browser, "Take the quiz").click();

            browser.waitFor(By.cssSelector(".stu-question-panel"));
            var size = browser.driver().findElements(By.cssSelector(".stu-number")).size();
            for (int i = 0; i < size; i++) {
                browser.chooseRadio(browser.radioLabels().getFirst());
                var feedback = browser.waitFor(By.cssSelector(".stu-feedback"));
                assertThat(feedback.getText()).containsAnyOf("✓ Right", "✗ Not quite").contains("Read it in the lesson");
                if (i == 0) {
                    browser.screenshot("feedback-after-first-answer");
                    browser.phoneSize();
                    browser.screenshot("feedback-on-a-phone");
                    browser.desktopSize();
                }
                if (i < size - 1) {
                    browser.clickButton("Next");
                    var next = i + 2;
                    browser.until("show question " + next, d -> d.findElement(By.cssSelector(".stu-question-number"))
                            .getText().equalsIgnoreCase("Question " + next + " of " + size));
                }
            }
            browser.clickButton("Submit quiz");

            browser.waitFor(By.cssSelector(".stu-score"));
            browser.screenshot("result");
            assertThat(browser.driver().findElements(By.cssSelector(".stu-score span")))
                    .extracting(WebElement::getText).satisfiesExactly(
                            points -> assertThat(points).matches("\\d+ / " + size),
                            percent -> assertThat(percent).matches("\\d+%"));
            assertThat(browser.driver().findElements(By.cssSelector(".stu-review-item"))).hasSize(size);
            browser.phoneSize();
            browser.screenshot("result-on-a-phone");
            browser.desktopSize();

            browser.open("/student");
            assertThat(browser.waitFor(By.cssSelector(".stu-badge-done")).getText()).startsWith("DONE");
            browser.screenshot("start-page-after-quiz");
        }
    }

    private static WebElement link(Browser browser, String text) {
        return browser.until("find the link " + text, d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                .filter(a -> a.isDisplayed() && a.getText().strip().equals(text)).findFirst().orElse(null));
    }
}
