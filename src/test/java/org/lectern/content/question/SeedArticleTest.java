package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.QuestionGenerator;

class SeedArticleTest {

    private static Article article;
    private static GeneratedBank bank;

    @BeforeAll
    static void generate() {
        article = SeedArticle.load();
        bank = new QuestionGenerator().generate(article);
    }

    @Test
    void everyKeptQuestionClearsTheBarWithItsReasons() {
        assertFalse(bank.questions().isEmpty());
        for (GeneratedQuestion q : bank.questions()) {
            assertTrue(q.quality() >= 50 && q.quality() <= 100, q.quality() + " " + q.stem());
            assertFalse(q.reasons().isEmpty(), q.stem());
        }
        bank.lessons().forEach(l -> assertTrue(l.questions().size() <= Selection.MAX_PER_LESSON));
    }

    @Test
    void everyQuestionPassesTheLintOnItsOwn() {
        LintContext context = LintContext.forArticle(article);
        QuestionLint lint = new QuestionLint();
        for (GeneratedQuestion q : bank.questions()) {
            assertEquals(List.of(), lint.check(q, context), BankPrinter.print(q));
        }
    }

    @Test
    void theBankPassesTheBankRules() {
        assertEquals(List.of(), new BankLint().check(bank));
    }

    @Test
    void everyQuestionHasItsOwnId() {
        List<String> ids = bank.questions().stream().map(GeneratedQuestion::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    }

    @Test
    void numericOptionsAreShownInAscendingOrder() {
        for (GeneratedQuestion q : bank.questions()) {
            if (q.options().stream().allMatch(QuestionLint::isNumeric)) {
                List<Double> values = q.options().stream().map(o -> Numbers.value(o).orElseThrow()).toList();
                assertEquals(values.stream().sorted().toList(), values, BankPrinter.print(q));
            }
        }
    }

    @Test
    void eachQuestionPointsAtItsSentenceInTheParagraph() {
        for (GeneratedQuestion q : bank.questions()) {
            SourceSentence s = q.source();
            String paragraph = article.lessons().get(s.lesson()).paragraphs().get(s.paragraph());
            assertEquals(s.text(), paragraph.substring(s.start(), s.end()));
            assertTrue(q.explanation().contains(s.text().strip()), q.explanation());
        }
    }

    @Test
    void aSentenceCarriesTheEndnotesCitedAtItsEnd() {
        List<Sentence> sentences = Articles.sentences(article);
        Sentence cited = sentences.stream().filter(x -> x.text().contains("$100 billion")).findFirst().orElseThrow();
        assertEquals(List.of(7), cited.citations());
        Sentence uncited = sentences.stream().filter(x -> x.text().startsWith("In 2017 alone")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), uncited.citations());
        bank.questions().forEach(q -> assertEquals(sentences.stream().filter(x -> x.text().equals(q.source().text()))
                .findFirst().orElseThrow().citations(), q.citations()));
    }

    @Test
    void generatingTwiceGivesTheSameBankByteForByte() {
        String again = BankPrinter.print(new QuestionGenerator().generate(SeedArticle.load()));
        assertEquals(BankPrinter.print(bank), again);
        assertEquals(bank, new QuestionGenerator().generate(article));
    }
}
