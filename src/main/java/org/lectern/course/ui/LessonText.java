package org.lectern.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.lectern.course.LessonContent;

/** A lesson's text as the reviewer reads it, subsection headings in place, one source sentence highlighted at a time. */
class LessonText extends Div {

    private final List<String> paragraphs;
    private final List<Paragraph> shown;

    LessonText(List<String> paragraphs, List<String> captions, List<LessonContent.Heading> headings) {
        this.paragraphs = paragraphs;
        addClassName("lesson-text");
        captions.forEach(caption -> {
            var figure = new Paragraph(caption);
            figure.addClassName("caption");
            add(figure);
        });
        shown = paragraphs.stream().map(Paragraph::new).toList();
        for (int i = 0; i < shown.size(); i++) {
            final int index = i;
            headings.stream().filter(h -> h.paragraph() == index).forEach(h -> {
                var heading = h.level() == 1 ? new H3(h.title()) : new H4(h.title());
                heading.addClassName("lesson-subheading");
                add(heading);
            });
            shown.get(i).setId("paragraph-" + i);
            add(shown.get(i));
        }
    }

    /** Marks the sentence and scrolls it into view; any earlier mark goes. */
    void highlight(int paragraph, int start, int end) {
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).removeAll();
            shown.get(i).setText(paragraphs.get(i));
        }
        if (paragraph < 0 || paragraph >= shown.size()) {
            return;
        }
        var text = paragraphs.get(paragraph);
        var from = Math.max(0, Math.min(start, text.length()));
        var to = Math.max(from, Math.min(end, text.length()));
        var mark = new Span(text.substring(from, to));
        mark.addClassName("source-highlight");
        var target = shown.get(paragraph);
        target.setText("");
        target.add(new Span(text.substring(0, from)), mark, new Span(text.substring(to)));
        mark.scrollIntoView();
    }
}
