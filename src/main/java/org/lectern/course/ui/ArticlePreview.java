package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.lectern.content.Article;
import org.lectern.content.ArticleEdits;
import org.lectern.content.Language;
import org.lectern.content.Section;

/**
 * What the reader found in an article, laid out for checking before it is published: title, author, summary, each
 * lesson with its paragraphs and captions, and the lines removed as noise. Every edit goes through
 * {@link ArticleEdits} and hands the new article to {@code onEdit}.
 */
class ArticlePreview extends Div {

    private final Consumer<UnaryOperator<Article>> onEdit;

    ArticlePreview(Article article, Consumer<UnaryOperator<Article>> onEdit) {
        this.onEdit = onEdit;
        addClassName("article-preview");
        var facts = new Div(fact("Title", article.title()), fact("Author", article.author()),
                fact("Summary", article.summary()), fact("Language", Language.name(article.language())));
        facts.addClassName("preview-facts");
        add(facts);
        if (!article.english()) {
            var note = new Paragraph("This article is in " + Language.name(article.language()) + ". Lectern writes "
                    + "questions for English articles only: it will be published without questions, and you add "
                    + "each lesson's questions by hand.");
            note.addClassName("language-note");
            add(note);
        }
        add(new H2(article.lessons().size() + (article.lessons().size() == 1 ? " lesson" : " lessons")));
        for (int i = 0; i < article.lessons().size(); i++) {
            add(lesson(article.lessons().get(i), i));
        }
        add(new H2("Removed as noise (" + article.dropped().size() + ")"));
        var dropped = new Div();
        dropped.addClassName("dropped-lines");
        for (int i = 0; i < article.dropped().size(); i++) {
            final int line = i;
            var removed = article.dropped().get(i);
            var text = new Span(removed.text());
            text.addClassName("dropped-text");
            var reason = new Span(removed.reason());
            reason.addClassName("dropped-reason");
            var back = new Button("Bring back", click -> new RestoreDialog(article, removed.text(),
                    lesson -> onEdit.accept(a -> ArticleEdits.restore(a, line, lesson))).open());
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var row = new Div(text, reason, back);
            row.addClassName("dropped-line");
            dropped.add(row);
        }
        add(dropped);
    }

    private Div lesson(Section section, int index) {
        var title = new TextField();
        title.setValue(section.title());
        title.setAriaLabel("Title of lesson " + (index + 1));
        title.addClassName("lesson-title-field");
        title.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onEdit.accept(a -> ArticleEdits.rename(a, index, change.getValue()));
            }
        });
        var actions = new Div();
        actions.addClassName("lesson-actions");
        if (index > 0) {
            actions.add(small("Merge with previous", VaadinIcon.ARROW_UP,
                    () -> onEdit.accept(a -> ArticleEdits.mergeWithPrevious(a, index))));
        }
        actions.add(small("Drop lesson", VaadinIcon.TRASH, () -> onEdit.accept(a -> ArticleEdits.drop(a, index))));
        var head = new Div(new H3("Lesson " + (index + 1)), title, actions);
        head.addClassName("preview-lesson-head");
        var card = new Div(head);
        card.addClassName("preview-lesson");
        section.captions().forEach(caption -> {
            var figure = new Paragraph("Figure: " + caption);
            figure.addClassName("caption");
            card.add(figure);
        });
        for (int p = 0; p < section.paragraphs().size(); p++) {
            if (p > 0) {
                final int cut = p;
                var split = small("Start a new lesson here", VaadinIcon.SPLIT,
                        () -> onEdit.accept(a -> ArticleEdits.split(a, index, cut, null)));
                split.addClassName("split-here");
                card.add(split);
            }
            final int at = p;
            section.headings().stream().filter(h -> h.paragraph() == at).forEach(h -> {
                var heading = new H4(h.title());
                heading.addClassName("preview-subheading");
                card.add(heading);
            });
            card.add(new Paragraph(section.paragraphs().get(p)));
        }
        return card;
    }

    private static Button small(String text, VaadinIcon icon, Runnable action) {
        var button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Div fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("fact-label");
        var shown = new Span(value.isBlank() ? "not found" : value);
        if (value.isBlank()) {
            shown.addClassName("missing");
        }
        var fact = new Div(name, shown);
        fact.addClassName("preview-fact");
        return fact;
    }
}
