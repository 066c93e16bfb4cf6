package org.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.content.ArticleRejectedException;
import org.lectern.course.domain.Course;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.QuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("postgresql")
@SpringBootTest
class CourseImportsTest {

    @Autowired
    CourseImports imports;
    @Autowired
    CourseRepository courses;
    @Autowired
    QuestionRepository questions;
    @Autowired
    SeedCourses seeds;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesEveryPartOfTheArticleWithItsQuestionsAsDrafts() throws Exception {
        var imported = imports.importArticle(unique("hanseatic-league.md"), fixture("hanseatic-league.md"), null);
        var article = imports.read("hanseatic-league.md", fixture("hanseatic-league.md"));

        assertThat(imported.unchanged()).isFalse();
        assertThat(imported.version()).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            var course = courses.findById(imported.courseId()).orElseThrow();
            assertThat(course.getTitle()).isEqualTo(article.title());
            assertThat(course.getEndnotes()).hasSize(article.endnotes().size());
            assertThat(course.getLessons()).extracting(l -> l.getTitle())
                    .containsExactlyElementsOf(article.lessons().stream().map(s -> s.title()).toList());
            for (int i = 0; i < article.lessons().size(); i++) {
                var stored = course.getLessons().get(i);
                var section = article.lessons().get(i);
                assertThat(stored.getParagraphs()).containsExactlyElementsOf(section.paragraphs());
                assertThat(stored.getCaptions()).containsExactlyElementsOf(section.captions());
                assertThat(stored.getCitations()).hasSize(section.citations().size());
            }
            var ids = questionIds(course);
            assertThat(ids).hasSize(imported.questions()).isNotEmpty();
            assertThat(questions.findAllById(ids)).allSatisfy(q -> {
                assertThat(q.getStatus()).isEqualTo(QuestionStatus.DRAFT);
                assertThat(q.getOptions()).hasSize(4);
                assertThat(q.getSourceSentence()).contains(q.getOptions().get(q.getCorrectOption()));
            });
        });
    }

    @Test
    void anArticleInFrenchIsStoredWithItsLanguageAndSubheadingsAndNoQuestions() throws Exception {
        var imported = imports.importArticle(unique("abeilles.html"), fixture("abeilles.html"), null);

        assertThat(imported.questions()).isZero();
        transactions.executeWithoutResult(status -> {
            var course = courses.findById(imported.courseId()).orElseThrow();
            assertThat(course.getLanguage()).isEqualTo("fr");
            var first = course.getLessons().getFirst();
            assertThat(first.getHeadings()).extracting(h -> h.getParagraph() + ":" + h.getLevel() + ":" + h.getTitle())
                    .containsExactly("2:1:La danse en rond", "3:1:La danse frétillante");
            var stored = StoredArticles.of(course);
            assertThat(stored.language()).isEqualTo("fr");
            assertThat(stored.lessons().getFirst().headings()).hasSize(2);
        });
    }

    @Test
    void importingTheSameFileAgainStoresNothingNew() throws Exception {
        var name = unique("tardigrades.html");
        var first = imports.importArticle(name, fixture("tardigrades.html"), null);
        var before = courses.count();

        var again = imports.importArticle(name, fixture("tardigrades.html"), null);

        assertThat(again.unchanged()).isTrue();
        assertThat(again.courseId()).isEqualTo(first.courseId());
        assertThat(courses.count()).isEqualTo(before);
    }

    @Test
    void aChangedArticleBecomesANewVersionWhoseUnchangedQuestionsKeepTheirIdsAndStatus() throws Exception {
        var name = unique("seed-copy.txt");
        var original = Files.readString(Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt"));
        var first = imports.importArticle(name, original.getBytes(StandardCharsets.UTF_8), null);
        var firstIds = transactions.execute(s -> questionIds(courses.findById(first.courseId()).orElseThrow()));
        transactions.executeWithoutResult(s -> questions.findAllById(firstIds)
                .forEach(q -> q.changeStatus(QuestionStatus.APPROVED, Instant.now())));

        // A new opening paragraph for the conclusion: every earlier sentence is unchanged.
        var changed = original.replace("\nConclusion\n", "\nConclusion\n\nIn 2019 both governments renewed "
                + "their treaty of friendship for another five years.\n");
        assertThat(changed).isNotEqualTo(original);
        var second = imports.importArticle(name, changed.getBytes(StandardCharsets.UTF_8), null);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.courseId()).isNotEqualTo(first.courseId());
        var secondIds = transactions.execute(s -> questionIds(courses.findById(second.courseId()).orElseThrow()));
        var kept = secondIds.stream().filter(firstIds::contains).toList();
        assertThat(kept).as("questions on unchanged sentences keep their ids").isNotEmpty();
        assertThat(questions.findAllById(secondIds)).allSatisfy(q -> assertThat(q.getStatus())
                .as("review status follows the id")
                .isEqualTo(firstIds.contains(q.getId()) ? QuestionStatus.APPROVED : QuestionStatus.DRAFT));
    }

    @Test
    void aBadFileIsRefusedAndNothingIsStored() {
        var before = courses.count();

        assertThatThrownBy(() -> imports.importArticle(unique("empty.txt"), new byte[0], null))
                .isInstanceOf(ArticleRejectedException.class);
        assertThatThrownBy(() -> imports.importArticle(unique("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5}, null))
                .isInstanceOf(ArticleRejectedException.class);

        assertThat(courses.count()).isEqualTo(before);
    }

    @Test
    void theSeedCourseIsImportedOnFirstStartAndNotAgain() throws Exception {
        var seed = "chinese-and-russian-relations-in-central-asia.txt";
        assertThat(imports.seedImported(seed)).isTrue();
        var lineage = CourseImports.seedLineage(seed);
        var stored = courses.findFirstByLineageOrderByVersionDesc(lineage).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Chinese and Russian Relations in Central Asia");
        var before = courses.count();

        seeds.run(new DefaultApplicationArguments());

        assertThat(courses.count()).isEqualTo(before);
    }

    private Set<String> questionIds(Course course) {
        return course.getLessons().stream().flatMap(l -> l.getQuestions().stream())
                .map(p -> p.getQuestionId()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String unique(String name) {
        return System.nanoTime() + "-" + name;
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/articles", name));
    }
}
