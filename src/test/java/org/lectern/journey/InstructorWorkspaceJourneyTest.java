package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, the demo instructor turns an article file into a course and hands a lesson to a class: uploads
 * the file, renames a lesson, publishes, approves the lesson's questions, creates a class and assigns the lesson to
 * it with a due date. Every step leaves a screenshot under {@code target/screenshots/instructor-workspace}.
 */
// The instructor starts with no class of their own, so the demo class is left out.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lectern.demo.class=false")
@ActiveProfiles("demo")
@DirtiesContext
class InstructorWorkspaceJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void theInstructorImportsAnArticleReviewsItAndAssignsALessonToANewClass() {
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
            browser.phoneSize();
            browser.screenshot("preview-phone");
            browser.desktopSize();

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
            var lessonTitle = browser.waitFor(By.cssSelector(".page-header h1")).getText();
            browser.clickButtonStartingWith("Approve all drafts");
            browser.waitFor(By.cssSelector(".badge-approved"));
            assertThat(browser.driver().findElements(By.cssSelector(".badge-draft"))).isEmpty();
            browser.screenshot("lesson-approved");

            browser.open("/instructor/classes");
            browser.clickButton("New class");
            browser.field("vaadin-text-field", "Class name").sendKeys("Biology 10A");
            browser.screenshot("new-class");
            browser.clickButton("Create class");
            var code = browser.waitFor(By.cssSelector(".cls-code")).getText();
            assertThat(code).hasSize(8).doesNotContainPattern("[0O1Il]");
            browser.screenshot("class-created");
            browser.clickButton("Close");

            browser.open("/instructor/assignments");
            browser.clickButton("New assignment");
            browser.choose("vaadin-combo-box", "Course", "How Tardigrades");
            browser.choose("vaadin-multi-select-combo-box", "Lessons", lessonTitle);
            browser.choose("vaadin-combo-box", "Class", "Biology 10A");
            var due = LocalDate.now().plusDays(14);
            var dueDate = browser.waitFor(By.xpath(
                    "//vaadin-date-time-picker[label[normalize-space()='Due']]//vaadin-date-picker/input[@slot='input']"));
            dueDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    Keys.ENTER);
            browser.screenshot("assignment-form");
            browser.clickButton("Assign");
            assertThat(browser.waitFor(By.cssSelector(".asg-grid .cls-name")).getText()).isEqualTo(lessonTitle);
            assertThat(browser.driver().findElement(By.cssSelector(".asg-grid")).getText())
                    .contains("Biology 10A").contains(due.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
            browser.screenshot("lesson-assigned");
        }
    }
}
