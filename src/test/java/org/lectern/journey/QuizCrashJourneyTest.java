package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.lectern.support.AppProcess;
import org.lectern.support.Browser;
import org.openqa.selenium.By;

/**
 * The application process is killed with SIGKILL right after the page showed answers as saved; started again on the
 * same data folder, it still has every one of them.
 */
class QuizCrashJourneyTest {

    @Test
    void answersShownAsSavedSurviveTheServerBeingKilled() throws Exception {
        var data = Files.createDirectories(Path.of("target/test-data/crash-" + System.nanoTime()));
        var log = data.resolve("lectern.log");
        var chosen = new ArrayList<String>();
        int size;

        try (var app = AppProcess.start(data, log);
             var browser = new Browser(app.baseUrl(), "quiz-crash")) {
            browser.signIn("student", "lectern-demo");
            browser.waitForUrlEnding("/student");
            link(browser, "Read lesson");
            browser.waitFor(By.cssSelector(".stu-reading"));
            browser.driver().executeScript("document.querySelector('.stu-reader-end').scrollIntoView()");
            browser.waitFor(By.cssSelector(".stu-read-done"));
            link(browser, "Take the quiz");
            browser.waitFor(By.cssSelector(".stu-question-panel"));
            size = browser.driver().findElements(By.cssSelector(".stu-number")).size();
            for (int i = 0; i < Math.min(3, size); i++) {
                var option = browser.radioLabels().get(i % browser.radioLabels().size());
                browser.chooseRadio(option);
                chosen.add(option);
                var answered = i + 1;
                browser.until("see answer " + answered + " saved", d -> d.findElement(
                        By.cssSelector(".stu-answered-count")).getText().startsWith(answered + " of ")
                        && d.findElement(By.cssSelector(".stu-saved")).getText().startsWith("✓ Answer saved"));
                if (answered < Math.min(3, size)) {
                    browser.clickButton("Next");
                    browser.until("show question " + (answered + 1), d -> d.findElement(
                            By.cssSelector(".stu-question-number")).getText().toLowerCase()
                            .startsWith("question " + (answered + 1) + " "));
                }
            }
            browser.screenshot("answers-saved-before-the-kill");
            app.kill();
        }

        try (var app = AppProcess.start(data, log);
             var browser = new Browser(app.baseUrl(), "quiz-crash-after-restart")) {
            browser.signIn("student", "lectern-demo");
            browser.waitForUrlEnding("/student");
            browser.waitFor(By.cssSelector(".stu-badge-quiz-in-progress"));
            link(browser, "Continue quiz");
            browser.waitFor(By.cssSelector(".stu-question-panel"));
            for (int i = 0; i < chosen.size(); i++) {
                var position = i;
                browser.driver().findElements(By.cssSelector(".stu-number")).get(i).click();
                browser.until("show question " + (i + 1), d -> d.findElement(By.cssSelector(".stu-question-number"))
                        .getText().toLowerCase().startsWith("question " + (position + 1) + " "));
                browser.until("see answer " + (i + 1) + " in place",
                        d -> browser.checkedRadio().startsWith(chosen.get(position)));
            }
            assertThat(browser.waitFor(By.cssSelector(".stu-answered-count")).getText())
                    .startsWith(chosen.size() + " of " + size);
            browser.screenshot("answers-in-place-after-restart");
        }
    }

    private static void link(Browser browser, String text) {
        browser.until("click " + text, d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                .filter(a -> a.isDisplayed() && a.getText().strip().equals(text)).peek(a -> a.click())
                .findFirst().isPresent());
    }
}
