package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.lectern.support.Browser;
import org.openqa.selenium.By;

/** What a student does on the start page, the reader and the quiz, for the journeys that crash a server under them. */
final class QuizSteps {

    private QuizSteps() {
    }

    /** From the start page: reads the first lesson to its end and opens its quiz; returns how many questions it has. */
    static int readAndStartTheQuiz(Browser browser) {
        link(browser, "Read lesson");
        browser.waitFor(By.cssSelector(".stu-reading"));
        browser.driver().executeScript("document.querySelector('.stu-reader-end').scrollIntoView()");
        browser.waitFor(By.cssSelector(".stu-read-done"));
        link(browser, "Take the quiz");
        browser.waitFor(By.cssSelector(".stu-question-panel"));
        return browser.driver().findElements(By.cssSelector(".stu-number")).size();
    }

    /** Answers the first {@code count} questions, each seen saved before the next; returns the options chosen. */
    static List<String> answer(Browser browser, int count) {
        var chosen = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var option = browser.radioLabels().get(i % browser.radioLabels().size());
            browser.chooseRadio(option);
            chosen.add(option);
            var answered = i + 1;
            browser.until("see answer " + answered + " saved", d -> d.findElement(
                    By.cssSelector(".stu-answered-count")).getText().startsWith(answered + " of ")
                    && d.findElement(By.cssSelector(".stu-saved")).getText().startsWith("✓ Answer saved"));
            if (answered < count) {
                browser.clickButton("Next");
                browser.until("show question " + (answered + 1), d -> d.findElement(
                        By.cssSelector(".stu-question-number")).getText().toLowerCase()
                        .startsWith("question " + (answered + 1) + " "));
            }
        }
        return chosen;
    }

    /** From the start page: continues the quiz in progress and checks that each chosen answer is in place. */
    static void continueAndFindTheAnswers(Browser browser, List<String> chosen, int size) {
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
    }

    static void link(Browser browser, String text) {
        browser.until("click " + text, d -> d.findElements(By.cssSelector("a.stu-button")).stream()
                .filter(a -> a.isDisplayed() && a.getText().strip().equals(text)).peek(a -> a.click())
                .findFirst().isPresent());
    }
}
