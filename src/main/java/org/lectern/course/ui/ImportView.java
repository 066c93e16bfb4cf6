package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.SlowWork;
import org.lectern.base.ui.WorkInProgress;
import org.lectern.content.Article;
import org.lectern.content.ArticleLimits;
import org.lectern.content.ArticleRejectedException;
import org.lectern.course.CourseImports;
import org.lectern.course.ImportedCourse;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import in two steps: give an article (upload a file or paste text), then check and edit what the reader found
 * before publishing. Nothing is stored until "Publish"; publishing stores the course in one transaction. Reading and
 * publishing (which writes the questions) run off the request thread through {@link WorkInProgress}: the page shows
 * what is happening and keeps the buttons that would start the same work again disabled until it is done.
 */
@Route("instructor/import")
@PageTitle("Import an article · Lectern")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ImportView extends Page {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final CourseImports imports;
    private final long instructorId;
    private final Div message = new Div();
    private final Div preview = new Div();
    private final TextArea pasted = new TextArea("Or paste the article's text");
    private final WorkInProgress progress;
    private final Upload upload;
    private final Button readPasted;
    private String sourceName;
    private Article draft;

    public ImportView(CourseImports imports, SlowWork work, CurrentUser currentUser) {
        super("Import an article", "Lectern splits it into lessons, removes web-page noise, links the endnotes and "
                + "writes questions. You check the result before anything is saved.");
        this.imports = imports;
        this.instructorId = currentUser.require().accountId();
        this.progress = new WorkInProgress(work);

        // Vaadin runs this callback with the UI locked, so it can start the reading directly.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> read(metadata.fileName(), bytes, false)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleLimits.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage().contains("size")
                ? ArticleLimits.tooLargeMessage(rejected.getFileName())
                : "Lectern reads .txt, .md and .html files; “" + rejected.getFileName() + "” is none of these."));

        pasted.setWidthFull();
        pasted.setMinHeight("8rem");
        pasted.setPlaceholder("Paste the whole article, headings included.");
        readPasted = new Button("Read pasted text", click ->
                read("pasted-text.txt", pasted.getValue().getBytes(StandardCharsets.UTF_8), true));
        var source = new Div(new H2("1. The article"), new Paragraph("Upload a .txt, .md or .html file of up to 10 MB."),
                upload, pasted, readPasted);
        source.addClassName("import-source");
        message.addClassName("import-message");
        preview.addClassName("import-preview");
        add(source, progress, message, preview);
    }

    /** Reads an article; pasted text has no file name, so its versions are told apart by title. */
    private void read(String name, byte[] bytes, boolean pastedText) {
        message.removeAll();
        progress.start("Reading the article…", () -> imports.read(name, bytes), article -> {
            draft = article;
            sourceName = pastedText ? draft.title() : name;
            showPreview();
        }, failure -> {
            if (failure instanceof ArticleRejectedException || failure instanceof SlowWork.Busy) {
                showError(failure.getMessage());
            } else {
                log.error("Could not read {}", name, failure);
                showError("Lectern could not read this article. Try again; if it fails again, try another format.");
            }
        }, upload, readPasted, preview);
    }

    private void edit(UnaryOperator<Article> change) {
        try {
            draft = change.apply(draft);
            message.removeAll();
            showPreview();
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    private void showPreview() {
        preview.removeAll();
        var publish = new Button("Publish course", VaadinIcon.CHECK.create(), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button("Start again", click -> {
            draft = null;
            preview.removeAll();
            message.removeAll();
        });
        var hint = new Paragraph("Nothing is saved until you publish.");
        hint.addClassName("preview-hint");
        // Kept in view while the instructor scrolls through a long article.
        var actions = new Div(publish, discard, hint);
        actions.addClassNames("toolbar", "preview-actions");
        preview.add(new H2("2. Check what Lectern found"), actions, new ArticlePreview(draft, this::edit));
    }

    private void publish() {
        var name = sourceName;
        var article = draft;
        message.removeAll();
        progress.start("Writing questions and publishing…", () -> imports.publish(name, article, instructorId),
                this::published, failure -> {
                    if (failure instanceof SlowWork.Busy) {
                        showError(failure.getMessage());
                    } else {
                        // The course is stored in one transaction, so a failure leaves nothing behind.
                        log.error("Could not publish {}", name, failure);
                        showError("Publishing failed and nothing was stored. Try again in a moment.");
                    }
                }, upload, readPasted, preview);
    }

    private void published(ImportedCourse course) {
        Notification.show(course.unchanged() ? "This article was published before; nothing changed."
                        : "Published “" + course.title() + "” with " + course.questions() + " draft questions.",
                5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(CourseView.class,
                new RouteParameters("courseId", String.valueOf(course.courseId()))));
    }

    private void showError(String text) {
        message.removeAll();
        var error = new Paragraph(text);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        message.add(error);
    }
}
