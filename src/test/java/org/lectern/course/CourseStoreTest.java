package org.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.content.QuestionGenerator;
import org.lectern.course.JudgedImports.Judgement;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.QuestionRepository;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The generator's quality and reasons of a question: stored with it, and dropped when an instructor edits it. */
@Tag("postgresql")
@SpringBootTest
class CourseStoreTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Courses courses;
    @Autowired
    QuestionBank bank;
    @Autowired
    CourseRepository courseRows;
    @Autowired
    QuestionRepository questionRows;
    @Autowired
    TransactionTemplate transactions;

    private long owner;
    private ImportedCourse imported;

    @BeforeEach
    void aCourseWhoseQuestionsAreJudged() throws Exception {
        owner = accounts.create("judged" + System.nanoTime(), "Judged", "long password 1", Role.INSTRUCTOR)
                .accountId();
        imported = JudgedImports.importJudged(context, "judged-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of(ExportFixture.ARTICLE)), owner,
                CourseStoreTest::judgement);
    }

    /** Every question its own quality; reasons of several lengths, with characters a database must keep as they are. */
    static Judgement judgement(int n) {
        return new Judgement(100 - (n % 100), IntStream.range(0, n % 3)
                .mapToObj(i -> "reason " + i + " of question " + n + (i == 1 ? ": “quoted” — ünïcödé, 50%" : ""))
                .toList());
    }

    @Test
    void anImportedQuestionsQualityAndReasonsSurviveTheRoundTripThroughTheDatabase() {
        var stored = allQuestions();

        assertThat(stored).hasSize(imported.questions()).hasSizeGreaterThan(3);
        for (int n = 0; n < stored.size(); n++) {
            var expected = judgement(n);
            assertThat(stored.get(n).quality()).as("quality of question %d", n).isEqualTo(expected.quality());
            assertThat(stored.get(n).reasons()).as("reasons of question %d, in order", n)
                    .containsExactlyElementsOf(expected.reasons());
        }
        var ids = stored.stream().map(BankQuestion::id).toList();
        transactions.executeWithoutResult(status -> assertThat(questionRows.findAllById(ids))
                .extracting(q -> q.getQuality()).doesNotContain(0));
    }

    @Test
    void anEditSetsQualityToZeroAndClearsTheReasonsOfThatQuestionOnly() {
        var lesson = lessonWithQuestions();
        var questions = bank.lesson(lesson.id(), owner).questions();
        var edited = questions.stream().filter(q -> !q.reasons().isEmpty()).findFirst().orElseThrow();

        bank.edit(lesson.id(), edited.id(), new QuestionEdit(edited.stem() + " (edited)", edited.options(),
                edited.correctOption(), edited.explanation(), 0, 0), owner);

        var after = bank.lesson(lesson.id(), owner).questions();
        for (var q : after) {
            var before = questions.stream().filter(b -> b.id().equals(q.id())).findFirst().orElseThrow();
            if (q.id().equals(edited.id())) {
                assertThat(q.stem()).endsWith("(edited)");
                assertThat(q.quality()).isZero();
                assertThat(q.reasons()).isEmpty();
                assertThat(q.judged()).isFalse();
            } else {
                assertThat(q.quality()).isEqualTo(before.quality());
                assertThat(q.reasons()).isEqualTo(before.reasons());
            }
        }
    }

    @Test
    void aRegeneratedDraftCarriesTheGeneratorsQualityAndReasonsForIt() {
        for (var lesson : courses.outline(imported.courseId(), owner).lessons()) {
            for (var question : bank.lesson(lesson.id(), owner).questions()) {
                var replacement = bank.regenerate(lesson.id(), question.id(), owner);
                if (replacement.isEmpty()) {
                    continue;
                }
                var fresh = bank.lesson(lesson.id(), owner).questions().stream()
                        .filter(q -> q.id().equals(replacement.get())).findFirst().orElseThrow();
                var generated = transactions.execute(status -> {
                    var stored = courseRows.findLessonById(lesson.id()).orElseThrow();
                    var course = stored.getCourse();
                    return new QuestionGenerator().alternatives(StoredArticles.of(course), stored.getOrdinal(),
                                    question.sourceSentence()).stream()
                            .filter(g -> CourseStore.questionId(course.getLineage(), g.id()).equals(fresh.id()))
                            .findFirst().orElseThrow();
                });
                assertThat(fresh.quality()).isEqualTo(generated.quality());
                assertThat(fresh.reasons()).isEqualTo(generated.reasons());
                return;
            }
        }
        throw new AssertionError("no question of the course could be regenerated");
    }

    /** Every question of the course in lesson order, as the question bank reads them back. */
    private List<BankQuestion> allQuestions() {
        return courses.outline(imported.courseId(), owner).lessons().stream()
                .flatMap(l -> bank.lesson(l.id(), owner).questions().stream()).toList();
    }

    private LessonSummary lessonWithQuestions() {
        return courses.outline(imported.courseId(), owner).lessons().stream()
                .filter(l -> l.questions() >= 3).findFirst().orElseThrow();
    }
}
