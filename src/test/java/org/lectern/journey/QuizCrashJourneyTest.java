package org.lectern.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.support.AppProcess;
import org.lectern.support.Browser;

/**
 * The application process is killed with SIGKILL right after the page showed answers as saved; started again on the
 * same data folder, it still has every one of them.
 */
class QuizCrashJourneyTest {

    @Test
    void answersShownAsSavedSurviveTheServerBeingKilled() throws Exception {
        var data = Files.createDirectories(Path.of("target/test-data/crash-" + System.nanoTime()));
        var log = data.resolve("lectern.log");
        List<String> chosen;
        int size;

        try (var app = AppProcess.start(data, log);
             var browser = new Browser(app.baseUrl(), "quiz-crash")) {
            browser.signIn("student", "lectern-demo");
            browser.waitForUrlEnding("/student");
            size = QuizSteps.readAndStartTheQuiz(browser);
            chosen = QuizSteps.answer(browser, Math.min(3, size));
            browser.screenshot("answers-saved-before-the-kill");
            app.kill();
        }

        try (var app = AppProcess.start(data, log);
             var browser = new Browser(app.baseUrl(), "quiz-crash-after-restart")) {
            browser.signIn("student", "lectern-demo");
            browser.waitForUrlEnding("/student");
            QuizSteps.continueAndFindTheAnswers(browser, chosen, size);
            browser.screenshot("answers-in-place-after-restart");
        }
    }
}
