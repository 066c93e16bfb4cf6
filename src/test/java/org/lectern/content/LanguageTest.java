package org.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Articles in other languages are read like any other, and get no generated questions. */
class LanguageTest {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");

    @Test
    void tellsTheLanguageOfEachArticle() throws Exception {
        assertThat(read("abeilles.html").language()).isEqualTo("fr");
        assertThat(read("kaiko.md").language()).isEqualTo("ja");
        assertThat(read("hanseatic-league.md").language()).isEqualTo(Language.ENGLISH);
        assertThat(read("tardigrades.html").language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aJapaneseArticleIsStructuredLikeAnyOther() throws Exception {
        Article article = read("kaiko.md");

        assertThat(article.title()).isEqualTo("養蚕の歴史");
        assertThat(article.lessons()).extracting(Section::title).containsExactly("中国での始まり", "日本への伝来", "現代の養蚕");
        assertThat(article.lessons().get(1).paragraphs()).hasSize(2);
    }

    @Test
    void questionsAreWrittenForEnglishOnly() throws Exception {
        var generator = new QuestionGenerator();

        assertThat(generator.generate(read("abeilles.html")).questions()).isEmpty();
        assertThat(generator.generate(read("kaiko.md")).questions()).isEmpty();
        assertThat(generator.generate(read("hanseatic-league.md")).questions()).isNotEmpty();
    }

    @Test
    void aTextTooShortToTellIsUndeterminedAndNamedSo() {
        assertThat(Language.detect("Bees dance.")).isEqualTo(Language.UNDETERMINED);
        assertThat(Language.name(Language.UNDETERMINED)).isEqualTo("an undetermined language");
        assertThat(Language.name("fr")).isEqualTo("French");
        assertThat(Language.name("ja")).isEqualTo("Japanese");
        assertThat(Language.detect("Die Biene tanzt auf der Wabe, um den anderen Arbeiterinnen den Weg zu den "
                + "Blüten zu zeigen, die sie gefunden hat.")).isEqualTo("de");
    }

    private static Article read(String name) throws ArticleRejectedException, IOException {
        return new ArticleReader().read(name, Files.readAllBytes(ARTICLES.resolve(name)));
    }
}
