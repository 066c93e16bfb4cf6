package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void everyLessonWithThreeFactsGetsThreeLintCleanQuestions(String file) throws Exception {
        Article article = read(file);
        GeneratedBank bank = new QuestionGenerator().generate(article);
        System.out.println(file + "\n" + BankPrinter.print(bank));
        assertLessonsAndLint(article, bank);
        assertEquals(BankPrinter.print(bank), BankPrinter.print(new QuestionGenerator().generate(read(file))));
    }

    @Test
    void theSeedReadByTheRealReaderGivesFortyWithAMarginAndFewerCues() throws Exception {
        Article article = read(SeedArticle.FILE.toString());
        GeneratedBank bank = new QuestionGenerator().generate(article);
        assertLessonsAndLint(article, bank);
        assertTrue(bank.questions().size() >= SEED_MINIMUM, "only " + bank.questions().size());
        long cues = cues(bank);
        assertTrue(cues <= SEED_CUES_BEFORE, cues + " cueing pairs; there were " + SEED_CUES_BEFORE);
    }

    // Before answer typing was broadened the seed gave 40 questions with 20 (directed) cueing pairs by this measure,
    // and 42 after. Two of those 42 came from rules only the seed's own sentences triggered ("BRICS – ... of Brazil,
    // Russia, India, China, and South Africa" read as an abbreviation, "In 2017 alone," as an opening year); with
    // those rules gone the seed gives 40, the minimum the issue sets, with no lesson under three.
    static final int SEED_MINIMUM = 40;
    static final long SEED_CUES_BEFORE = 20;

    static void assertLessonsAndLint(Article article, GeneratedBank bank) {
        LintContext context = LintContext.forArticle(article);
        QuestionLint lint = new QuestionLint();
        bank.questions().forEach(q -> assertEquals(List.of(), lint.check(q, context), BankPrinter.print(q)));
        assertEquals(List.of(), new BankLint().check(bank, article));
        Facts facts = Articles.facts(article);
        for (LessonBank lesson : bank.lessons()) {
            Set<String> distinct = Articles.distinctFacts(facts, lesson.lesson());
            if (distinct.size() >= 3) {
                assertTrue(lesson.questions().size() >= 3, "lesson " + lesson.lesson() + " has "
                        + lesson.questions().size() + " questions for facts " + distinct);
            }
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
