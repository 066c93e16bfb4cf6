package org.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The question bank's rules, and that only the owner of a course may use them. */
@Tag("postgresql")
@SpringBootTest
class QuestionBankTest {

    @Autowired
    QuestionBank bank;
    @Autowired
    CourseImports imports;
    @Autowired
    Courses courses;
    @Autowired
    Accounts accounts;

    private long owner;
    private long stranger;
    private LessonSummary lesson;

    private long courseId;

    @BeforeEach
    void aCourseOwnedByOneInstructor() throws Exception {
        owner = accounts.create("owner" + System.nanoTime(), "Owner", "long password 1", Role.INSTRUCTOR).accountId();
        stranger = accounts.create("other" + System.nanoTime(), "Other", "long password 2", Role.INSTRUCTOR)
                .accountId();
        var imported = imports.importArticle("article-for-bank.md", Files.readAllBytes(Path.of(ExportFixture.ARTICLE)),
                owner);
        courseId = imported.courseId();
        lesson = courses.outline(imported.courseId(), owner).lessons().stream()
                .filter(l -> l.questions() >= 2).findFirst().orElseThrow();
    }

    @Test
    void generatedQuestionsStartAsDraftsAndCanBeApprovedOneByOneOrAllAtOnce() {
        var questions = bank.lesson(lesson.id(), owner).questions();
        assertThat(questions).allSatisfy(q -> assertThat(q.status()).isEqualTo(QuestionStatus.DRAFT));

        bank.approve(lesson.id(), questions.get(0).id(), owner);
        assertThat(bank.lesson(lesson.id(), owner).count(QuestionStatus.APPROVED)).isEqualTo(1);

        var approved = bank.approveAll(lesson.id(), owner);
        assertThat(approved).isEqualTo(questions.size() - 1);
        assertThat(bank.lesson(lesson.id(), owner).count(QuestionStatus.DRAFT)).isZero();
    }

    @Test
    void studentsOnlyEverGetApprovedQuestions() {
        var questions = bank.lesson(lesson.id(), owner).questions();
        assertThat(bank.approvedQuestions(lesson.id())).as("drafts are never shown").isEmpty();

        bank.approve(lesson.id(), questions.get(0).id(), owner);
        bank.approve(lesson.id(), questions.get(1).id(), owner);
        bank.retire(lesson.id(), questions.get(1).id(), owner);

        assertThat(bank.approvedQuestions(lesson.id())).extracting(BankQuestion::id)
                .containsExactly(questions.get(0).id());
    }

    @Test
    void aRetiredQuestionStaysRetiredWhenTheRestAreApproved() {
        var first = bank.lesson(lesson.id(), owner).questions().get(0);
        bank.retire(lesson.id(), first.id(), owner);

        bank.approveAll(lesson.id(), owner);

        var after = bank.lesson(lesson.id(), owner).questions();
        assertThat(after.get(0).status()).isEqualTo(QuestionStatus.RETIRED);
        assertThat(after.subList(1, after.size())).allSatisfy(q ->
                assertThat(q.status()).isEqualTo(QuestionStatus.APPROVED));
    }

    @Test
    void anEditIsSavedAndTheLintsFindingsComeBackAsWarnings() {
        var question = bank.lesson(lesson.id(), owner).questions().get(0);
        // An answer that is not in the source sentence, and options that repeat: the lint must object.
        var edit = new QuestionEdit("What is this question about, according to the article?",
                List.of("Apples", "apples", "Pears", "All of the above"), 0, "Because.", 0, 0);

        var warnings = bank.edit(lesson.id(), question.id(), edit, owner);

        assertThat(warnings).isNotEmpty();
        var saved = bank.lesson(lesson.id(), owner).questions().get(0);
        assertThat(saved.id()).isEqualTo(question.id());
        assertThat(saved.options()).containsExactly("Apples", "apples", "Pears", "All of the above");
    }

    @Test
    void anEditWithoutAStemOrWithABlankOptionIsRefusedAndNothingChanges() {
        var question = bank.lesson(lesson.id(), owner).questions().get(0);

        assertThatThrownBy(() -> bank.edit(lesson.id(), question.id(),
                new QuestionEdit(" ", question.options(), 0, "", 0, 0), owner))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Write the question's stem.");
        assertThatThrownBy(() -> bank.edit(lesson.id(), question.id(),
                new QuestionEdit("Stem?", List.of("a", "b", "", "d"), 0, "", 0, 0), owner))
                .hasMessage("Fill in all four options.");

        assertThat(bank.lesson(lesson.id(), owner).questions().get(0).stem()).isEqualTo(question.stem());
    }

    @Test
    void aQuestionWrittenByHandIsTiedToTheChosenSentence() {
        var sentence = bank.sentences(lesson.id(), owner).get(0);

        var added = bank.addByHand(lesson.id(), new QuestionEdit("Which word opens the lesson's first sentence?",
                List.of("Alpha", "Beta", "Gamma", "Delta"), 2, "", sentence.paragraph(), sentence.start()), owner);

        var stored = bank.lesson(lesson.id(), owner).questions().stream()
                .filter(q -> q.id().equals(added.id())).findFirst().orElseThrow();
        assertThat(stored.sourceSentence()).isEqualTo(sentence.text());
        assertThat(stored.kind()).isEqualTo("HAND_WRITTEN");
        assertThat(added.warnings()).as("the correct option is not in the sentence").isNotEmpty();
    }

    @Test
    void regeneratingReplacesAQuestionWithAnotherFromTheSameSentenceAndRetiresTheOld() {
        // Find a question whose sentence offers another one, in any lesson: the generator may write a gap-fill and a
        // wh-question from one sentence, but it keeps few questions.
        for (var each : courses.outline(courseId, owner).lessons()) {
            for (var question : bank.lesson(each.id(), owner).questions()) {
                var replacement = bank.regenerate(each.id(), question.id(), owner);
                if (replacement.isEmpty()) {
                    continue;
                }
                var after = bank.lesson(each.id(), owner).questions();
                var fresh = after.stream().filter(q -> q.id().equals(replacement.get())).findFirst().orElseThrow();
                assertThat(fresh.sourceSentence()).isEqualTo(question.sourceSentence());
                assertThat(fresh.status()).isEqualTo(QuestionStatus.DRAFT);
                assertThat(fresh.stem()).isNotEqualTo(question.stem());
                assertThat(after.stream().filter(q -> q.id().equals(question.id())).findFirst().orElseThrow().status())
                        .isEqualTo(QuestionStatus.RETIRED);
                return;
            }
        }
        throw new AssertionError("no question of the course could be regenerated");
    }

    @Test
    void anotherInstructorIsRefusedByEveryCall() {
        var id = bank.lesson(lesson.id(), owner).questions().get(0).id();
        var edit = new QuestionEdit("Stem?", List.of("a", "b", "c", "d"), 0, "", 0, 0);

        List<Runnable> calls = List.of(
                () -> bank.lesson(lesson.id(), stranger),
                () -> bank.approve(lesson.id(), id, stranger),
                () -> bank.approveAll(lesson.id(), stranger),
                () -> bank.retire(lesson.id(), id, stranger),
                () -> bank.edit(lesson.id(), id, edit, stranger),
                () -> bank.addByHand(lesson.id(), edit, stranger),
                () -> bank.regenerate(lesson.id(), id, stranger),
                () -> bank.sentences(lesson.id(), stranger),
                () -> courses.outline(lesson.courseId(), stranger));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));

        assertThat(courses.ownedBy(stranger)).isEmpty();
        assertThat(bank.lesson(lesson.id(), owner).count(QuestionStatus.DRAFT))
                .as("nothing the stranger tried took effect").isEqualTo(bank.lesson(lesson.id(), owner).questions().size());
    }
}
