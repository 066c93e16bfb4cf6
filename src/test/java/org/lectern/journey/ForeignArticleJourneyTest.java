package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, the instructor imports an article in French with subsections: the preview names its language
 * and says questions are added by hand, the subsections stand inside their lesson, and the published lesson's
 * review shows them in place. Screenshots under {@code target/screenshots/foreign-article}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lectern.demo.class=false")
@ActiveProfiles("demo")
@DirtiesContext
class ForeignArticleJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void aFrenchArticleIsPreviewedWithItsLanguageAndSubsectionsAndPublishedWithoutQuestions() {
        try (var browser = new Browser("http://localhost:" + port, "foreign-article")) {
            browser.signIn("teacher", "lectern-demo");
            browser.waitForUrlEnding("/instructor/courses");
            browser.open("/instructor/import");
            var upload = browser.waitFor(By.cssSelector("vaadin-upload"));
            upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                    .sendKeys(Path.of("src/test/resources/articles/abeilles.html").toAbsolutePath().toString());

            var note = browser.waitFor(By.cssSelector(".language-note"));
            assertThat(note.getText()).contains("French", "by hand");
            assertThat(texts(browser, ".preview-subheading")).containsExactly("La danse en rond", "La danse frétillante");
            assertThat(browser.driver().findElements(By.cssSelector(".lesson-title-field"))).hasSize(2);
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'})", note);
            browser.screenshot("preview");

            browser.clickButton("Publish course");
            browser.waitFor(By.cssSelector(".lesson-row .lesson-title")).click();
            browser.waitFor(By.cssSelector(".lesson-subheading"));
            assertThat(texts(browser, ".lesson-subheading")).containsExactly("La danse en rond", "La danse frétillante");
            assertThat(browser.waitFor(By.cssSelector(".language-note")).getText()).contains("by hand");
            browser.screenshot("lesson-review");
        }
    }

    private static java.util.List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
