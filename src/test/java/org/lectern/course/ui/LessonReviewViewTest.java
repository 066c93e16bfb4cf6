package org.lectern.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.base.ui.NotFoundView;
import org.lectern.base.ui.WorkInProgress;
import org.lectern.course.BankQuestion;
import org.lectern.course.CourseImports;
import org.lectern.course.ExportFixture;
import org.lectern.course.JudgedImports;
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
import org.springframework.context.ApplicationContext;
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
    @Autowired
    ApplicationContext context;

    private long instructorId;
    private LessonSummary lesson;

    @BeforeEach
    void aFreshCourse() throws Exception {
        instructorId = TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR).accountId();
        var imported = imports.importArticle("review-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of(ExportFixture.ARTICLE)), instructorId);
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

    @Test
    void draftsAreListedByQualityBestFirstWithTheirBadgeAndReasonsThenTheReviewedInLessonOrder() throws Exception {
        var judged = JudgedImports.importJudged(context, "judged-review-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of(ExportFixture.ARTICLE)), instructorId,
                LessonReviewViewTest::judgement);
        var judgedLesson = courses.outline(judged.courseId(), instructorId).lessons().stream()
                .filter(l -> l.questions() >= 4).findFirst().orElseThrow();
        var inLessonOrder = bank.lesson(judgedLesson.id(), instructorId).questions();
        assertThat(inLessonOrder).extracting(BankQuestion::quality).as("the fixture is not already sorted")
                .isNotEqualTo(inLessonOrder.stream().map(BankQuestion::quality)
                        .sorted(Comparator.reverseOrder()).toList());
        var approved = inLessonOrder.getFirst();
        bank.approve(judgedLesson.id(), approved.id(), instructorId);

        navigate("instructor/lessons/" + judgedLesson.id(), LessonReviewView.class);

        var drafts = cards().stream().filter(c -> c.question().status() == QuestionStatus.DRAFT).toList();
        assertThat(cards().subList(0, drafts.size())).as("drafts come first").isEqualTo(drafts);
        assertThat(drafts).extracting(c -> c.question().quality()).as("best first")
                .isSortedAccordingTo(Comparator.reverseOrder()).hasSize(inLessonOrder.size() - 1);
        var best = drafts.getFirst();
        assertThat(inHead(best, "quality-badge")).isEqualTo("Quality " + best.question().quality());
        assertThat(reasonsLine(best)).isEqualTo("Why " + best.question().quality() + ": "
                + String.join(" · ", best.question().reasons()));
        assertThat(reasonsLine(best)).contains("a main actor of the article").contains("long stem");
        assertThat(cards().getLast().question().id()).as("the approved question follows the drafts")
                .isEqualTo(approved.id());
        assertThat($(H3.class).withClassName("question-group").all()).extracting(H3::getText)
                .containsExactly("Drafts, best first", "Approved and retired");
    }

    @Test
    void anEditedDraftLosesItsQualityBadgeAndReasonsAndGoesToTheEndOfTheDrafts() throws Exception {
        var judged = JudgedImports.importJudged(context, "judged-edit-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of(ExportFixture.ARTICLE)), instructorId,
                LessonReviewViewTest::judgement);
        var judgedLesson = courses.outline(judged.courseId(), instructorId).lessons().stream()
                .filter(l -> l.questions() >= 3).findFirst().orElseThrow();
        navigate("instructor/lessons/" + judgedLesson.id(), LessonReviewView.class);
        var best = cards().getFirst().question();
        assertThat(inHead(cards().getFirst(), "quality-badge")).isNotNull();

        test(buttons("Edit").get(0)).click();
        var editor = $(QuestionEditor.class).single();
        test(editor.stem).setValue(best.stem() + " Edited.");
        test(editor.save).click();
        editor.close();

        var edited = card(best.id());
        assertThat(edited.question().quality()).isZero();
        assertThat(inHead(edited, "quality-badge")).as("no badge for a question edited by hand").isNull();
        assertThat(reasonsLine(edited)).isNull();
        assertThat(cards().getLast()).isSameAs(edited);
    }

    /** Lesson order and quality differ; every question has a strength and a doubt. */
    static JudgedImports.Judgement judgement(int n) {
        return new JudgedImports.Judgement(10 + (n * 37) % 90,
                List.of("a main actor of the article", "question " + n, "long stem"));
    }

    private static String reasonsLine(QuestionCard card) {
        return card.getChildren().filter(c -> c instanceof Paragraph p && p.hasClassName("question-reasons"))
                .map(c -> ((Paragraph) c).getText()).findFirst().orElse(null);
    }

    @AfterEach
    void nothingHeldForTheNextTest() {
        work.reset();
    }

    @Test
    void regeneratingRunsInTheBackgroundWithTheQuestionsDisabledUntilTheNewDraftIsIn() {
        open();
        var before = bank.lesson(lesson.id(), instructorId).questions();
        var first = cards().getFirst().question();
        work.hold();

        test(buttons("Regenerate").get(0)).click();

        assertThat($(WorkInProgress.class).single().isVisible()).isTrue();
        assertThat(buttons("Regenerate").get(0).isEnabled()).isFalse();
        assertThat(bank.lesson(lesson.id(), instructorId).questions()).isEqualTo(before);

        work.release();
        PendingAccess.run();

        var after = bank.lesson(lesson.id(), instructorId).questions();
        assertThat(byId(after, first.id()).status()).isEqualTo(after.size() > before.size()
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
        var first = cards().getFirst().question();

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
        var first = cards().getFirst().question();

        test(buttons("Retire").get(0)).click();

        assertThat(byId(bank.lesson(lesson.id(), instructorId).questions(), first.id()).status())
                .isEqualTo(QuestionStatus.RETIRED);
        assertThat(inHead(card(first.id()), "badge")).isEqualTo("Retired");
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

    private List<QuestionCard> cards() {
        return $(QuestionCard.class).all();
    }

    private QuestionCard card(String questionId) {
        return cards().stream().filter(c -> c.question().id().equals(questionId)).findFirst().orElseThrow();
    }

    /** The text of the span with the class in the card's head line, or null when there is none. */
    private static String inHead(QuestionCard card, String className) {
        return card.getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c instanceof Span span && span.hasClassName(className))
                .map(c -> ((Span) c).getText()).findFirst().orElse(null);
    }

    private static BankQuestion byId(List<BankQuestion> questions, String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
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
