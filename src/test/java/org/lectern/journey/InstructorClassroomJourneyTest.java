package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.course.LessonSummary;
import org.lectern.security.Accounts;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: the demo instructor looks at a class with its join code and roster, and at an assignment of a
 * whole course to that class, on a desktop and on a phone. Saves screenshots under target/screenshots/classroom.
 */
// The instructor starts with no class of their own, so the demo class is left out.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lectern.demo.class=false")
@ActiveProfiles("demo")
// The journey's server closes after it, freeing its port and memory for the tests that follow.
@DirtiesContext
class InstructorClassroomJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    Classes classes;
    @Autowired
    Assignments assignments;

    @Test
    void theDemoInstructorSeesAClassWithItsCodeAndRosterAndTheAssignmentOfACourse(
            @Autowired CourseImports imports, @Autowired Courses courses, @Autowired QuestionBank bank) {
        var teacher = accounts.findByUsername("teacher").orElseThrow().accountId();
        var history = classes.create("History 9B", teacher);
        for (var student : List.of("student", "amira", "jonas")) {
            classes.join(history.joinCode(), accounts.findByUsername(student).orElseThrow().accountId());
        }
        var course = CourseFixture.importFor(teacher, imports, courses, bank);
        assignments.create(new AssignmentRequest(course.outline().lessons().stream().map(LessonSummary::id).toList(),
                Recipients.toClass(history.id()), AssignmentRules.defaults(Instant.parse("2026-12-01T08:00:00Z"),
                        Instant.parse("2026-12-08T17:00:00Z"))), teacher);

        try (var browser = new Browser("http://localhost:" + port, "classroom")) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("teacher");
            var password = browser.waitFor(By.cssSelector("vaadin-password-field[name='password'] input"));
            password.sendKeys("lectern-demo");
            password.sendKeys(Keys.ENTER);
            browser.waitFor(By.cssSelector(".who-name"));

            browser.open("/instructor/classes");
            assertThat(browser.waitFor(By.cssSelector(".cls-grid .cls-name")).getText()).isEqualTo("History 9B");
            browser.screenshot("classes");
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Manage']")).click();
            assertThat(browser.waitFor(By.cssSelector(".cls-code")).getText()).isEqualTo(history.joinCode());
            assertThat(browser.waitFor(By.cssSelector(".cls-roster h3")).getText()).isEqualTo("3 students");
            browser.screenshot("class-dialog");
            browser.phoneSize();
            browser.screenshot("class-dialog-phone");
            browser.desktopSize();

            browser.open("/instructor/assignments");
            assertThat(browser.waitFor(By.cssSelector(".asg-grid .cls-name")).getText())
                    .isEqualTo(course.outline().title());
            browser.screenshot("assignments");
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Edit']")).click();
            browser.waitFor(By.cssSelector(".asg-form"));
            browser.screenshot("assignment-form");
            browser.driver().executeScript("arguments[0].scrollIntoView()",
                    browser.waitFor(By.xpath("//h3[normalize-space()='Quiz']")));
            browser.screenshot("assignment-form-quiz-settings");
            browser.phoneSize();
            browser.screenshot("assignment-form-phone");
            browser.desktopSize();

            // A new assignment saved without choices: each missing choice is explained under its field.
            browser.open("/instructor/assignments");
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='New assignment']")).click();
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Assign']")).click();
            var courseField = browser.waitFor(By.cssSelector("vaadin-combo-box[invalid]"));
            assertThat(courseField.getDomProperty("errorMessage")).isEqualTo("Choose a course.");
            browser.screenshot("assignment-form-mistakes");
        }
    }
}
