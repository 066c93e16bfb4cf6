package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, the demo instructor turns an article file into a course: uploads it, renames a lesson,
 * publishes, and approves a lesson's questions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class InstructorWorkspaceJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void theInstructorImportsAnArticleAndApprovesALessonsQuestions() {
        try (var browser = new Browser("http://localhost:" + port, "instructor-workspace")) {
            browser.signIn("teacher", "lectern-demo");
            browser.waitForUrlEnding("/instructor/courses");
            browser.clickButton("Import an article");
            browser.waitForUrlEnding("/instructor/import");
            browser.screenshot("import-page");

            var upload = browser.waitFor(By.cssSelector("vaadin-upload"));
            var input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
            input.sendKeys(Path.of("src/test/resources/articles/tardigrades.html").toAbsolutePath().toString());
            var firstTitle = browser.waitFor(By.cssSelector(".lesson-title-field input"));
            browser.screenshot("preview");

            firstTitle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Meet the water bears", Keys.TAB);
            browser.waitForValue(By.cssSelector(".lesson-title-field input"), "Meet the water bears");
            browser.screenshot("lesson-renamed");

            browser.clickButton("Publish course");
            browser.waitFor(By.cssSelector(".lesson-row"));
            assertThat(browser.driver().findElement(By.cssSelector(".lesson-row .lesson-title")).getText())
                    .isEqualTo("Meet the water bears");
            browser.screenshot("published-course");

            browser.driver().findElements(By.cssSelector(".lesson-row .lesson-title")).stream()
                    .filter(link -> !link.findElement(By.xpath("..")).getText().contains("no questions"))
                    .findFirst().orElseThrow().click();
            browser.waitFor(By.cssSelector(".question-card"));
            browser.screenshot("lesson-drafts");
            browser.clickButtonStartingWith("Approve all drafts");
            browser.waitFor(By.cssSelector(".badge-approved"));
            assertThat(browser.driver().findElements(By.cssSelector(".badge-draft"))).isEmpty();
            browser.screenshot("lesson-approved");
        }
    }
}
