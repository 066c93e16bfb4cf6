package org.lectern.attempt.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.lectern.course.LessonContent;

/**
 * A lesson's text for reading: subsection headings in place, captions as captions, citations as superscript numbers that open their endnote, and
 * the lesson's notes at the end. Paragraphs have ids ({@code p-3}) that feedback links point to.
 */
class ReadingText extends Div {

    ReadingText(LessonContent content, int highlighted) {
        addClassName("stu-reading");
        content.captions().forEach(caption -> {
            var figure = new Paragraph(caption);
            figure.addClassName("stu-caption");
            add(figure);
        });
        if (!content.language().isBlank() && !"und".equals(content.language())) {
            getElement().setAttribute("lang", content.language());
        }
        for (int i = 0; i < content.paragraphs().size(); i++) {
            content.headingsBefore(i).forEach(h -> add(subheading(h)));
            var paragraph = paragraph(content, i);
            if (i == highlighted) {
                paragraph.addClassName("stu-source");
                paragraph.scrollIntoView();
            }
            add(paragraph);
        }
        if (!content.endnotes().isEmpty()) {
            var notes = new OrderedList();
            notes.addClassName("stu-notes");
            content.endnotes().forEach(note -> {
                var item = new ListItem();
                noteText(item, note);
                item.setId("note-" + note.number());
                item.getElement().setAttribute("value", String.valueOf(note.number()));
                notes.add(item);
            });
            add(new H2("Notes"), notes);
        }
    }

    /** Subsections under the lesson's title: level 1 is an h2, level 2 an h3, deeper ones h4. */
    static com.vaadin.flow.component.Component subheading(LessonContent.Heading heading) {
        var tag = switch (heading.level()) {
            case 1 -> new H2(heading.title());
            case 2 -> new H3(heading.title());
            default -> new H4(heading.title());
        };
        tag.addClassName("stu-subheading");
        return tag;
    }

    private static Paragraph paragraph(LessonContent content, int index) {
        var text = content.paragraphs().get(index);
        var markers = content.citations().stream().filter(m -> m.paragraph() == index)
                .sorted(Comparator.comparingInt(LessonContent.Marker::offset)).toList();
        var paragraph = new Paragraph();
        paragraph.setId("p-" + index);
        var from = 0;
        for (var marker : markers) {
            var at = Math.max(from, Math.min(marker.offset(), text.length()));
            paragraph.add(new Text(text.substring(from, at)));
            paragraph.add(citation(content.endnotes(), marker.endnote()));
            from = at;
        }
        paragraph.add(new Text(text.substring(from)));
        return paragraph;
    }

    private static Span citation(List<LessonContent.Note> notes, int number) {
        var open = new NativeButton(String.valueOf(number));
        open.getElement().setAttribute("aria-label", "Note " + number);
        open.addClassName("stu-cite");
        notes.stream().filter(n -> n.number() == number).findFirst()
                .ifPresent(note -> open.addClickListener(click -> noteDialog(note).open()));
        var sup = new Span(open);
        sup.getElement().setAttribute("role", "doc-noteref");
        sup.addClassName("stu-sup");
        return sup;
    }

    private static Dialog noteDialog(LessonContent.Note note) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Note " + note.number());
        dialog.addClassName("stu-note-dialog");
        dialog.setMaxWidth("36rem");
        var text = new Paragraph();
        noteText(text, note);
        dialog.add(text);
        var close = new NativeButton("Close", click -> dialog.close());
        close.addClassName("stu-button");
        dialog.getFooter().add(close);
        return dialog;
    }

    /** The note's text with its address as a link: in place when the text quotes it, else after it. */
    private static void noteText(com.vaadin.flow.component.HasComponents into, LessonContent.Note note) {
        var text = note.text();
        var at = note.url().isBlank() ? -1 : text.indexOf(note.url());
        if (at >= 0) {
            into.add(new Text(text.substring(0, at)), link(note), new Text(text.substring(at + note.url().length())));
        } else if (note.url().isBlank()) {
            into.add(new Text(text));
        } else {
            into.add(new Text(text + " "), link(note));
        }
    }

    private static Anchor link(LessonContent.Note note) {
        var link = new Anchor(note.url(), note.url());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("stu-note-link");
        return link;
    }
}
