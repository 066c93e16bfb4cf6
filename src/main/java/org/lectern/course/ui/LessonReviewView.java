package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lectern.base.ui.Confirm;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.PageHeader;
import org.lectern.base.ui.SlowWork;
import org.lectern.base.ui.WorkInProgress;
import org.lectern.course.BankQuestion;
import org.lectern.course.LessonBank;
import org.lectern.course.QuestionBank;
import org.lectern.course.QuestionExports;
import org.lectern.course.QuestionStatus;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Review of one lesson's questions beside the lesson text, with each question's source sentence highlighted. Drafts
 * come first, ordered by the generator's quality, best first (ties in lesson order), so the instructor starts with the
 * questions most likely to be kept; approved and retired questions follow in lesson order. A card keeps its number in
 * the lesson ("Q3") wherever it is listed.
 * Regenerating a question runs off the request thread ({@link WorkInProgress}); the questions wait, disabled, until
 * the new draft is in.
 */
@Route("instructor/lessons/:lessonId")
@PageTitle("Review questions · Lectern")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class LessonReviewView extends Page implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(LessonReviewView.class);

    private final QuestionBank bank;
    private final QuestionExports exports;
    private final long instructorId;
    private final WorkInProgress progress;
    private long lessonId;
    private LessonText text;
    private Div questions;
    private Div toolbar;

    public LessonReviewView(QuestionBank bank, QuestionExports exports, SlowWork work, CurrentUser currentUser) {
        this.bank = bank;
        this.exports = exports;
        this.instructorId = currentUser.require().accountId();
        this.progress = new WorkInProgress(work);
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lessonId = event.getRouteParameters().getLong("lessonId")
                    .orElseThrow(() -> new AccessDeniedException("no id"));
            refresh();
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        show(bank.lesson(lessonId, instructorId));
    }

    private void show(LessonBank lesson) {
        removeAll();
        add(new Breadcrumb(new RouterLink("Courses", CoursesView.class), new RouterLink(lesson.courseTitle(),
                CourseView.class, new RouteParameters("courseId", String.valueOf(lesson.courseId())))));
        add(new PageHeader(lesson.lessonTitle(), lesson.count(QuestionStatus.APPROVED) + " approved · "
                + lesson.count(QuestionStatus.DRAFT) + " drafts · " + lesson.count(QuestionStatus.RETIRED)
                + " retired. Students only ever see approved questions."));

        var drafts = lesson.count(QuestionStatus.DRAFT);
        var approveAll = new Button("Approve all drafts (" + drafts + ")", VaadinIcon.CHECK.create(), click -> {
            var approved = bank.approveAll(lessonId, instructorId);
            refresh();
            Confirm.done(approved + (approved == 1 ? " question" : " questions") + " approved.");
        });
        approveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveAll.setEnabled(drafts > 0);
        var add = new Button("Add a question", VaadinIcon.PLUS.create(), click -> openEditor(null));
        var export = new ExportLinks("approved questions", lesson.count(QuestionStatus.APPROVED),
                format -> exports.lesson(lessonId, format, instructorId));
        toolbar = new Div(approveAll, add, export);
        toolbar.addClassName("toolbar");
        add(toolbar, progress);

        text = new LessonText(lesson.paragraphs(), lesson.captions(), lesson.headings());
        questions = new Div(new H2("Questions"));
        questions.addClassName("question-column");
        if (!lesson.generated()) {
            var note = new Span("This course is in " + org.lectern.content.Language.name(lesson.language())
                    + ". Lectern writes questions for English articles only, so add this lesson's questions by hand.");
            note.addClassName("language-note");
            questions.add(note);
        } else if (lesson.questions().isEmpty()) {
            questions.add(new Span("No questions for this lesson yet. Add one by hand."));
        }
        var actions = new QuestionCard.Actions(this::showInText, q -> {
            bank.approve(lessonId, q.id(), instructorId);
            refresh();
        }, this::openEditor, this::regenerate, q -> {
            bank.retire(lessonId, q.id(), instructorId);
            refresh();
        });
        var draftsByQuality = new ArrayList<Integer>();
        var reviewed = new ArrayList<Integer>();
        for (int i = 0; i < lesson.questions().size(); i++) {
            (lesson.questions().get(i).status() == QuestionStatus.DRAFT ? draftsByQuality : reviewed).add(i);
        }
        draftsByQuality.sort(Comparator.comparingInt((Integer i) -> lesson.questions().get(i).quality()).reversed());
        if (!draftsByQuality.isEmpty()) {
            questions.add(groupHeading("Drafts, best first"));
            draftsByQuality.forEach(i -> questions.add(new QuestionCard(lesson.questions().get(i), i + 1, actions)));
        }
        if (!reviewed.isEmpty()) {
            questions.add(groupHeading("Approved and retired"));
            reviewed.forEach(i -> questions.add(new QuestionCard(lesson.questions().get(i), i + 1, actions)));
        }
        var columns = new Div(text, questions);
        columns.addClassName("review-columns");
        add(columns);
    }

    private static H3 groupHeading(String text) {
        var heading = new H3(text);
        heading.addClassName("question-group");
        return heading;
    }

    private void showInText(BankQuestion question) {
        text.highlight(question.paragraph(), question.start(), question.end());
    }

    private void regenerate(BankQuestion question) {
        progress.start("Writing another question from this sentence…",
                () -> bank.regenerate(lessonId, question.id(), instructorId), replaced -> {
                    refresh();
                    Confirm.done(replaced.isPresent() ? "A new draft replaces the question; the old one is retired."
                            : "No other question can be made from this sentence.");
                }, failure -> {
                    if (!(failure instanceof SlowWork.Busy)) {
                        log.error("Could not regenerate question {}", question.id(), failure);
                    }
                    Confirm.failed(failure instanceof SlowWork.Busy ? failure.getMessage()
                            : "No new question was made; the question is unchanged. Try again in a moment.");
                }, questions, toolbar);
    }

    private void openEditor(BankQuestion existing) {
        var editor = existing == null
                ? new QuestionEditor("Add a question", null, bank.sentences(lessonId, instructorId),
                        edit -> bank.addByHand(lessonId, edit, instructorId).warnings(), this::refresh)
                : new QuestionEditor("Edit question", existing, List.of(),
                        edit -> bank.edit(lessonId, existing.id(), edit, instructorId), this::refresh);
        editor.open();
    }

}
