package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In a real browser: the demo student signs in with the credentials the README gives, lands on the student start
 * page with the student navigation, and signs out again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
// The journey's server closes after it, freeing its port and memory for the tests that follow.
@DirtiesContext
class StudentSignInJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoStudentSignsInSeesTheStartPageAndSignsOut() {
        try (var browser = new Browser("http://localhost:" + port, "student-sign-in")) {
            browser.open("/");
            browser.waitForUrlEnding("/login");
            var username = browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input"));
            browser.screenshot("login-page");
            var sessionBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            username.sendKeys("student");
            var password = browser.waitFor(By.cssSelector("vaadin-password-field[name='password'] input"));
            password.sendKeys("lectern-demo");
            browser.screenshot("credentials-entered");
            password.sendKeys(Keys.ENTER);

            browser.waitForUrlEnding("/student");
            var heading = browser.waitFor(By.cssSelector(".page-header h1"));
            assertThat(heading.getText()).isEqualTo("My lessons");
            assertThat(browser.waitFor(By.cssSelector(".who-name")).getText()).isEqualTo("Sam Student");
            var nav = browser.driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .map(item -> item.getText().strip()).toList();
            assertThat(nav).containsExactly("My lessons", "Practice", "My progress");
            var sessionAfter = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(sessionAfter).as("signing in issues a new session id").isNotEqualTo(sessionBefore);
            browser.screenshot("student-start-page");

            browser.phoneSize();
            browser.screenshot("student-start-page-phone");
            browser.desktopSize();

            browser.waitFor(By.cssSelector("vaadin-button.sign-out")).click();
            browser.waitForUrlEnding("/login");
            browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input"));
            browser.screenshot("signed-out");

            browser.open("/student");
            browser.waitForUrlEnding("/login");
        }
    }
}
