package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Whether an answer was right, the right option, the explanation, and the sentence of the lesson it came from with
 * a link to its paragraph. Shown only with feedback the server has decided may be shown.
 */
class FeedbackPanel extends Div {

    FeedbackPanel(boolean correct, List<String> options, int correctOption, String explanation,
                  String sourceSentence, String lessonLink) {
        addClassNames("stu-feedback", correct ? "stu-feedback-right" : "stu-feedback-wrong");
        getElement().setAttribute("role", "status");
        var verdict = new Span(correct ? "✓ Right" : "✗ Not quite");
        verdict.addClassName("stu-verdict");
        add(verdict);
        if (!correct && correctOption >= 0 && correctOption < options.size()) {
            add(new Paragraph("The answer is: " + options.get(correctOption)));
        }
        if (!explanation.isBlank() && !explanation.equals(sourceSentence)) {
            add(new Paragraph(explanation));
        }
        if (!explanation.contains(sourceSentence)) {
            var quote = new Paragraph("“" + sourceSentence + "”");
            quote.addClassName("stu-quote");
            add(quote);
        }
        if (lessonLink != null) {
            var link = new Anchor(lessonLink, "Read it in the lesson");
            link.setTarget("_blank");
            link.addClassName("stu-source-link");
            add(link);
        }
    }
}
