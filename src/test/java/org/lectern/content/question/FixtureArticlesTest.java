package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.QuestionGenerator;

/**
 * Articles from other fields (software, biology, history) and the seed, each read by the real reader: every lesson
 * holding three distinct typed facts gets three questions, every question passes the lint and the bank the bank lint.
 */
class FixtureArticlesTest {

    static Article read(String file) throws Exception {
        return new ArticleReader().read(Path.of(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/articles/connection-pool-sizing.txt",
            "src/test/resources/articles/tardigrades.html", "src/test/resources/articles/hanseatic-league.md"})
    void everyKeptQuestionIsLintCleanAndTheBankStable(String file) throws Exception {
        Article article = read(file);
        GeneratedBank bank = new QuestionGenerator().generate(article);
        assertLessonsAndLint(article, bank);
        assertEquals(BankPrinter.print(bank), BankPrinter.print(new QuestionGenerator().generate(read(file))));
    }

    @Test
    void theSeedReadByTheRealReaderGivesQuestionsOfWhichNoneGivesAnotherAway() throws Exception {
        Article article = read(SeedArticle.FILE.toString());
        GeneratedBank bank = new QuestionGenerator().generate(article);
        assertLessonsAndLint(article, bank);
        assertFalse(bank.questions().isEmpty());
        assertEquals(0, cues(bank), BankPrinter.print(bank));
    }

    static void assertLessonsAndLint(Article article, GeneratedBank bank) {
        LintContext context = LintContext.forArticle(article);
        QuestionLint lint = new QuestionLint();
        bank.questions().forEach(q -> assertEquals(List.of(), lint.check(q, context), BankPrinter.print(q)));
        assertEquals(List.of(), new BankLint().check(bank));
        for (LessonBank lesson : bank.lessons()) {
            assertTrue(lesson.questions().size() <= Selection.MAX_PER_LESSON, "lesson " + lesson.lesson());
            List<String> sources = lesson.questions().stream().map(q -> q.source().text()).toList();
            assertEquals(sources.size(), Set.copyOf(sources).size(), "a sentence asked twice: " + sources);
        }
    }

    /**
     * Pairs of questions in one lesson where one shows the other's answer: its stem or correct option (or, for a
     * statement or chronology question, any option) holds the other's source sentence's answer in that sentence's
     * words.
     */
    static long cues(GeneratedBank bank) {
        long n = 0;
        for (LessonBank lesson : bank.lessons()) {
            for (GeneratedQuestion a : lesson.questions()) {
                for (GeneratedQuestion b : lesson.questions()) {
                    if (a != b && cues(a, b)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static boolean cues(GeneratedQuestion a, GeneratedQuestion b) {
        StringBuilder shown = new StringBuilder(a.stem()).append(' ').append(a.correctOption());
        if (a.kind() == QuestionKind.TRUE_STATEMENT || a.kind() == QuestionKind.CHRONOLOGY) {
            a.options().forEach(o -> shown.append(' ').append(o));
        }
        String text = " " + Text.normalise(shown.toString()) + " ";
        String answer = " " + Text.normalise(b.correctOption()) + " ";
        // The other question's sentence must be what is shown, not merely a name both mention.
        List<String> context = Text.contentWords(b.source().text().replace(b.correctOption(), " "));
        long sharedContext = context.stream().filter(w -> text.contains(" " + w + " ")).count();
        return text.contains(answer) && sharedContext * 2 >= context.size();
    }
}
