package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.lectern.attempt.AnswerRecord;
import org.lectern.base.ui.Dates;

/**
 * A question of an attempt as the student saw it: options in the order shown, the chosen one and the correct one
 * marked in words (not by colour alone), and when it was answered, counted from the start of the attempt.
 */
class ReviewedAnswer extends Div {

    ReviewedAnswer(AnswerRecord answer, Instant started) {
        addClassName("gb-answer");
        var verdict = new Span(answer.correct() ? "Right" : answer.answered() ? "Wrong" : "Not answered");
        verdict.addClassNames("gb-verdict", answer.correct() ? "gb-right" : "gb-wrong");
        var heading = new Div(new Span("Question " + (answer.position() + 1)), verdict);
        heading.addClassName("gb-answer-head");
        var stem = new Paragraph(answer.stem());
        stem.addClassName("gb-stem");
        var options = new OrderedList();
        options.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
        for (int i = 0; i < answer.options().size(); i++) {
            var option = new ListItem(new Span(answer.options().get(i)));
            var chosen = answer.chosen().isPresent() && answer.chosen().getAsInt() == i;
            if (chosen) {
                option.add(mark("chosen", "gb-chosen"));
                option.addClassName("gb-option-chosen");
            }
            if (i == answer.correctOption()) {
                option.add(mark("correct answer", "gb-correct"));
                option.addClassName("gb-option-correct");
            }
            options.add(option);
        }
        var when = new Span(answer.answeredAt()
                .map(at -> "Answered " + Dates.length(Duration.between(started, at)) + " after the start")
                .orElse("No answer given"));
        when.addClassName("gb-when");
        add(heading, stem, options, when);
    }

    private static Span mark(String text, String className) {
        var mark = new Span(text);
        mark.addClassNames("gb-mark", className);
        return mark;
    }
}
