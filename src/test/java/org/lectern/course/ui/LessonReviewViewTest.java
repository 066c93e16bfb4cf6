package org.lectern.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.base.ui.NotFoundView;
import org.lectern.base.ui.WorkInProgress;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.QuestionBank;
import org.lectern.course.QuestionStatus;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.HeldWork;
import org.lectern.support.PendingAccess;
import org.lectern.support.HeldWorkConfig;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@Import(HeldWorkConfig.class)
@WithMockUser(username = LessonReviewViewTest.INSTRUCTOR, roles = "INSTRUCTOR")
class LessonReviewViewTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "review-view-teacher";

    @Autowired
    Accounts accounts;
    @Autowired
    CourseImports imports;
    @Autowired
    Courses courses;
    @Autowired
    QuestionBank bank;
    @Autowired
    HeldWork work;

    private long instructorId;
    private LessonSummary lesson;

    @BeforeEach
    void aFreshCourse() throws Exception {
        instructorId = TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR).accountId();
        var imported = imports.importArticle("review-" + System.nanoTime() + ".txt",
                Files.readAllBytes(Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt")), instructorId);
        lesson = courses.outline(imported.courseId(), instructorId).lessons().stream()
                .filter(l -> l.questions() >= 2).findFirst().orElseThrow();
    }

    @Test
    void approvingAllDraftsFromTheToolbarApprovesEveryQuestionOfTheLesson() {
        open();
        assertThat($(QuestionCard.class).all()).hasSize(lesson.questions());

        test(button("Approve all drafts (" + lesson.questions() + ")")).click();

        assertThat(bank.lesson(lesson.id(), instructorId).count(QuestionStatus.APPROVED)).isEqualTo(lesson.questions());
        assertThat(badges()).containsOnly("Approved");
    }

    @Test
    void aLessonInFrenchSaysItsQuestionsAreWrittenByHandAndShowsItsSubheadings() throws Exception {
        var imported = imports.importArticle("review-fr-" + System.nanoTime() + ".html",
                Files.readAllBytes(Path.of("src/test/resources/articles/abeilles.html")), instructorId);
        var french = courses.outline(imported.courseId(), instructorId).lessons().getFirst();

        navigate("instructor/lessons/" + french.id(), LessonReviewView.class);

        assertThat($(Span.class).withClassName("language-note").single().getText()).contains("French")
                .contains("by hand");
        assertThat($(com.vaadin.flow.component.html.H3.class).withClassName("lesson-subheading").all())
                .extracting(h -> h.getText()).containsExactly("La danse en rond", "La danse frétillante");
        assertThat($(QuestionCard.class).all()).isEmpty();
    }

    @AfterEach
    void nothingHeldForTheNextTest() {
        work.reset();
    }

    @Test
    void regeneratingRunsInTheBackgroundWithTheQuestionsDisabledUntilTheNewDraftIsIn() {
        open();
        var before = bank.lesson(lesson.id(), instructorId).questions();
        work.hold();

        test(buttons("Regenerate").get(0)).click();

        assertThat($(WorkInProgress.class).single().isVisible()).isTrue();
        assertThat(buttons("Regenerate").get(0).isEnabled()).isFalse();
        assertThat(bank.lesson(lesson.id(), instructorId).questions()).isEqualTo(before);

        work.release();
        PendingAccess.run();

        var after = bank.lesson(lesson.id(), instructorId).questions();
        assertThat(after.getFirst().status()).isEqualTo(after.size() > before.size()
                ? QuestionStatus.RETIRED : QuestionStatus.DRAFT);
        assertThat($(WorkInProgress.class).exists()).as("no progress shown").isFalse();
        assertThat(buttons("Regenerate").get(0).isEnabled()).isTrue();
    }

    @Test
    void regeneratingWhenThePoolIsFullSaysSoAndChangesNothing() {
        open();
        var before = bank.lesson(lesson.id(), instructorId).questions();
        work.refuse();

        test(buttons("Regenerate").get(0)).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Lectern is busy, try again in a minute.");
        assertThat(bank.lesson(lesson.id(), instructorId).questions()).isEqualTo(before);
        assertThat($(WorkInProgress.class).exists()).as("no progress shown").isFalse();
        assertThat(buttons("Regenerate").get(0).isEnabled()).isTrue();
    }

    @Test
    void showInTextHighlightsTheSourceSentence() {
        open();
        var first = bank.lesson(lesson.id(), instructorId).questions().get(0);

        test(buttons("Show in text").get(0)).click();

        assertThat($(Span.class).withClassName("source-highlight").single().getText())
                .isEqualTo(first.sourceSentence());
    }

    @Test
    void savingAnEditShowsTheLintsWarningsInTheDialog() {
        open();

        test(buttons("Edit").get(0)).click();
        var editor = $(QuestionEditor.class).single();
        test(editor.options.get(1)).setValue(editor.options.get(0).getValue());
        test(editor.save).click();

        assertThat(editor.feedback.getClassName()).isEqualTo("lint-warnings");
        assertThat(editor.feedback.getElement().getTextRecursively()).contains("Saved.");
    }

    @Test
    void retiringAQuestionMarksItRetired() {
        open();

        test(buttons("Retire").get(0)).click();

        assertThat(bank.lesson(lesson.id(), instructorId).questions().get(0).status())
                .isEqualTo(QuestionStatus.RETIRED);
        assertThat(badges().get(0)).isEqualTo("Retired");
    }

    @Test
    void aLessonOfAnotherInstructorIsNotFound() throws Exception {
        var other = accounts.create("stranger" + System.nanoTime(), "Stranger", "another long password",
                Role.INSTRUCTOR);
        var theirs = imports.importArticle("theirs-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md")), other.accountId());
        var theirLesson = courses.outline(theirs.courseId(), other.accountId()).lessons().get(0);

        var shown = navigate("instructor/lessons/" + theirLesson.id(), NotFoundView.class);

        assertThat(shown).isInstanceOf(NotFoundView.class);
    }

    private void open() {
        navigate("instructor/lessons/" + lesson.id(), LessonReviewView.class);
    }

    private List<String> badges() {
        return $(Span.class).withClassName("badge").all().stream().map(Span::getText).toList();
    }

    private Button button(String text) {
        return buttons(text).getFirst();
    }

    private List<Button> buttons(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).toList();
    }
}
