package org.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.course.export.AikenReader;
import org.lectern.course.export.Expected;
import org.lectern.course.export.ExportSet;
import org.lectern.course.export.GiftReader;
import org.lectern.course.export.MoodleXmlReader;
import org.lectern.course.export.QtiReader;
import org.lectern.course.export.ReadQuestion;
import org.lectern.security.Accounts;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Exports of a reviewed course read back as the bank holds it, and only for the course's owner. */
@Tag("postgresql")
@SpringBootTest
class QuestionExportsTest {

    @Autowired
    QuestionExports exports;
    @Autowired
    QuestionBank bank;
    @Autowired
    CourseImports imports;
    @Autowired
    Courses courses;
    @Autowired
    Accounts accounts;

    private long owner;
    private ExportFixture course;
    private ExportSet expected;

    @BeforeEach
    void aReviewedSeedCourse() {
        owner = TestAccounts.instructor(accounts, "Exporter").accountId();
        course = ExportFixture.create(owner, "export-" + System.nanoTime() + ".md", imports, courses, bank);
        expected = course.expected(owner, courses, bank);
    }

    @Test
    void everyFormatReadBackGivesTheApprovedQuestionsOfTheCourseInLessonOrder() throws Exception {
        assertThat(expected.lessons()).hasSizeGreaterThan(2);

        assertThat(GiftReader.read(text(ExportFormat.GIFT))).isEqualTo(Expected.gift(expected));
        assertThat(MoodleXmlReader.read(bytes(ExportFormat.MOODLE_XML))).isEqualTo(Expected.moodleXml(expected));
        assertThat(AikenReader.read(text(ExportFormat.AIKEN))).isEqualTo(Expected.aiken(expected));
        assertThat(QtiReader.read(bytes(ExportFormat.QTI21))).isEqualTo(Expected.qti(expected));
    }

    @Test
    void theHandWrittenQuestionKeepsEveryCharacterAndItsSourceSentence() throws Exception {
        var source = bank.lesson(course.firstLessonId(), owner).questions().stream()
                .filter(q -> q.id().equals(course.handWrittenId())).findFirst().orElseThrow().sourceSentence();

        for (var read : new ReadQuestion[] {
                byId(GiftReader.read(text(ExportFormat.GIFT))),
                byId(MoodleXmlReader.read(bytes(ExportFormat.MOODLE_XML))),
                byId(QtiReader.read(bytes(ExportFormat.QTI21)))}) {
            assertThat(read.stem()).isEqualTo(ExportFixture.SPECIAL_STEM);
            assertThat(read.options()).isEqualTo(ExportFixture.SPECIAL_OPTIONS);
            assertThat(read.correct()).isEqualTo(2);
            assertThat(read.explanation()).isEqualTo(ExportFixture.SPECIAL_EXPLANATION);
            assertThat(read.sourceSentence()).isEqualTo(source.replaceAll("\\s+", " ").strip());
        }
        assertThat(AikenReader.read(text(ExportFormat.AIKEN))).filteredOn(q -> q.stem().contains("中文"))
                .singleElement().satisfies(q -> {
                    assertThat(q.stem()).isEqualTo("Question: " + ExportFixture.SPECIAL_STEM.replace('\n', ' '));
                    assertThat(q.options()).isEqualTo(ExportFixture.SPECIAL_OPTIONS);
                });
    }

    @Test
    void draftAndRetiredQuestionsAreNeverExported() throws Exception {
        var drafts = bank.lesson(course.draftLessonId(), owner).questions().stream().map(BankQuestion::id).toList();

        var ids = GiftReader.read(text(ExportFormat.GIFT)).stream().map(ReadQuestion::id).toList();

        assertThat(ids).doesNotContainAnyElementsOf(drafts).doesNotContain(course.retiredId())
                .contains(course.handWrittenId()).doesNotHaveDuplicates();
        assertThatThrownBy(() -> exports.lesson(course.draftLessonId(), ExportFormat.GIFT, owner))
                .isInstanceOf(NothingToExportException.class).hasMessageContaining("no approved questions");
    }

    @Test
    void aLessonExportHoldsThatLessonOnlyAndIsNamedAfterTheCourse() throws Exception {
        var file = exports.lesson(course.firstLessonId(), ExportFormat.QTI21, owner);

        var lessonQuestions = bank.approvedQuestions(course.firstLessonId()).stream().map(BankQuestion::id).toList();
        assertThat(QtiReader.read(file.bytes())).extracting(ReadQuestion::id).isEqualTo(lessonQuestions);
        assertThat(file.fileName()).matches("the-rise-and-fall-of-the-hanseatic-league-lesson-\\d+\\.qti21\\.zip");
        assertThat(file.contentType()).isEqualTo("application/zip");
        assertThat(file.questions()).isEqualTo(lessonQuestions.size());
    }

    @Test
    void aCourseWithNothingApprovedGetsAClearMessageNotAnEmptyFile() throws Exception {
        var imported = imports.importArticle("drafts-" + System.nanoTime() + ".txt",
                Files.readAllBytes(Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt")), owner);

        assertThatThrownBy(() -> exports.course(imported.courseId(), ExportFormat.AIKEN, owner))
                .isInstanceOf(NothingToExportException.class)
                .hasMessage("The course \"" + imported.title() + "\" has no approved questions to export; approve "
                        + "some in the question review first.");
    }

    @Test
    void anotherInstructorsCourseOrLessonIsRefusedInTheSameWordsAsAMissingOne() {
        var stranger = TestAccounts.instructor(accounts, "Stranger").accountId();

        assertThatThrownBy(() -> exports.course(course.courseId(), ExportFormat.GIFT, stranger))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such course.");
        assertThatThrownBy(() -> exports.course(Long.MAX_VALUE, ExportFormat.GIFT, owner))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such course.");
        assertThatThrownBy(() -> exports.lesson(course.firstLessonId(), ExportFormat.GIFT, stranger))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such lesson.");
        assertThatThrownBy(() -> exports.lesson(Long.MAX_VALUE, ExportFormat.GIFT, owner))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such lesson.");
    }

    @Test
    void theServerCommandLinePathNeedsNoOwnerButStillRefusesAMissingCourse() {
        assertThat(exports.anyCourse(course.courseId(), ExportFormat.GIFT).bytes())
                .isEqualTo(bytes(ExportFormat.GIFT));
        assertThatThrownBy(() -> exports.anyCourse(Long.MAX_VALUE, ExportFormat.GIFT))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such course.");
    }

    private ReadQuestion byId(java.util.List<ReadQuestion> read) {
        return read.stream().filter(q -> course.handWrittenId().equals(q.id())).findFirst().orElseThrow();
    }

    private byte[] bytes(ExportFormat format) {
        return exports.course(course.courseId(), format, owner).bytes();
    }

    private String text(ExportFormat format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }
}
