package org.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.question.BankLint;
import org.lectern.content.question.GeneratedBank;
import org.lectern.content.question.LintContext;
import org.lectern.content.question.QuestionKind;
import org.lectern.content.question.QuestionLint;

/**
 * The seed article end to end, as the import command sees it: the real reader, then the generator. The expected
 * lessons and counts come from the issue; nothing in the main code knows this article.
 */
class SeedCourseGoldenTest {

    private static Article article;
    private static GeneratedBank bank;

    @BeforeAll
    static void importSeed() throws ArticleRejectedException {
        article = new ArticleReader().read(Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt"));
        bank = new QuestionGenerator().generate(article);
    }

    @Test
    void theLessonsAreTheArticlesSectionsInOrder() {
        assertThat(article.lessons()).extracting(Section::title).containsExactly("Introduction",
                "Sino-Russian Relations", "Diplomatic Partnership", "Security Partnership", "Economic Partnership",
                "Convergences and Divergences", "China and Russia in Central Asia", "Conclusion");
        assertThat(article.endnotes()).hasSize(16);
        assertThat(article.lessons().stream().flatMap(s -> s.captions().stream()))
                .contains("Foreign trade", "Russia's trade with China");
    }

    @Test
    void noLessonTextHoldsNoiseOrAnEndnoteNumber() {
        var text = String.join("\n", article.lessons().stream().flatMap(s -> s.paragraphs().stream()).toList());
        assertThat(text).doesNotContain("community forum image", "Submissions 2023", "Visited", "Click to access")
                .contains("$100 billion", "76%").doesNotContainPattern("[a-z][.”]\\d{1,2}(\\s|$)");
    }

    @Test
    void theBankKeepsOnlyJudgedQuestionsOfTheKindsThatPassedReview() {
        assertThat(bank.lessons()).hasSize(article.lessons().size());
        assertThat(bank.questions()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.kind()).isIn(QuestionKind.GAP_FILL, QuestionKind.WH_QUESTION, QuestionKind.DEFINITION);
            assertThat(q.quality()).isBetween(50, 100);
            assertThat(q.reasons()).isNotEmpty();
        });
    }

    @Test
    void everyKeptQuestionPassesTheLintAndTheBankPassesTheBankRules() {
        var lint = new QuestionLint();
        var context = LintContext.forArticle(article);
        assertThat(bank.questions()).allSatisfy(q -> assertThat(lint.check(q, context)).as(q.stem()).isEmpty());
        assertThat(new BankLint().check(bank)).isEmpty();
    }

    @Test
    void everyQuestionIsTiedToItsSourceSentenceAndQuotesIt() {
        assertThat(bank.questions()).allSatisfy(q -> {
            var paragraph = article.lessons().get(q.source().lesson()).paragraphs().get(q.source().paragraph());
            assertThat(paragraph.substring(q.source().start(), q.source().end())).isEqualTo(q.source().text());
            assertThat(q.explanation()).contains(q.source().text());
            assertThat(q.options()).hasSize(4).doesNotHaveDuplicates();
        });
    }

    @Test
    void theSameArticleGivesTheSameBank() {
        assertThat(new QuestionGenerator().generate(article)).isEqualTo(bank);
        assertThat(List.copyOf(bank.questions())).isNotEmpty();
    }
}
