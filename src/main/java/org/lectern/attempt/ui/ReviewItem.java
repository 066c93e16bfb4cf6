package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.lectern.attempt.QuizItem;

/** One question of a submitted attempt: the answer given and, when feedback is due, whether it was right and why. */
class ReviewItem extends Div {

    ReviewItem(QuizItem item, long assignedLessonId) {
        addClassName("stu-review-item");
        add(new H3((item.position() + 1) + ". " + item.stem()));
        add(new Paragraph("Your answer: " + (item.chosen().isPresent()
                ? item.options().get(item.chosen().getAsInt()) : "no answer")));
        item.feedback().ifPresent(f -> {
            addClassName(f.correct() ? "stu-review-right" : "stu-review-wrong");
            add(new FeedbackPanel(f.correct(), item.options(), f.correctOption(), f.explanation(),
                    f.sourceSentence(), "student/lessons/" + assignedLessonId + "?paragraph=" + f.paragraph()));
        });
    }
}
