package org.lectern.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.base.ui.WorkInProgress;
import org.lectern.content.ArticleLimits;
import org.lectern.course.domain.CourseRepository;
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
@WithMockUser(username = ImportViewTest.INSTRUCTOR, roles = "INSTRUCTOR")
class ImportViewTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "import-view-teacher";

    @Autowired
    Accounts accounts;
    @Autowired
    CourseRepository courses;
    @Autowired
    HeldWork work;

    @BeforeEach
    void instructorExists() {
        TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR);
    }

    @AfterEach
    void nothingHeldForTheNextTest() {
        work.reset();
    }

    @Test
    void whilePublishingRunsThePageShowsProgressAndThePublishButtonIsDisabled() throws Exception {
        var before = courses.count();
        navigate(ImportView.class);
        uploadTardigrades();
        work.hold();

        test(buttonsNamed("Publish course").getFirst()).click();

        var progress = $(WorkInProgress.class).single();
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.doing()).isEqualTo("Writing questions and publishing…");
        assertThat($(ProgressBar.class, progress).single().isIndeterminate()).isTrue();
        assertThat(buttonsNamed("Publish course").getFirst().isEnabled()).as("publish button").isFalse();
        assertThat(buttonsNamed("Read pasted text").getFirst().isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(WorkInProgress.POLL_MILLIS);
        assertThat(courses.count()).as("nothing stored yet").isEqualTo(before);
        assertThat(work.waiting()).isEqualTo(1);

        work.release();
        PendingAccess.run();

        assertThat(courses.count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(CourseView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops with the work").isEqualTo(-1);
    }

    @Test
    void aSecondClickOnPublishWhileItRunsStartsNothingMore() throws Exception {
        navigate(ImportView.class);
        uploadTardigrades();
        work.hold();
        var publish = buttonsNamed("Publish course").getFirst();
        test(publish).click();

        publish.click();

        assertThat(work.waiting()).isEqualTo(1);
    }

    @Test
    void aFullPoolGivesTheBusyMessageAndChangesNothing() throws Exception {
        var before = courses.count();
        navigate(ImportView.class);
        uploadTardigrades();
        var titles = lessonTitles();
        work.refuse();

        test(buttonsNamed("Publish course").getFirst()).click();

        assertThat($(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("Lectern is busy, try again in a minute.");
        assertThat(courses.count()).isEqualTo(before);
        assertThat(lessonTitles()).as("the preview stays as it was").isEqualTo(titles);
        assertThat(buttonsNamed("Publish course").getFirst().isEnabled()).isTrue();
        assertThat($(WorkInProgress.class).exists()).as("no progress shown").isFalse();
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
    }

    @Test
    void aFullPoolWhileReadingGivesTheBusyMessageAndNoPreview() throws Exception {
        navigate(ImportView.class);
        work.refuse();

        uploadTardigrades();

        assertThat($(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("Lectern is busy, try again in a minute.");
        assertThat($(ArticlePreview.class).exists()).isFalse();
    }

    @Test
    void leavingThePageWhilePublishingStoresTheCourseWholeAndLeavesTheNewPageAlone() throws Exception {
        var before = courses.count();
        navigate(ImportView.class);
        uploadTardigrades();
        work.hold();
        test(buttonsNamed("Publish course").getFirst()).click();

        navigate(CoursesView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("the page left stops polling").isEqualTo(-1);
        work.release();
        PendingAccess.run();

        assertThat(courses.count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(CoursesView.class);
    }

    @Test
    void anUploadedFileIsPreviewedAndNothingIsStoredBeforePublishing() throws Exception {
        var before = courses.count();
        var view = navigate(ImportView.class);

        test($(Upload.class).single()).upload("hanseatic-league.md", "text/markdown",
                Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md")));

        assertThat($(ArticlePreview.class).exists()).isTrue();
        assertThat(lessonTitles()).isNotEmpty();
        assertThat(courses.count()).as("a preview stores nothing").isEqualTo(before);
        assertThat(view).isNotNull();
    }

    @Test
    void renamingMergingAndPublishingStoreTheEditedCourseOnce() throws Exception {
        var before = courses.count();
        navigate(ImportView.class);
        test($(Upload.class).single()).upload("tardigrades.html", "text/html",
                Files.readAllBytes(Path.of("src/test/resources/articles/tardigrades.html")));
        var titles = lessonTitles();
        assertThat(titles.size()).isGreaterThanOrEqualTo(3);

        test($(TextField.class).withClassName("lesson-title-field").first()).setValue("Meet the water bears");
        test(buttonsNamed("Merge with previous").getFirst()).click();

        assertThat(lessonTitles()).hasSize(titles.size() - 1).first().isEqualTo("Meet the water bears");
        assertThat(courses.count()).isEqualTo(before);

        test(buttonsNamed("Publish course").getFirst()).click();

        assertThat(courses.count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(CourseView.class);
    }

    @Test
    void aBadFileGetsTheReadersMessageInThePageAndNoPreview() {
        navigate(ImportView.class);

        test($(Upload.class).single()).upload("empty.txt", "text/plain", new byte[0]);

        assertThat($(Paragraph.class).withClassName("form-error").single().getText()).contains("empty");
        assertThat($(ArticlePreview.class).exists()).isFalse();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithTheReadersWords() {
        navigate(ImportView.class);

        test($(Upload.class).single()).upload("huge.txt", "text/plain", new byte[ArticleLimits.MAX_BYTES + 1]);

        assertThat($(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo(ArticleLimits.tooLargeMessage("huge.txt"));
        assertThat($(ArticlePreview.class).exists()).isFalse();
    }

    @Test
    void pastedTextWithoutProseIsRefusedWithAClearMessage() {
        navigate(ImportView.class);

        test($(TextArea.class).single()).setValue("Home\nNews\nSport\n\nLog in\nMenu\n");
        test(buttonsNamed("Read pasted text").getFirst()).click();

        assertThat($(Paragraph.class).withClassName("form-error").single().getText()).contains("no readable prose");
        assertThat($(ArticlePreview.class).exists()).isFalse();
    }

    @Test
    void pastedProseWithoutHeadingsIsPreviewedAsOneLesson() {
        navigate(ImportView.class);

        test($(TextArea.class).single()).setValue("Honey bees tell each other where flowers are by dancing on the "
                + "comb, and the angle of the dance gives the direction of the food.\n\nThe length of the waggle "
                + "run tells the distance, so a hive can send its foragers to the best fields within minutes.");
        test(buttonsNamed("Read pasted text").getFirst()).click();

        assertThat($(ArticlePreview.class).exists()).isTrue();
        assertThat(lessonTitles()).hasSize(1);
    }

    @Test
    void anArticleInFrenchShowsItsLanguageItsSubheadingsAndThatQuestionsAreAddedByHand() throws Exception {
        navigate(ImportView.class);
        test($(Upload.class).single()).upload("abeilles.html", "text/html",
                Files.readAllBytes(Path.of("src/test/resources/articles/abeilles.html")));

        assertThat($(Paragraph.class).withClassName("language-note").single().getText())
                .contains("French").contains("by hand");
        assertThat($(H4.class).withClassName("preview-subheading").all()).extracting(H4::getText)
                .containsExactly("La danse en rond", "La danse frétillante");
    }

    /** Under a new file name each time, so that publishing it makes a new course, not an unchanged version. */
    private void uploadTardigrades() throws Exception {
        test($(Upload.class).single()).upload("tardigrades-" + System.nanoTime() + ".html", "text/html",
                Files.readAllBytes(Path.of("src/test/resources/articles/tardigrades.html")));
    }

    private List<String> lessonTitles() {
        return $(TextField.class).withClassName("lesson-title-field").all().stream().map(TextField::getValue)
                .toList();
    }

    private List<Button> buttonsNamed(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).toList();
    }
}
