package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.attempt.AttemptResult;
import org.lectern.attempt.LessonCard;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.StudentLessons;
import org.lectern.course.BankQuestion;
import org.lectern.course.QuestionBank;
import org.lectern.gradebook.Percent;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real browsers, on the demo data: Amira answers every question of the first assigned lesson right and Jonas only
 * the first, so their scores differ; the instructor finds both scores and the class average in the gradebook, opens
 * Jonas's attempt question by question, and downloads the grid and every answer as CSV files that say the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class GradebookJourneyTest {

    private static final String PASSWORD = "lectern-demo";

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;

    @Test
    void twoStudentsFinishAQuizAndTheInstructorSeesTheirScoresReviewsAnAttemptAndDownloadsTheCsvFiles(
            @Autowired Accounts accounts, @Autowired StudentLessons lessons, @Autowired QuestionBank bank,
            @Autowired QuizAttempts quizzes) throws IOException {
        var amira = accounts.findByUsername("amira").orElseThrow();
        var jonas = accounts.findByUsername("jonas").orElseThrow();
        var card = lessons.home(amira.accountId()).lessons().getFirst();
        // The generator keeps only what clears its bar; the teacher writes a third question by hand.
        var teacher = accounts.findByUsername("teacher").orElseThrow();
        HandWrittenQuestions.topUp(bank, card.lessonId(), teacher.accountId(), 3);
        var correct = correctOptions(bank.approvedQuestions(card.lessonId()));

        var amiraChoices = takeQuiz("amira", card, correct, true);
        var jonasChoices = takeQuiz("jonas", card, correct, false);
        var size = amiraChoices.size();
        assertThat(size).as("the first lesson has a few questions").isBetween(2, correct.size());
        var amiraResult = result(quizzes, amira, card);
        var jonasResult = result(quizzes, jonas, card);
        assertThat(amiraResult.score()).isEqualTo(size);
        assertThat(jonasResult.score()).isEqualTo(1);
        var amiraPercent = Percent.of(amiraResult.percent());
        var jonasPercent = Percent.of(jonasResult.percent());
        var average = Percent.of((amiraResult.percent() + jonasResult.percent()) / 2);

        try (var browser = new Browser("http://localhost:" + port, "gradebook", downloads)) {
            browser.signIn("teacher", PASSWORD);
            browser.until("open the Gradebook", d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(item -> item.getText().strip().equals("Gradebook")).peek(WebElement::click)
                    .findFirst().isPresent());
            browser.waitForUrlEnding("/instructor/gradebook");
            browser.waitFor(By.cssSelector(".gb-grid"));
            browser.choose("vaadin-combo-box", "Class", "Demo class");
            browser.until("see the class average", d -> hasCell(d.findElements(
                    By.tagName("vaadin-grid-cell-content")), "Class average"));
            assertThat(cell(browser, amira, card).getText()).isEqualTo(amiraPercent + " · Done");
            assertThat(cell(browser, jonas, card).getText()).isEqualTo(jonasPercent + " · Done");
            assertThat(hasCell(browser.driver().findElements(By.tagName("vaadin-grid-cell-content")),
                    average + " · 2 scored")).as("the lesson's footer shows the average of the two").isTrue();
            browser.driver().executeScript("document.activeElement.blur()");
            browser.screenshot("gradebook");
            browser.phoneSize();
            // Scrolled sideways past the class column, as a phone user would: the student column stays.
            browser.driver().executeScript("""
                    const grid = document.querySelector('vaadin-grid.gb-grid');
                    const header = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .find(c => c.textContent.trim() === 'Class');
                    grid.shadowRoot.querySelector('#table').scrollLeft +=
                        header.assignedSlot.parentElement.getBoundingClientRect().width;""");
            browser.screenshot("gradebook-on-a-phone");
            browser.desktopSize();

            cell(browser, jonas, card).click();
            browser.until("open the attempt review", d -> d.getCurrentUrl().contains("/instructor/gradebook/attempts/"));
            assertThat(browser.waitFor(By.cssSelector(".gb-review-page h1")).getText())
                    .isEqualTo(jonas.displayName() + ", attempt 1");
            var where = browser.waitFor(By.cssSelector(".gb-where")).getText();
            assertThat(where).as("the course named once").endsWith(" · " + card.lessonTitle())
                    .containsOnlyOnce(card.courseTitle());
            var facts = browser.waitFor(By.cssSelector(".gb-facts")).findElements(By.cssSelector(".gb-fact")).stream()
                    .map(f -> f.getText().replace('\n', ' ')).toList();
            assertThat(facts).contains("Score 1 / " + size + " (" + jonasPercent + ")", "Ended by Student")
                    .anyMatch(f -> f.matches("Time taken (\\d+ min )?\\d+ s"));
            var answers = browser.driver().findElements(By.cssSelector(".gb-answer"));
            assertThat(answers).hasSize(size);
            for (int i = 0; i < size; i++) {
                var answer = answers.get(i);
                assertThat(answer.findElement(By.cssSelector(".gb-verdict")).getText()).as("verdict %d", i + 1)
                        .isEqualTo(i == 0 ? "Right" : "Wrong");
                assertThat(answer.findElement(By.cssSelector(".gb-option-chosen > span")).getText())
                        .isEqualTo(jonasChoices.get(i).chosen());
                assertThat(answer.findElement(By.cssSelector(".gb-option-correct > span")).getText())
                        .isEqualTo(jonasChoices.get(i).correct());
                assertThat(answer.findElement(By.cssSelector(".gb-when")).getText()).startsWith("Answered ");
            }
            browser.screenshot("attempt-review");
            browser.phoneSize();
            browser.screenshot("attempt-review-on-a-phone");
            browser.desktopSize();

            browser.waitFor(By.cssSelector("a.gb-back")).click();
            browser.waitForUrlEnding("/instructor/gradebook");
            download(browser, "Download this grid (CSV)");
            var grid = csv(browser.download("gradebook-"));
            var column = grid.getFirst().getParser().getHeaderNames().stream()
                    .filter(name -> name.endsWith(card.lessonTitle() + " (%)")).findFirst().orElseThrow();
            assertThat(row(grid, "User name", "amira").get(column)).isEqualTo(Percent.number(amiraResult.percent()));
            assertThat(row(grid, "User name", "jonas").get(column)).isEqualTo(Percent.number(jonasResult.percent()));
            assertThat(row(grid, "Student", "Average").get(column))
                    .isEqualTo(Percent.number((amiraResult.percent() + jonasResult.percent()) / 2));

            download(browser, "Download every answer (CSV)");
            var rows = csv(browser.download("attempts-")).stream()
                    .filter(r -> r.get("Lesson").equals(card.lessonTitle())).toList();
            assertThat(results(rows, "amira")).hasSize(size).containsOnly("right");
            assertThat(results(rows, "jonas")).hasSize(size).containsOnlyOnce("right")
                    .filteredOn("wrong"::equals).hasSize(size - 1);
            assertThat(rows).filteredOn(r -> r.get("User name").equals("jonas"))
                    .extracting(r -> r.get("Chosen option"))
                    .containsExactlyElementsOf(jonasChoices.stream().map(Choice::chosen).toList());

            // The lesson's item statistics, from its column: two attempts, one all right, one with one right.
            browser.open("/instructor/gradebook/lessons/" + card.assignedLessonId() + "/statistics");
            var figures = browser.waitFor(By.cssSelector(".gb-stats-figures")).getText();
            assertThat(figures).containsIgnoringCase("Attempts\n2\n").containsPattern("(?i)mean\\n2(\\.0+)?\\n");
            assertThat(browser.driver().findElements(By.cssSelector(".gb-question"))).hasSize(size);
            assertThat(browser.driver().findElements(By.cssSelector(".chart svg"))).hasSize(2);
            browser.screenshot("item-statistics");
            browser.phoneSize();
            browser.screenshot("item-statistics-on-a-phone");
            browser.desktopSize();
        }
    }

    /** What a student picked for a question, and what was right. */
    private record Choice(String chosen, String correct) {
    }

    /**
     * Reads the first assigned lesson to its end and takes its quiz in a browser: every answer right, or only the
     * first. Options are shuffled per attempt, so the right one is found by its text among the question's options.
     */
    private List<Choice> takeQuiz(String username, LessonCard card, Map<String, String> correct, boolean allRight) {
        var choices = new ArrayList<Choice>();
        try (var browser = new Browser("http://localhost:" + port, "gradebook-" + username)) {
            browser.signIn(username, PASSWORD);
            browser.waitForUrlEnding("/student");
            assertThat(browser.waitFor(By.cssSelector(".stu-lesson h3")).getText()).isEqualTo(card.lessonTitle());
            link(browser, "Read lesson").click();
            browser.waitFor(By.cssSelector(".stu-reading"));
            browser.driver().executeScript("document.querySelector('.stu-reader-end').scrollIntoView()");
            browser.waitFor(By.cssSelector(".stu-read-done"));
            link(browser, "Take the quiz").click();
            browser.waitFor(By.cssSelector(".stu-question-panel"));
            var size = browser.driver().findElements(By.cssSelector(".stu-number")).size();
            for (int i = 0; i < size; i++) {
                var stem = browser.waitFor(By.id("question-stem")).getText();
                var options = browser.radioLabels();
                var right = correct.get(key(stem, options));
                assertThat(right).as("the bank knows question %d", i + 1).isNotNull();
                var pick = allRight || i == 0 ? right
                        : options.stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
                browser.chooseRadio(pick);
                choices.add(new Choice(pick, right));
                assertThat(browser.waitFor(By.cssSelector(".stu-feedback")).getText())
                        .contains(pick.equals(right) ? "✓ Right" : "✗ Not quite");
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
        }
        return choices;
    }

    /** Each approved question's right option, by its stem and options in any order. */
    private static Map<String, String> correctOptions(List<BankQuestion> questions) {
        var correct = new HashMap<String, String>();
        questions.forEach(q -> correct.put(key(q.stem(), q.options()), q.options().get(q.correctOption())));
        return correct;
    }

    private static String key(String stem, List<String> options) {
        return stem.strip() + "\n" + String.join("\n", options.stream().map(String::strip).sorted().toList());
    }

    private static AttemptResult result(QuizAttempts quizzes, SignedInUser student, LessonCard card) {
        var attemptId = quizzes.lastSubmitted(student.accountId(), card.assignedLessonId()).orElseThrow();
        return quizzes.result(attemptId, student.accountId());
    }

    /** A student's cell in the lesson's column: a button named after the student and the lesson. */
    private static WebElement cell(Browser browser, SignedInUser student, LessonCard card) {
        var name = student.displayName() + ", " + card.lessonTitle() + ":";
        return browser.until("find the cell of " + name, d -> d.findElements(By.cssSelector("vaadin-button.gb-open"))
                .stream().filter(b -> String.valueOf(b.getDomAttribute("aria-label")).startsWith(name)).findFirst()
                .orElse(null));
    }

    private static boolean hasCell(List<WebElement> cells, String text) {
        return cells.stream().anyMatch(c -> c.getText().strip().equals(text));
    }

    private static void download(Browser browser, String text) {
        var link = browser.waitFor(By.xpath("//a[contains(@class,'gb-download')][normalize-space()='" + text + "']"));
        browser.until("see the link " + text + " ready", d -> link.getDomAttribute("href") != null);
        link.click();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, for spreadsheets").startsWith("\uFEFF");
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow(
                () -> new AssertionError("no row with " + column + " " + value));
    }

    private static List<String> results(List<CSVRecord> rows, String username) {
        return rows.stream().filter(r -> r.get("User name").equals(username)).map(r -> r.get("Result")).toList();
    }

    private static WebElement link(Browser browser, String text) {
        return browser.until("find the link " + text, d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                .filter(a -> a.isDisplayed() && a.getText().strip().equals(text)).findFirst().orElse(null));
    }
}
