package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The demo instructor finds the seed course and reviews a lesson's questions beside the lesson text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class InstructorReviewJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void theInstructorReviewsTheSeedCoursesQuestions() {
        try (var browser = new Browser("http://localhost:" + port, "instructor-review")) {
            browser.signIn("teacher", "lectern-demo");
            browser.waitForUrlEnding("/instructor/courses");
            var course = browser.waitFor(By.cssSelector(".card h2 a"));
            assertThat(course.getText()).isEqualTo("Chinese and Russian Relations in Central Asia");
            browser.screenshot("courses");

            course.click();
            browser.waitFor(By.cssSelector(".lesson-row"));
            assertThat(browser.driver().findElements(By.cssSelector(".lesson-row"))).hasSize(8);
            browser.screenshot("course");

            // The first lesson where the generator kept a question (it never pads, so some lessons keep none).
            browser.waitFor(By.xpath("//div[contains(@class,'lesson-row')][not(.//span[text()='no questions'])]//a"))
                    .click();
            browser.waitFor(By.cssSelector(".question-card"));
            browser.clickButton("Show in text");
            browser.waitFor(By.cssSelector(".source-highlight"));
            browser.screenshot("lesson-review");
            browser.phoneSize();
            browser.screenshot("lesson-review-phone");
            browser.desktopSize();

            browser.clickButton("Edit");
            browser.waitFor(By.cssSelector(".editor-form vaadin-text-area"));
            browser.screenshot("edit-question");
        }
    }
}
